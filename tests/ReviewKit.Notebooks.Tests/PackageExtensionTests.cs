namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// Packages' kernel extensions are loaded by the runner, so charts and tables render as HTML.
/// These tests restore NuGet packages (from the local cache after the first run) and take seconds each.
/// </summary>
public sealed class PackageExtensionTests : IDisposable
{
    private const string PlotlyReferences = "#r \"nuget: Plotly.NET.Interactive, 6.0.0\"\n#r \"nuget: Plotly.NET.CSharp, 0.14.0\"";
    private const string ColumnChart = "Plotly.NET.CSharp.Chart.Column<int, string, string>(new[] { 55, 41 }, new[] { \"UC1\", \"UO1\" })";

    private readonly TestNotebook _notebooks = TestNotebook.CreateFolder();

    public void Dispose() => _notebooks.Dispose();

    [Fact]
    public async Task RunAsync_PlotlyChartInTwoNotebooks_BothRenderAsPlotlyHtml()
    {
        // The second run checks that the extension is loaded again into a fresh kernel after the formatters were reset.
        foreach (var name in new[] { "chart-1.ipynb", "chart-2.ipynb" })
        {
            var run = await NotebookRunner.RunAsync(_notebooks.Write(name, PlotlyReferences, ColumnChart));

            Assert.False(run.Failed, run.FirstFailedCell?.Error);
            var chart = Assert.Single(run.Cells[1].Outputs);
            Assert.Equal(CellOutputKind.ReturnValue, chart.Kind);
            var html = chart.GetText("text/html");
            Assert.NotNull(html);
            Assert.Contains("renderPlotly_", html);
            Assert.Contains("cdn.plot.ly", html);
            Assert.DoesNotContain("dni-treeview", html);
        }
    }

    [Fact]
    public async Task RunAsync_NotebookWithoutPlotlyAfterOneWithIt_ChartFormatterNotLeaked()
    {
        await NotebookRunner.RunAsync(_notebooks.Write("with-plotly.ipynb", PlotlyReferences, ColumnChart));

        // Without the extension a chart is an object; the C# kernel would render it as a tree, not as plotly HTML.
        var run = await NotebookRunner.RunAsync(_notebooks.Write("without.ipynb",
            "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"", ColumnChart));

        Assert.DoesNotContain("renderPlotly_", run.Cells[1].Outputs[0].GetText("text/html"));
    }

    [Fact]
    public async Task RunAsync_DataFrame_RendersAsHtmlTable()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("dataframe.ipynb",
            "#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"",
            "using Microsoft.Data.Analysis;",
            "new DataFrame(new StringDataFrameColumn(\"code\", new[] { \"UC1\", \"UO1\" }), new Int32DataFrameColumn(\"n\", new[] { 55, 41 }))"));

        Assert.False(run.Failed, run.FirstFailedCell?.Error);
        var html = Assert.Single(run.Cells[2].Outputs).GetText("text/html");
        Assert.NotNull(html);
        Assert.StartsWith("<table id=\"table_", html);
        Assert.Contains("<td>UC1</td>", html);
    }

    [Fact]
    public async Task RunAsync_Deedle_LoadsWithHostFSharpCore()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("deedle.ipynb",
            "#r \"nuget: Deedle, 8.1.0\"",
            "Deedle.Frame.FromRecords(new[] { new { Code = \"UC1\", N = 55 } }).RowCount"));

        Assert.False(run.Failed, run.FirstFailedCell?.Error);
        Assert.Contains("<pre>1</pre>", run.Cells[1].Outputs[0].GetText("text/html"));
    }
}
