using System.Text.Json.Nodes;

namespace ReviewKit.Notebooks.Tests;

public sealed class NotebookWriterTests : IDisposable
{
    private readonly TestNotebook _notebooks = TestNotebook.CreateFolder();

    public void Dispose() => _notebooks.Dispose();

    [Fact]
    public async Task WriteAsync_ExecutedNotebook_HasCSharpKernelspecAndPolyglotMetadata()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("kernelspec.ipynb", "1+1"));
        var outputPath = Path.Combine(_notebooks.Folder, "out", "kernelspec.ipynb");

        await run.WriteAsync(outputPath);

        var metadata = JsonNode.Parse(File.ReadAllText(outputPath))!["metadata"]!;
        Assert.Equal(".net-csharp", (string?)metadata["kernelspec"]?["name"]);
        Assert.Equal(".NET (C#)", (string?)metadata["kernelspec"]?["display_name"]);
        Assert.Equal("C#", (string?)metadata["kernelspec"]?["language"]);
        Assert.Equal("csharp", (string?)metadata["polyglot_notebook"]?["defaultKernelName"]);
    }

    [Fact]
    public async Task ToJupyterJson_ExecutedCells_CarryOutputsAndExecutionCounts()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("outputs.ipynb",
            "md:# Counting",
            "Console.WriteLine(\"sixty studies\");",
            "60 - 5"));

        var cells = JsonNode.Parse(run.ToJupyterJson())!["cells"]!.AsArray();

        Assert.Equal("markdown", (string?)cells[0]!["cell_type"]);
        Assert.Equal(1, (int?)cells[1]!["execution_count"]);
        var stream = cells[1]!["outputs"]![0]!;
        Assert.Equal("stream", (string?)stream["output_type"]);
        Assert.Equal("stdout", (string?)stream["name"]);
        Assert.Equal("sixty studies\n", JoinLines(stream["text"]));
        Assert.Equal(2, (int?)cells[2]!["execution_count"]);
        var result = cells[2]!["outputs"]![0]!;
        Assert.Equal("execute_result", (string?)result["output_type"]);
        Assert.Contains("<pre>55</pre>", JoinLines(result["data"]?["text/html"]));
    }

    [Fact]
    public async Task ToJupyterJson_JsonMimeType_StoredAsJsonOthersAsText()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("figure.ipynb",
            """ "{\"data\":[{\"y\":[55,41]}]}".DisplayAs("application/vnd.plotly.v1+json"); """,
            """ "# 55 studies".DisplayAs("text/markdown"); """));

        var cells = JsonNode.Parse(run.ToJupyterJson())!["cells"]!;

        Assert.False(run.Failed, run.FirstFailedCell?.Error);
        Assert.Equal(55, (int?)cells[0]!["outputs"]![0]!["data"]!["application/vnd.plotly.v1+json"]!["data"]![0]!["y"]![0]);
        Assert.Equal("# 55 studies", JoinLines(cells[1]!["outputs"]![0]!["data"]!["text/markdown"]));
    }

    [Fact]
    public async Task ToJupyterJson_FailedRun_ErrorOutputAndLaterCellsCleared()
    {
        var source = TestNotebook.ToJson("throw new Exception(\"boom\");", "1");
        var sourceWithStaleOutput = JsonNode.Parse(source)!;
        sourceWithStaleOutput["cells"]![1]!["outputs"] = JsonNode.Parse("""[{"output_type":"stream","name":"stdout","text":"stale"}]""");
        var path = Path.Combine(_notebooks.Folder, "failed.ipynb");
        File.WriteAllText(path, sourceWithStaleOutput.ToJsonString());

        var run = await NotebookRunner.RunAsync(path);
        var cells = JsonNode.Parse(run.ToJupyterJson())!["cells"]!.AsArray();

        var error = cells[0]!["outputs"]![0]!;
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.Contains("boom", (string?)error["evalue"]);
        Assert.Empty(cells[1]!["outputs"]!.AsArray());
        Assert.Null(cells[1]!["execution_count"]);
    }

    [Fact]
    public async Task ToJupyterJson_MarkdownAndRawCells_KeptUntouched()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("text.ipynb", "md:# Title\n\nSome *text*.", "raw:raw text", "1"));

        var cells = JsonNode.Parse(run.ToJupyterJson())!["cells"]!.AsArray();

        Assert.Equal(["markdown", "raw", "code"], cells.Select(cell => (string?)cell!["cell_type"]));
        Assert.Equal("# Title\n\nSome *text*.", JoinLines(cells[0]!["source"]));
        Assert.Equal("raw text", (string?)cells[1]!["source"]);
    }

    [Fact]
    public async Task ToJupyterJson_RunAgainFromWrittenNotebook_NoDifferences()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("again.ipynb", "Guid.NewGuid()", "display(\"shown\");", "60"));
        var writtenPath = Path.Combine(_notebooks.Folder, "again.executed.ipynb");
        await run.WriteAsync(writtenPath);

        var rerun = await NotebookRunner.RunAsync(writtenPath);

        Assert.Empty(NotebookComparison.CompareJson(File.ReadAllText(writtenPath), rerun.ToJupyterJson()));
    }

    /// <summary>VS Code shows an image stored as a list of lines broken; nbformat 4.5 needs an id on every cell.</summary>
    [Fact]
    public async Task ToJupyterJson_ImageAsOneString_EveryCellWithAnId()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("image.ipynb", "md:# Figure", """ "iVBOR\nw0KGgo=".DisplayAs("image/png"); """));

        var cells = JsonNode.Parse(run.ToJupyterJson())!["cells"]!.AsArray();

        Assert.Equal("iVBOR\nw0KGgo=", (string?)cells[1]!["outputs"]![0]!["data"]!["image/png"]);
        Assert.Equal(["cell-0", "cell-1"], cells.Select(cell => (string?)cell!["id"]));
    }

    [Fact]
    public async Task ToJupyterJson_SourceCellIds_Kept()
    {
        var source = JsonNode.Parse(TestNotebook.ToJson("1", "2"))!;
        source["cells"]![0]!["id"] = "counting-1";
        source["cells"]![1]!["id"] = "counting-1";
        var path = Path.Combine(_notebooks.Folder, "ids.ipynb");
        File.WriteAllText(path, source.ToJsonString());

        var cells = JsonNode.Parse((await NotebookRunner.RunAsync(path)).ToJupyterJson())!["cells"]!.AsArray();

        Assert.Equal(["counting-1", "cell-1"], cells.Select(cell => (string?)cell!["id"]));
    }

    /// <summary>nbformat text: a list of lines, or one string.</summary>
    private static string JoinLines(JsonNode? text) =>
        text is JsonArray lines ? string.Concat(lines.Select(line => (string?)line)) : (string?)text ?? "";
}
