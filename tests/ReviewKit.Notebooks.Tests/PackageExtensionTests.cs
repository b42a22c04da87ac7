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

    /// <summary>
    /// The one value cell <paramref name="index"/> returned, after checking that every cell ran and none failed: a cell
    /// that fails shows its error instead of a value, and a check only on what the value does not contain would pass.
    /// </summary>
    private static CellOutput ValueOf(NotebookRun run, int index)
    {
        Assert.False(run.Failed, $"cell {run.FirstFailedCell?.Index} failed: {run.FirstFailedCell?.Error}");
        Assert.All(run.Cells, cell => Assert.Equal(CellStatus.Succeeded, cell.Status));
        Assert.All(run.Cells, cell => Assert.DoesNotContain(cell.Outputs, output => output.Kind is CellOutputKind.Error or CellOutputKind.StandardError));
        var value = Assert.Single(run.Cells[index].Outputs);
        Assert.Equal(CellOutputKind.ReturnValue, value.Kind);
        return value;
    }

    [Fact]
    public async Task RunAsync_PlotlyChartInTwoNotebooks_BothRenderAsPlotlyHtml()
    {
        // The second run checks that the extension is loaded again into a fresh kernel after the formatters were reset.
        foreach (var name in new[] { "chart-1.ipynb", "chart-2.ipynb" })
        {
            var run = await NotebookRunner.RunAsync(_notebooks.Write(name, PlotlyReferences, ColumnChart));

            var html = ValueOf(run, 1).GetText("text/html");
            Assert.NotNull(html);
            Assert.Contains("renderPlotly_", html);
            Assert.Contains("cdn.plot.ly", html);
            Assert.DoesNotContain("dni-treeview", html);
        }
    }

    [Fact]
    public async Task RunAsync_NotebookWithoutPlotlyAfterOneWithIt_ChartFormatterNotLeaked()
    {
        var withPlotly = await NotebookRunner.RunAsync(_notebooks.Write("with-plotly.ipynb", PlotlyReferences, ColumnChart));
        Assert.Contains("renderPlotly_", ValueOf(withPlotly, 1).GetText("text/html"));

        // Without the extension a chart is an object; the C# kernel would render it as a tree, not as plotly HTML.
        var run = await NotebookRunner.RunAsync(_notebooks.Write("without.ipynb",
            "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"", ColumnChart));

        var html = ValueOf(run, 1).GetText("text/html");
        Assert.NotNull(html);
        Assert.DoesNotContain("renderPlotly_", html);
    }

    [Fact]
    public async Task RunAsync_DataFrame_RendersAsHtmlTable()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("dataframe.ipynb",
            "#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"",
            "using Microsoft.Data.Analysis;",
            "new DataFrame(new StringDataFrameColumn(\"code\", new[] { \"UC1\", \"UO1\" }), new Int32DataFrameColumn(\"n\", new[] { 55, 41 }))"));

        var html = ValueOf(run, 2).GetText("text/html");
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

        Assert.Contains("<pre>1</pre>", ValueOf(run, 1).GetText("text/html"));
    }
}
