using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// Every notebook is a lesson an instructor can assign: it says what it needs, how long it takes and what the learner
/// will be able to do; it fits one session; its self-checks stay out of the learner's way; its exercises come in order;
/// and it closes with key points.
/// </summary>
public sealed partial class LessonAnatomyTests
{
    private const int MaxCells = 60;
    private const double MaxShareOfCheckCells = 0.15;
    private const int MaxLineLength = 120;

    public static TheoryData<string> Notebooks() => new(RepositoryNotebooks.Paths);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void FirstCell_StatesPrerequisitesTimeAndOutcomes(string notebook)
    {
        var first = RepositoryNotebooks.Source(Cells(notebook)[0]);

        Assert.Contains("dotnet build", first, StringComparison.Ordinal);
        Assert.Matches(MinutesPattern(), first);
        Assert.Contains("you can", first, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Cells_AtMostSixty_WithAKeyPointsCell(string notebook)
    {
        var cells = Cells(notebook);

        Assert.InRange(cells.Count, 1, MaxCells);
        Assert.Contains(cells, cell => Kind(cell) == "markdown" && RepositoryNotebooks.Source(cell).StartsWith("## Key points", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void CodeCells_FewChecksAndNoLongLines(string notebook)
    {
        var code = Cells(notebook).Where(cell => Kind(cell) == "code").Select(RepositoryNotebooks.Source).ToList();
        var checks = code.Count(source => source.Contains("Finding.", StringComparison.Ordinal));
        var longLines = code.SelectMany(source => source.Split('\n')).Where(line => line.TrimEnd('\r').Length > MaxLineLength).ToList();

        Assert.True(checks <= MaxShareOfCheckCells * code.Count, $"{checks} of {code.Count} code cells are checks");
        Assert.True(longLines.Count == 0, string.Join("\n", longLines));
    }

    /// <summary>
    /// Exercises are numbered in the order their prompts appear (NN.1, NN.2, …), and every prompt has its check: an
    /// <c>Exercises.Check</c> of its id, in the same order, or for the coding exercise <c>Exercises.CheckCoding</c>.
    /// </summary>
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Exercises_NumberedInTheOrderTheyAppear_EachChecked(string notebook)
    {
        var number = Path.GetFileName(notebook)[..2];
        var cells = Cells(notebook);
        var prompted = cells.Where(cell => Kind(cell) == "markdown")
            .SelectMany(cell => ExercisePrompt().Matches(RepositoryNotebooks.Source(cell)))
            .Select(match => match.Groups["id"].Value)
            .ToList();
        var code = string.Join("\n", cells.Where(cell => Kind(cell) == "code").Select(RepositoryNotebooks.Source));
        var checkedIds = ExerciseCheck().Matches(code).Select(match => match.Groups["id"].Value).ToList();
        var codingChecks = code.Split("Exercises.CheckCoding(").Length - 1;

        Assert.NotEmpty(prompted);
        Assert.Equal(Enumerable.Range(1, prompted.Count).Select(index => $"{number}.{index}"), prompted);
        Assert.Equal(prompted.Where(checkedIds.Contains), checkedIds);
        Assert.Equal(prompted.Count, checkedIds.Count + codingChecks);
    }

    private static List<JsonNode> Cells(string notebook) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, notebook)))!["cells"]!.AsArray().Select(cell => cell!).ToList();

    private static string? Kind(JsonNode cell) => (string?)cell["cell_type"];

    [GeneratedRegex(@"\d+\s*minutes")]
    private static partial Regex MinutesPattern();

    [GeneratedRegex(@"Exercises\.Check\(""(?<id>\d\d\.\d+)""")]
    private static partial Regex ExerciseCheck();

    [GeneratedRegex(@"\*\*(?:Exercise )?(?<id>\d\d\.\d+)")]
    private static partial Regex ExercisePrompt();
}
