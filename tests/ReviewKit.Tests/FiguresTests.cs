using Plotly.NET;

namespace ReviewKit.Tests;

public class FiguresTests
{
    [Fact]
    public void All_PaperWithFlow_NamesElevenFiguresFromFig1()
    {
        var names = Figures.All(ReviewDataset.Paper, PrismaFlow.Paper).Select(figure => figure.Name).ToList();

        Assert.Equal(11, names.Count);
        Assert.Equal(["fig1-prisma-flow", "fig2-publication-trend", "fig2-publication-trend-by-stakeholder", "fig3-stakeholder-ecosystem"], names.Take(4));
        Assert.DoesNotContain("fig1-prisma-flow", Figures.All(ReviewDataset.Paper, null).Select(figure => figure.Name));
    }

    [Fact]
    public void CodeFrequencies_Learners_CarriesEveryCountAndLabel()
    {
        var json = GenericChart.toFigureJson(Figures.CodeFrequencies(ReviewDataset.Paper, Stakeholder.Learners));

        Assert.Contains("LO1 Student centred learning / Increase Motivation", json, StringComparison.Ordinal);
        Assert.Contains("38 (63%)", json, StringComparison.Ordinal);
        Assert.Contains("26 (43%)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PrismaFlowDiagram_Paper_SaysNotReportedAndShowsTheSixtyStudies()
    {
        var json = GenericChart.toFigureJson(Figures.PrismaFlowDiagram(PrismaFlow.Paper));

        Assert.Contains("Records identified from databases (n = not reported)", json, StringComparison.Ordinal);
        Assert.Contains("New studies included in review (n = 60)", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous studies", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PrismaFlowDiagram_Update_AddsThePreviousStudiesColumnAndTheTotal()
    {
        var flow = PrismaFlow.Parse("stage,source,n,note\nprevious_studies,,60,\nnew_studies,,5,\ntotal_studies,,65,\n");

        var json = GenericChart.toFigureJson(Figures.PrismaFlowDiagram(flow));

        Assert.Contains("Studies included in previous version of review (n = 60)", json, StringComparison.Ordinal);
        Assert.Contains("Total studies included in review (n = 65)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void StakeholderEcosystem_Paper_LabelsThePathwaysWithTheirSupport()
    {
        var json = GenericChart.toFigureJson(Figures.StakeholderEcosystem(ReviewDataset.Paper));

        Assert.Contains("Learning pathway", json, StringComparison.Ordinal);
        Assert.Contains("38 carry its codes on both sides", json, StringComparison.Ordinal);
        Assert.Contains("277 assignments (32%)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_IsSelfContainedWithPlotlyInline()
    {
        var html = FigureExporter.ToHtml(Figures.PublicationTrend(ReviewDataset.Paper), "Fig. 2");

        Assert.Contains("<title>Fig. 2</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=\"https://cdn.plot.ly", html, StringComparison.Ordinal);
        Assert.True(html.Length > 1_000_000, "plotly.js (over 3 MB) should be inline");
    }

    [SkippableFact]
    public async Task Exporter_WithChromium_WritesARealPngAndSvgOfPlausibleSize()
    {
        var chromium = FigureExporter.FindChromium();
        Skip.If(chromium is null, "No Chromium on this machine (install the Debian package chromium); CI installs it.");
        var chart = Figures.PublicationTrend(ReviewDataset.Paper); // laid out at 800 × 480

        await using var exporter = await FigureExporter.StartAsync(chromium);
        var png = await exporter.ToPngAsync(chart, scale: 1);
        var svg = await exporter.ToSvgAsync(chart);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal((800, 480), (width, height));
        Assert.InRange(png.Length, 10_000, 2_000_000);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Included studies per publication year", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exporter_WithoutChromium_WritesHtmlOnlyAndSaysWhyForImages()
    {
        await using var exporter = await FigureExporter.StartAsync(null);

        Assert.False(exporter.CanRenderImages);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => exporter.ToPngAsync(Figures.PublicationTrend(ReviewDataset.Paper)));
        Assert.Contains("No Chromium was found", error.Message, StringComparison.Ordinal);
    }
}
