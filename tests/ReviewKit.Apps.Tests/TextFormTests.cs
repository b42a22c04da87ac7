using Microsoft.Data.Analysis;
using ReviewKit.Data;
using ReviewKit.Presentation;

namespace ReviewKit.Apps.Tests;

public sealed class TextFormTests
{
    [Fact]
    public void Of_Null_IsTheKernelsNullText() => Assert.Equal("<null>", TextForm.Of(null));

    [Theory]
    [InlineData(91.6667, "91.6667")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-3.25, "-3.25")]
    public void Of_Double_IsTheShortestRoundTripInvariantText(double value, string expected) => Assert.Equal(expected, TextForm.Of(value));

    [Fact]
    public void Of_DataFrame_IsAnAlignedTableWithEveryRow()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("code", ["UC1", "GO6"]),
            new Int32DataFrameColumn("n", [55, 8]));

        Assert.Equal("code  n\n----  --\nUC1   55\nGO6   8", TextForm.Of(frame));
    }

    [Fact]
    public void Of_ReportTable_IsAnAlignedTableWithEveryRow()
    {
        var table = new ReportTable("t", "Title", ["code", "n"], [["UC1", "55"], ["GO6", "8"]]);

        Assert.Equal("code  n\n----  --\nUC1   55\nGO6   8", TextForm.Of(table));
    }

    [Fact]
    public void Of_SequenceOfAnonymousObjects_IsATableOfTheirProperties()
    {
        var rows = new[] { new { Code = "LC1", N = 2 }, new { Code = "LO1", N = 3 } };

        Assert.Equal("Code  N\n----  -\nLC1   2\nLO1   3", TextForm.Of(rows));
    }

    [Fact]
    public void Of_SequenceOfValues_IsOneItemALine() => Assert.Equal("a.csv\nb.csv", TextForm.Of(new List<string> { "a.csv", "b.csv" }));

    [Fact]
    public void Of_Record_IsItsToString() => Assert.Equal("Point { X = 1.5, Y = 2 }", TextForm.Of(new Point(1.5, 2)));

    [Fact]
    public void Of_DeedleFrame_IsItsOwnLayout()
    {
        var frame = Deedle.Frame.FromRecords(new[] { new { Code = "UC1", N = 55 } });

        Assert.Contains("UC1", TextForm.Of(frame));
        Assert.Contains("55", TextForm.Of(frame));
    }

    [Fact]
    public void Describe_Chart_IsItsTitle() =>
        Assert.Equal("Chart: Learners: studies carrying each code (of 60)", TextForm.Of(Figures.CodeFrequencies(ReviewDataset.Paper, Stakeholder.Learners)));

    private sealed record Point(double X, double Y);
}
