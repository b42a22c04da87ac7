using ReviewKit.Cli.Export;
using ReviewKit.Data;
using ReviewKit.Presentation;

namespace ReviewKit.Cli.Tests;

public sealed class FigureExporterTests
{
    [SkippableFact]
    public async Task ToPngAndSvgAsync_WithChromium_GivesTheImagesOfSeparateDrawingsSameBytesEachTime()
    {
        var chromium = BrowserLocator.Find()?.ExecutablePath;
        Skip.If(chromium is null, "No Chromium on this machine (install the Debian package chromium); CI installs it.");
        var chart = Figures.PublicationTrend(ReviewDataset.Paper);

        await using var exporter = await FigureExporter.StartAsync(chromium);
        var (png, svg) = await exporter.ToPngAndSvgAsync(chart);
        var (pngAgain, svgAgain) = await exporter.ToPngAndSvgAsync(chart);

        Assert.Equal(await exporter.ToPngAsync(chart), png);
        Assert.Equal(await exporter.ToSvgAsync(chart), svg);
        Assert.Equal(png, pngAgain);
        Assert.Equal(svg, svgAgain);
    }

    [SkippableFact]
    public async Task Exporter_WithChromium_WritesARealPngAndSvgOfPlausibleSize()
    {
        var chromium = BrowserLocator.Find()?.ExecutablePath;
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

    [SkippableFact]
    public async Task ToSvgAsync_AChartOfANotebookCellNamingNoFont_DrawnInTheFiguresFont()
    {
        var chromium = BrowserLocator.Find()?.ExecutablePath;
        Skip.If(chromium is null, "No Chromium on this machine (install the Debian package chromium); CI installs it.");
        var bare = Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 55, 41 }, new[] { "UC1", "UO1" });

        await using var exporter = await FigureExporter.StartAsync(chromium);
        var svg = await exporter.ToSvgAsync(bare);

        // The notebook shows this chart in the figures' font; its PNG and SVG must draw the same letters.
        Assert.Contains($"font-family: {Figures.FontFamily};", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg class=\"main-svg\" width=\"800\" style=\"\" viewBox=\"0 0 800 480\"><g style=\"\"></g></svg>", "<svg class=\"main-svg\" width=\"800\" viewBox=\"0 0 800 480\"><g style=\"\"></g></svg>")]
    [InlineData("<svg class=\"main-svg\" width=\"800\" viewBox=\"0 0 800 480\"><g style=\"\"></g></svg>", "<svg class=\"main-svg\" width=\"800\" viewBox=\"0 0 800 480\"><g style=\"\"></g></svg>")]
    [InlineData("<svg style=\"background: white;\"></svg>", "<svg style=\"background: white;\"></svg>")]
    public void WithoutEmptyRootStyle_DropsOnlyTheRootsEmptyStyle(string svg, string expected) =>
        Assert.Equal(expected, FigureExporter.WithoutEmptyRootStyle(svg));

    [Fact]
    public async Task Exporter_WithoutChromium_WritesHtmlOnlyAndSaysWhyForImages()
    {
        await using var exporter = await FigureExporter.StartAsync(null);

        Assert.False(exporter.CanRenderImages);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => exporter.ToPngAsync(Figures.PublicationTrend(ReviewDataset.Paper)));
        Assert.Contains("No Chromium was found", error.Message, StringComparison.Ordinal);
    }
}
