using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>Every notebook under <c>notebooks/</c> runs top to bottom on a fresh kernel without a failing cell, and its committed outputs are those of such a run.</summary>
public sealed class AllNotebooksTests
{
    /// <summary>How <c>ReviewKit.Findings.Finding</c> flags a sentence of a notebook that the data do not bear out.</summary>
    internal const string NoLongerHolds = "⚠ No longer holds on this data:";

    /// <summary>Relative paths of the repository's notebooks, sorted; new notebooks are picked up without editing this test.</summary>
    public static TheoryData<string> Notebooks() => new(RepositoryNotebooks.Paths);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task RunAsync_RepositoryNotebook_NoFailedCellAndCommittedOutputsAreCurrent(string notebook)
    {
        var committedPath = Path.Combine(Repository.Root, notebook);
        var run = await NotebookRunner.RunAsync(committedPath);

        if (run.FirstFailedCell is { } failed)
        {
            Assert.Fail($"{notebook}: cell {failed.Index + 1} failed:\n{failed.Error}");
        }

        Assert.DoesNotContain(run.Cells.SelectMany(cell => cell.Outputs), output => output.Kind is CellOutputKind.Error or CellOutputKind.StandardError);
        var overturned = run.Cells
            .SelectMany(cell => cell.Outputs)
            .SelectMany(output => output.Values)
            .SelectMany(value => value.Text.Split('\n'))
            .Where(line => line.Contains(NoLongerHolds, StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.True(overturned.Count == 0, $"{notebook} states what the paper's data do not bear out:\n{string.Join("\n", overturned)}");
        var differences = NotebookComparison.CompareJson(File.ReadAllText(committedPath), run.ToJupyterJson());
        Assert.True(
            differences.Count == 0,
            $"{notebook} differs from a fresh run; refresh it with `reproduce` and copy out/notebooks/{Path.GetFileName(notebook)} over it:\n{string.Join("\n", differences)}");
    }
}
