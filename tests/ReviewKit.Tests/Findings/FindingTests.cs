using ReviewKit.Data;
using ReviewKit.Findings;

namespace ReviewKit.Tests;

public class FindingTests
{
    private static readonly IReadOnlyList<Finding<int>> AboutANumber =
    [
        new("positive", "the number is positive", number => new(number > 0, $"{number}")),
        new("even", "the number is even", number => new(number % 2 == 0, $"{number}")),
    ];

    [Fact]
    public void Line_StatementThatHolds_IsConfirmedWithItsValue()
    {
        Assert.Equal("✔ UC1 is the most frequent code (UC1: 55 of 60)", Finding.Line("UC1 is the most frequent code", true, "UC1: 55 of 60"));
    }

    [Fact]
    public void Line_StatementThatFails_IsFlaggedWithTheNewValue()
    {
        Assert.Equal(
            "⚠ No longer holds on this data: UC1 is the most frequent code. Now: LO1: 58 of 65",
            Finding.Line("UC1 is the most frequent code", false, "LO1: 58 of 65"));
    }

    [Fact]
    public void Check_PrintsTheLineAndReturnsWhetherItHolds()
    {
        var (holds, printed) = Printed(() => Finding.Check("Government is coded least", false, "Government: 109 of 120"));

        Assert.False(holds);
        Assert.StartsWith(Finding.NoLongerHolds + " Government is coded least", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAll_EveryFindingHolds_PrintsOneLine()
    {
        var (holds, printed) = Printed(() => Finding.CheckAll(AboutANumber, 4));

        Assert.True(holds);
        Assert.Equal("✔ All 2 statements checked here hold on this data.\n", printed.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void CheckAll_SomeFail_FlagsEachWithItsValue()
    {
        var (holds, printed) = Printed(() => Finding.CheckAll(AboutANumber, -3));

        Assert.False(holds);
        Assert.Equal(
            "2 of the 2 statements checked here no longer hold on this data:\n"
                + "⚠ No longer holds on this data: the number is positive. Now: -3\n"
                + "⚠ No longer holds on this data: the number is even. Now: -3\n",
            printed.ReplaceLineEndings("\n"));
    }

    /// <summary>Every notebook's findings about the review hold on the paper's data, so nothing is flagged there.</summary>
    [Theory]
    [MemberData(nameof(FindingsOnTheReview))]
    public void NotebookFindings_OnThePapersData_AllHold(string notebook, string id)
    {
        var finding = NotebookFindingSets().Single(pair => pair.Notebook == notebook && pair.Finding.Id == id).Finding;

        var result = finding.Evaluate(ReviewInputs.Paper);

        Assert.True(result.Holds, $"{notebook} {id}: {finding.Statement}. Now: {result.Value}");
    }

    [Fact]
    public void NotebookFindings_IdsAreUniqueWithinANotebook()
    {
        var repeated = NotebookFindingSets().GroupBy(pair => (pair.Notebook, pair.Finding.Id)).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(repeated);
    }

    public static TheoryData<string, string> FindingsOnTheReview()
    {
        var data = new TheoryData<string, string>();
        foreach (var (notebook, finding) in NotebookFindingSets())
        {
            data.Add(notebook, finding.Id);
        }

        return data;
    }

    /// <summary>Every <c>NotebookNNFindings.All</c> of the library whose findings are about the review's inputs.</summary>
    private static IEnumerable<(string Notebook, Finding<ReviewInputs> Finding)> NotebookFindingSets() =>
        typeof(Finding).Assembly.GetExportedTypes()
            .Where(type => type.Namespace == typeof(Finding).Namespace && type.Name.StartsWith("Notebook", StringComparison.Ordinal))
            .Select(type => (type.Name, All: type.GetProperty("All")?.GetValue(null)))
            .Where(set => set.All is IReadOnlyList<Finding<ReviewInputs>>)
            .SelectMany(set => ((IReadOnlyList<Finding<ReviewInputs>>)set.All!).Select(finding => (set.Name, finding)))
            .OrderBy(pair => pair.Name, StringComparer.Ordinal);

    private static (bool Result, string Printed) Printed(Func<bool> action)
    {
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            return (action(), captured.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }
}
