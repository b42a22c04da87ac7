using System.Text.Json.Nodes;
using ReviewKit.Findings;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

/// <summary>
/// <c>reproduce</c> runs the repository's notebooks on the paper's data plus a layer that overturns their findings:
/// every cell still runs, and the sentences the layer overturns are flagged with <see cref="Finding.NoLongerHolds"/>.
/// One run of every notebook (minutes, not seconds), so one test.
/// </summary>
[Collection(nameof(ReproduceCommandTests))]
public sealed class ReproduceOverturnTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reviewkit-overturn-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reproduce_LayerOf120GovernmentOnlyStudies_RunsEveryCellAndFlagsTheSentencesItOverturns()
    {
        // 120 made-up studies of 2023, each coded for government alone (GC1 and GO1): government becomes the
        // stakeholder most studies speak for, the years run to 2023 and the studies are no longer the paper's 60.
        var layer = Directory.CreateDirectory(Path.Combine(_folder, "government-only")).FullName;
        var ids = Enumerable.Range(1, 120).Select(number => $"JB{number:000}").ToList();
        File.WriteAllText(Path.Combine(layer, "studies.csv"), "study_id,authors,year\n" + string.Concat(ids.Select(id => $"{id},Made-up author {id},2023\n")));
        File.WriteAllText(Path.Combine(layer, "codings.csv"), "study_id,code\n" + string.Concat(ids.Select(id => $"{id},GC1\n{id},GO1\n")));
        var output = Path.Combine(_folder, "out");

        var (exitCode, _, error) = CliRun.Invoke(
            "reproduce", "--data", TestData.DataFolder, "--data", layer, "--notebooks", Path.Combine(Repository.Root, "notebooks"), "--out", output, "--no-images");

        Assert.True(exitCode == 0, error);
        var flagged = Directory.GetFiles(Path.Combine(output, "notebooks"), "*.ipynb")
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), FlaggedLines);
        Assert.Contains(flagged["00-overview"], line => line.StartsWith($"{Finding.NoLongerHolds} The studies span 2015 to 2022.", StringComparison.Ordinal));
        Assert.Contains(flagged["01-the-coding-table"], line => line.StartsWith($"{Finding.NoLongerHolds} Government is the stakeholder the fewest studies carry a code for", StringComparison.Ordinal));
        Assert.Contains(flagged["01-the-coding-table"], line => line.StartsWith($"{Finding.NoLongerHolds} Three groups of studies share exactly the same codes.", StringComparison.Ordinal));
        Assert.Contains(flagged["05-search-screening-and-trend"], line => line.StartsWith($"{Finding.NoLongerHolds} Learners and institutions are coded in every study of every year.", StringComparison.Ordinal));
        Assert.Contains(flagged["05-search-screening-and-trend"], line => line.StartsWith($"{Finding.NoLongerHolds} 12 studies of 2022, the last year.", StringComparison.Ordinal));
        Assert.Contains(flagged["06-reproducibility-audit"], line => line.StartsWith($"{Finding.NoLongerHolds} the coding table holds 60 studies and 865 code assignments;", StringComparison.Ordinal));
        Assert.Contains(flagged["08-extending-with-new-studies"], line => line.StartsWith($"{Finding.NoLongerHolds} The base holds the paper's 60 studies and 865 codings.", StringComparison.Ordinal));
        Assert.True(flagged.Values.Sum(lines => lines.Count) > 20, string.Join("\n", flagged.Values.SelectMany(lines => lines)));
    }

    /// <summary>The lines of a notebook's outputs that flag a sentence: what a reader sees under the cells, not the markdown.</summary>
    private static List<string> FlaggedLines(string notebookPath) =>
        JsonNode.Parse(File.ReadAllText(notebookPath))!["cells"]!.AsArray()
            .SelectMany(cell => cell!["outputs"]?.AsArray() ?? [])
            .Select(output => Text(output!["text"]))
            .SelectMany(text => text.Split('\n'))
            .Where(line => line.StartsWith(Finding.NoLongerHolds, StringComparison.Ordinal))
            .ToList();

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        _ => (string?)node ?? "",
    };
}
