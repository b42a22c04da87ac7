using System.Text.Json.Nodes;
using ReviewKit.Data;
using ReviewKit.Presentation;

namespace ReviewKit.Interactive.Tests;

public sealed class ChartDisplayTests
{
    [Fact]
    public void FigureJson_PublicationTrend_PlotlyFigureWithTheYearlyCounts()
    {
        var figure = JsonNode.Parse(Figures.FigureJson(Figures.PublicationTrend(ReviewDataset.Paper)))!;

        var bars = Assert.Single(figure["data"]!.AsArray())!;
        Assert.Equal("bar", (string?)bars["type"]);
        // Studies per year 2015-2022 in Appendix 1: 2, 1, 4, 4, 5, 15, 17, 12 (60 in all).
        Assert.Equal([2, 1, 4, 4, 5, 15, 17, 12], bars["y"]!.AsArray().Select(count => (int)count!));
        Assert.NotNull(figure["layout"]);
    }

    [Fact]
    public void FigureJson_ChartOfANotebookCell_GetsTheFiguresFont()
    {
        var bare = Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 55, 41 }, new[] { "UC1", "UO1" });

        var figure = JsonNode.Parse(Figures.FigureJson(bare))!;

        Assert.Equal(Figures.FontFamily, (string?)figure["layout"]!["font"]!["family"]);
    }

    [Fact]
    public void FigureJson_FigureOfTheLibrary_KeepsItsFontAsThePngsHaveIt()
    {
        var chart = Figures.StakeholderEcosystem(ReviewDataset.Paper);

        var figure = JsonNode.Parse(Figures.FigureJson(chart))!;

        Assert.Equal("Verdana, 'DejaVu Sans', 'Bitstream Vera Sans', sans-serif", (string?)figure["layout"]!["font"]!["family"]);
        Assert.Equal(Plotly.NET.GenericChart.toFigureJson(chart), Figures.FigureJson(chart));
    }

    [Fact]
    public void Describe_TitledChart_NamesTheTitle()
    {
        Assert.Equal("Chart: Included studies per publication year (n = 60)", ChartDisplay.Describe(Figures.PublicationTrend(ReviewDataset.Paper)));
    }

    [Fact]
    public void Describe_UntitledChart_SaysItIsAChart()
    {
        var untitled = Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 55, 41 }, new[] { "UC1", "UO1" });

        Assert.Equal("Chart", ChartDisplay.Describe(untitled));
    }
}
