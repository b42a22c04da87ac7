namespace ReviewKit.Notebooks.Tests;

public sealed class NotebookComparisonTests
{
    private const string PlotlyChart = """<div><div id=\"{0}\"><!-- Plotly chart will be drawn inside this DIV --></div><script type=\"text/javascript\">var renderPlotly_{1} = function() {{ var data = [{{\"type\":\"bar\",\"y\":[{2}]}}]; Plotly.newPlot('{0}', data); }};</script></div>""";

    [Fact]
    public void CompareJson_PlotlyDivIdChanged_NoDifference()
    {
        var committed = Notebook(ExecuteResult(Chart("3c426b0a-406e-4df0-a214-e9c56de0aae1", "55, 41")));
        var fresh = Notebook(ExecuteResult(Chart("10458e9c-6b9e-4419-9bf1-1016665bf31e", "55, 41")));

        Assert.Empty(NotebookComparison.CompareJson(committed, fresh));
    }

    [Fact]
    public void CompareJson_ChartNumberChanged_ReportsCellAndOutput()
    {
        var committed = Notebook(ExecuteResult(Chart("3c426b0a-406e-4df0-a214-e9c56de0aae1", "55, 41")));
        var fresh = Notebook(ExecuteResult(Chart("10458e9c-6b9e-4419-9bf1-1016665bf31e", "56, 41")));

        var difference = Assert.Single(NotebookComparison.CompareJson(committed, fresh));

        Assert.Equal(0, difference.CellIndex);
        Assert.StartsWith("output 1 (execute_result, text/html) differs at character", difference.Description);
        Assert.Contains("55, 41", difference.Description);
        Assert.Contains("56, 41", difference.Description);
    }

    [Fact]
    public void CompareJson_DataFrameTableIdChanged_NoDifference()
    {
        var committed = Notebook(ExecuteResult("""<table id=\"table_639314928173094069\"><tr><td>55</td></tr></table>"""));
        var fresh = Notebook(ExecuteResult("""<table id=\"table_639314930000000000\"><tr><td>55</td></tr></table>"""));

        Assert.Empty(NotebookComparison.CompareJson(committed, fresh));
    }

    [Fact]
    public void CompareJson_ExecutionCountAndMetadataChanged_NoDifference()
    {
        var committed = Notebook(ExecuteResult("<pre>2</pre>", executionCount: 1));
        var fresh = Notebook(ExecuteResult("<pre>2</pre>", executionCount: 7).Replace("\"metadata\":{}", "\"metadata\":{\"x\":1}", StringComparison.Ordinal));

        Assert.Empty(NotebookComparison.CompareJson(committed, fresh));
    }

    [Fact]
    public void CompareJson_TextAsLineListOrString_NoDifference()
    {
        var committed = Notebook("""{"output_type":"stream","name":"stdout","text":["60 studies\n","36 codes\n"]}""");
        var fresh = Notebook("""{"output_type":"stream","name":"stdout","text":"60 studies\r\n36 codes\r\n"}""");

        Assert.Empty(NotebookComparison.CompareJson(committed, fresh));
    }

    [Fact]
    public void CompareJson_OutputMissing_ReportsOutputCount()
    {
        var committed = Notebook(ExecuteResult("<pre>2</pre>"));
        var fresh = Notebook();

        var difference = Assert.Single(NotebookComparison.CompareJson(committed, fresh));

        Assert.Equal("cell 1: committed cell has 1 outputs, fresh run has 0", difference.ToString());
    }

    [Fact]
    public void CompareJson_StreamChangedToError_ReportsOutputType()
    {
        var committed = Notebook("""{"output_type":"stream","name":"stdout","text":"ok"}""");
        var fresh = Notebook("""{"output_type":"error","ename":"Error","evalue":"boom","traceback":[]}""");

        var difference = Assert.Single(NotebookComparison.CompareJson(committed, fresh));

        Assert.Equal("output 1 is stream stdout in the committed notebook, error in the fresh run", difference.Description);
    }

    [Fact]
    public void CompareJson_CellAdded_ReportsCellCount()
    {
        var committed = TestNotebook.ToJson("1");
        var fresh = TestNotebook.ToJson("1", "md:more");

        var difference = Assert.Single(NotebookComparison.CompareJson(committed, fresh));

        Assert.Null(difference.CellIndex);
        Assert.Equal("committed notebook has 1 cells, fresh run has 2", difference.Description);
    }

    [Fact]
    public void CompareJson_PlotlyFigureAsJsonOrAsItsText_NoDifference()
    {
        // ReviewKit's writer stores the figure as JSON; the dotnet-interactive kernel sends it to Jupyter as text.
        var committed = Notebook("""{"output_type":"display_data","metadata":{},"data":{"application/vnd.plotly.v1+json":{"data":[{"type":"bar","y":[55,41]}],"layout":{"automargin":"height+width"}}}}""");
        var fresh = Notebook("""{"output_type":"display_data","metadata":{},"data":{"application/vnd.plotly.v1+json":"{\"data\":[{\"type\":\"bar\",\"y\":[55,41]}],\"layout\":{\"automargin\":\"height\u002Bwidth\"}}"}}""");

        Assert.Empty(NotebookComparison.CompareJson(committed, fresh));
    }

    [Fact]
    public void CompareJson_PlotlyFigureCountChanged_ReportsIt()
    {
        var committed = Notebook("""{"output_type":"display_data","metadata":{},"data":{"application/vnd.plotly.v1+json":{"data":[{"y":[55,41]}]}}}""");
        var fresh = Notebook("""{"output_type":"display_data","metadata":{},"data":{"application/vnd.plotly.v1+json":{"data":[{"y":[56,41]}]}}}""");

        var difference = Assert.Single(NotebookComparison.CompareJson(committed, fresh));

        Assert.StartsWith("output 1 (display_data, application/vnd.plotly.v1+json) differs", difference.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareJson_FreshRunWithoutPictures_StaticPictureNotCompared()
    {
        // A run without images (--no-images, or no browser found) draws no picture at all.
        var committed = Notebook(Picture(Png700By450));
        var fresh = Notebook("""{"output_type":"display_data","metadata":{},"data":{"text/plain":"Chart"}}""");

        Assert.Empty(NotebookComparison.CompareJson(committed, fresh));
    }

    [Fact]
    public void CompareJson_StaticPictureOfTheSameSize_NoDifference()
    {
        // Same size, other bytes: two browsers may differ by a pixel.
        var otherBytes = Png700By450.Replace("ANehpv", "ANehpw", StringComparison.Ordinal);

        Assert.Empty(NotebookComparison.CompareJson(Notebook(Picture(Png700By450)), Notebook(Picture(otherBytes))));
    }

    [Fact]
    public void CompareJson_StaticPictureOfAnotherSize_ReportsIt()
    {
        var difference = Assert.Single(NotebookComparison.CompareJson(Notebook(Picture(Png700By450)), Notebook(Picture(Png700By451))));

        Assert.Contains("image/png", difference.Description, StringComparison.Ordinal);
        Assert.Contains("700×450", difference.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareJson_StaticPictureMissingInOneOutputOfAFreshRunWithPictures_ReportsMimeTypes()
    {
        var committed = Notebook(Picture(Png700By450), Picture(Png700By450));
        var fresh = Notebook(Picture(Png700By450), """{"output_type":"display_data","metadata":{},"data":{"text/plain":"Chart"}}""");

        var difference = Assert.Single(NotebookComparison.CompareJson(committed, fresh));

        Assert.StartsWith("output 2 (display_data) has image/png, text/plain in the committed notebook", difference.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareJson_PictureAsListOfLines_ReportsIt()
    {
        // VS Code shows a list-form image broken and encodes it again on save.
        var asLines = Picture($"[\"{Png700By450[..20]}\",\"{Png700By450[20..]}\"]", quoted: false);

        var differences = NotebookComparison.CompareJson(Notebook(asLines), Notebook(Picture(Png700By450)));

        Assert.Contains(differences, d => d.Description == "output 1 (committed) (display_data, image/png) is a list of 2 strings; an image must be one string");
    }

    [Fact]
    public void CompareJson_PictureThatIsNotAPng_ReportsIt()
    {
        var gif = Picture("R0lGODlhAQABAAAAACw=");

        var difference = Assert.Single(NotebookComparison.CompareJson(Notebook(Picture(Png700By450)), Notebook(gif)), d => d.Description.StartsWith("output 1 (fresh)", StringComparison.Ordinal));

        Assert.EndsWith("does not decode to a PNG", difference.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareJson_SvgThatIsNotMarkup_ReportsIt()
    {
        var svg = """{"output_type":"display_data","metadata":{},"data":{"image/svg+xml":"PHN2Zz4="}}""";

        var difference = Assert.Single(NotebookComparison.CompareJson(Notebook(svg), Notebook(svg)), d => d.Description.StartsWith("output 1 (committed)", StringComparison.Ordinal));

        Assert.EndsWith("does not start with <svg or <?xml", difference.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareJson_PictureAlone_Compared()
    {
        var committed = Notebook("""{"output_type":"display_data","metadata":{},"data":{"image/png":"iVBORw0KGgoAAAANSUhEUgAAArwAAAHCCAYAAAANehpv"}}""");
        var fresh = Notebook("""{"output_type":"display_data","metadata":{},"data":{"image/png":"iVBORw0KGgoAAAANSUhEUgAAArwAAAHDCAYAAADGJsnK"}}""");

        Assert.Single(NotebookComparison.CompareJson(committed, fresh));
    }

    [Fact]
    public void CompareJson_NotJson_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => NotebookComparison.CompareJson("not json", TestNotebook.ToJson("1")));
    }

    [Fact]
    public void Compare_SameFile_NoDifference()
    {
        using var notebooks = TestNotebook.CreateFolder();
        var path = Path.Combine(notebooks.Folder, "same.ipynb");
        File.WriteAllText(path, Notebook(ExecuteResult("<pre>2</pre>")));

        Assert.Empty(NotebookComparison.Compare(path, path));
    }

    /// <summary>The signature and header of a PNG of 700 × 450 pixels (no pixel data: the comparison reads only these).</summary>
    private const string Png700By450 = "iVBORw0KGgoAAAANSUhEUgAAArwAAAHCCAYAAAANehpv";

    private const string Png700By451 = "iVBORw0KGgoAAAANSUhEUgAAArwAAAHDCAYAAADGJsnK";

    private static string Picture(string png, bool quoted = true) =>
        $$$"""{"output_type":"display_data","metadata":{},"data":{"text/plain":"Chart","image/png":{{{(quoted ? $"\"{png}\"" : png)}}}}}""";

    private static string Chart(string divId, string values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, PlotlyChart, divId, divId.Replace("-", ""), values);

    private static string ExecuteResult(string html, int executionCount = 1) =>
        $$$"""{"output_type":"execute_result","execution_count":{{{executionCount}}},"metadata":{},"data":{"text/html":"{{{html}}}"}}""";

    private static string Notebook(params string[] outputs) =>
        $$$"""{"cells":[{"cell_type":"code","execution_count":1,"metadata":{},"source":"chart","outputs":[{{{string.Join(",", outputs)}}}]}],"metadata":{},"nbformat":4,"nbformat_minor":5}""";
}
