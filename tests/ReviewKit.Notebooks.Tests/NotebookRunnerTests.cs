using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ReviewKit.Notebooks.Tests;

public sealed class NotebookRunnerTests : IDisposable
{
    private readonly TestNotebook _notebooks = TestNotebook.CreateFolder();

    public void Dispose() => _notebooks.Dispose();

    [Fact]
    public async Task RunAsync_LastExpression_ReturnValueTwo()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("sum.ipynb", "1+1"));

        var output = Assert.Single(run.Cells[0].Outputs);
        Assert.Equal(CellOutputKind.ReturnValue, output.Kind);
        Assert.Contains("<pre>2</pre>", output.GetText("text/html"));
        Assert.Equal(CellStatus.Succeeded, run.Cells[0].Status);
        Assert.False(run.Failed);
    }

    [Fact]
    public async Task RunAsync_ConsoleWriteLine_CapturedAsOneStandardOutput()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("print.ipynb",
            "Console.WriteLine(\"first\");\nConsole.WriteLine(\"second\");\nConsole.Error.WriteLine(\"warning\");"));

        Assert.Collection(
            run.Cells[0].Outputs,
            output =>
            {
                Assert.Equal(CellOutputKind.StandardOutput, output.Kind);
                Assert.Equal("first\nsecond\n", output.GetText("text/plain")?.ReplaceLineEndings("\n"));
            },
            output =>
            {
                Assert.Equal(CellOutputKind.StandardError, output.Kind);
                Assert.Equal("warning\n", output.GetText("text/plain")?.ReplaceLineEndings("\n"));
            });
    }

    [Fact]
    public async Task RunAsync_CellThrows_FailedWithErrorAndLaterCellsNotRun()
    {
        var path = _notebooks.Write("throws.ipynb",
            "var before = 1;",
            "throw new InvalidOperationException(\"the data folder is missing\");",
            "md:## After the failure",
            "var after = 2;");

        var run = await NotebookRunner.RunAsync(path);

        Assert.True(run.Failed);
        Assert.Equal(1, run.FirstFailedCell?.Index);
        Assert.Equal(CellStatus.Succeeded, run.Cells[0].Status);
        Assert.Equal(CellStatus.Failed, run.Cells[1].Status);
        Assert.Contains("InvalidOperationException: the data folder is missing", run.Cells[1].Error);
        Assert.Contains(run.Cells[1].Outputs, output => output.Kind == CellOutputKind.Error);
        Assert.Equal(CellStatus.NotExecutable, run.Cells[2].Status);
        Assert.Equal(CellStatus.NotRun, run.Cells[3].Status);
        Assert.Empty(run.Cells[3].Outputs);
    }

    [Fact]
    public async Task RunAsync_CompileError_FailedWithDiagnostic()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("compile-error.ipynb", "int count = \"sixty\";"));

        Assert.True(run.Cells[0].Failed);
        Assert.Contains("CS0029", run.Cells[0].Error);
    }

    [Fact]
    public async Task RunAsync_ContinueAfterFailure_LaterCellsRun()
    {
        var path = _notebooks.Write("continue.ipynb", "throw new Exception(\"first\");", "40 + 2");

        var run = await NotebookRunner.RunAsync(path, new NotebookRunOptions { ContinueAfterFailure = true });

        Assert.Equal(CellStatus.Failed, run.Cells[0].Status);
        Assert.Equal(CellStatus.Succeeded, run.Cells[1].Status);
        Assert.Contains("<pre>42</pre>", run.Cells[1].Outputs[0].GetText("text/html"));
    }

    [Fact]
    public async Task RunAsync_MarkdownAndRawCells_NotExecutable()
    {
        var run = await NotebookRunner.RunAsync(_notebooks.Write("text.ipynb", "md:# Title", "raw:plain text", "1"));

        Assert.Equal([CellKind.Markdown, CellKind.Raw, CellKind.Code], run.Cells.Select(cell => cell.Kind));
        Assert.Equal(["markdown", "raw", "csharp"], run.Cells.Select(cell => cell.Language));
        Assert.Equal(
            [CellStatus.NotExecutable, CellStatus.NotExecutable, CellStatus.Succeeded],
            run.Cells.Select(cell => cell.Status));
    }

    [Fact]
    public async Task RunAsync_DuringRun_CurrentDirectoryIsNotebookFolderAndRestoredAfter()
    {
        var before = Directory.GetCurrentDirectory();

        var run = await NotebookRunner.RunAsync(_notebooks.Write("cwd.ipynb", "System.IO.Directory.GetCurrentDirectory()"));

        Assert.Equal(_notebooks.Folder, run.Cells[0].Outputs[0].GetText("text/plain"));
        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task RunAsync_CellFails_CurrentDirectoryRestored()
    {
        var before = Directory.GetCurrentDirectory();

        await NotebookRunner.RunAsync(_notebooks.Write("fails.ipynb", "throw new Exception();"));

        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task RunAsync_RelativeAssemblyReference_ResolvesAgainstNotebookFolder()
    {
        CompileLibrary(Path.Combine(_notebooks.Folder, "lib", "Greeting.dll"),
            "public static class Greeter { public static string Hello() => \"hello from lib\"; }");
        var path = _notebooks.Write("relative-reference.ipynb", "#r \"lib/Greeting.dll\"", "Greeter.Hello()");

        var run = await NotebookRunner.RunAsync(path);

        Assert.False(run.Failed, run.FirstFailedCell?.Error);
        Assert.Equal("hello from lib", run.Cells[1].Outputs[0].GetText("text/plain"));
    }

    [Fact]
    public async Task RunAsync_TwoConcurrentRuns_EachSeesItsOwnFolder()
    {
        using var otherNotebooks = TestNotebook.CreateFolder();
        const string SlowCurrentDirectory = "System.Threading.Thread.Sleep(300);\nSystem.IO.Directory.GetCurrentDirectory()";
        var first = _notebooks.Write("first.ipynb", SlowCurrentDirectory);
        var second = otherNotebooks.Write("second.ipynb", SlowCurrentDirectory);

        var runs = await Task.WhenAll(NotebookRunner.RunAsync(first), NotebookRunner.RunAsync(second));

        Assert.Equal(_notebooks.Folder, runs[0].Cells[0].Outputs[0].GetText("text/plain"));
        Assert.Equal(otherNotebooks.Folder, runs[1].Cells[0].Outputs[0].GetText("text/plain"));
    }

    [Fact]
    public async Task RunAsync_WithProgress_StartAndFinishReportedPerCodeCell()
    {
        var path = _notebooks.Write("progress.ipynb", "md:# Title", "1", "throw new Exception();", "2");
        var reports = new RecordingProgress();

        await NotebookRunner.RunAsync(path, progress: reports);

        Assert.Equal(
            ["1 Started", "1 Finished", "2 Started", "2 Finished failed"],
            reports.Items.Select(report => $"{report.CellIndex} {report.Stage}{(report.Failed ? " failed" : "")}"));
        Assert.All(reports.Items, report => Assert.Equal(4, report.CellCount));
        Assert.All(reports.Items, report => Assert.Equal(path, report.NotebookPath));
    }

    [Fact]
    public async Task RunAsync_Parameters_AssignedAfterTheParametersCellAndShownInTheWrittenNotebook()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(TestNotebook.ToJson("var dataDirectory = \"../data\";", "dataDirectory"))!;
        json["cells"]![0]!["metadata"]!["tags"] = new System.Text.Json.Nodes.JsonArray("parameters");
        var path = Path.Combine(_notebooks.Folder, "parameters.ipynb");
        File.WriteAllText(path, json.ToJsonString());
        var options = new NotebookRunOptions { Parameters = new Dictionary<string, object> { ["dataDirectory"] = "my \"layer\"" } };

        var run = await NotebookRunner.RunAsync(path, options);

        Assert.Equal("my \"layer\"", run.Cells[1].Outputs[0].GetText("text/plain"));
        var written = System.Text.Json.Nodes.JsonNode.Parse(run.ToJupyterJson())!["cells"]![0]!["source"]!.AsArray();
        Assert.Contains("dataDirectory = @\"my \"\"layer\"\"\";", string.Concat(written.Select(line => (string?)line)));
    }

    [Fact]
    public async Task RunAsync_ParametersWithoutATaggedCell_ThrowsFormatExceptionNamingThem()
    {
        var path = _notebooks.Write("untagged.ipynb", "var dataDirectory = \"../data\";");
        var options = new NotebookRunOptions { Parameters = new Dictionary<string, object> { ["dataDirectory"] = "x" } };

        var error = await Assert.ThrowsAsync<FormatException>(() => NotebookRunner.RunAsync(path, options));

        Assert.Contains("no cell is tagged \"parameters\"", error.Message);
        Assert.Contains("dataDirectory", error.Message);
    }

    [Fact]
    public async Task RunAsync_StaticImage_JoinsTheOutputOfTheValueItRenders()
    {
        var png = new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' };
        var options = new NotebookRunOptions { StaticImage = (value, _) => Task.FromResult(value is 55 ? png : null) };

        var run = await NotebookRunner.RunAsync(_notebooks.Write("picture.ipynb", "55", "41"), options);

        var pictured = Assert.Single(run.Cells[0].Outputs);
        Assert.Equal(["text/html", "image/png"], pictured.Values.Select(value => value.MimeType));
        Assert.Equal(Convert.ToBase64String(png), pictured.GetText("image/png"));
        Assert.Null(Assert.Single(run.Cells[1].Outputs).GetText("image/png"));
    }

    [Fact]
    public async Task RunAsync_MissingFile_Throws()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() =>
            NotebookRunner.RunAsync(Path.Combine(_notebooks.Folder, "missing.ipynb")));
    }

    [Fact]
    public async Task RunAsync_NotJson_ThrowsFormatException()
    {
        var path = Path.Combine(_notebooks.Folder, "broken.ipynb");
        File.WriteAllText(path, "{ \"cells\": [");

        var exception = await Assert.ThrowsAsync<FormatException>(() => NotebookRunner.RunAsync(path));

        Assert.StartsWith(path, exception.Message);
    }

    private static void CompileLibrary(string path, string source)
    {
        var platformAssemblies = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platformAssemblies
            .Where(assembly => Path.GetFileName(assembly) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
            .Select(assembly => MetadataReference.CreateFromFile(assembly));
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(path),
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
    }

    /// <summary>Records reports on the calling thread, in order (unlike <see cref="Progress{T}"/>).</summary>
    private sealed class RecordingProgress : IProgress<CellProgress>
    {
        public List<CellProgress> Items { get; } = [];

        public void Report(CellProgress value) => Items.Add(value);
    }

    [Fact]
    public async Task RunAllAsync_SideBySide_SameRunsInTheOrderGivenAsOneAfterAnother()
    {
        var paths = new[]
        {
            _notebooks.Write("a.ipynb", "var a = 6 * 7;", "System.Threading.Thread.Sleep(300); a", "Console.WriteLine(\"a done\");"),
            _notebooks.Write("b.ipynb", "\"b\"", "Console.WriteLine(\"b done\");"),
            _notebooks.Write("c.ipynb", "var c = 1;", "c + 1"),
        };

        var sideBySide = new List<NotebookRun>();
        await foreach (var run in NotebookRunner.RunAllAsync(paths, parallelism: 2))
        {
            sideBySide.Add(run);
        }

        Assert.Equal(paths.Select(Path.GetFullPath), sideBySide.Select(run => run.NotebookPath));
        for (var i = 0; i < paths.Length; i++)
        {
            var alone = await NotebookRunner.RunAsync(paths[i]);
            Assert.Equal(Outputs(alone), Outputs(sideBySide[i]));
        }

        static string Outputs(NotebookRun run) => NotebookComparisonText(run.ToJupyterJson());
    }

    private static string NotebookComparisonText(string json) =>
        string.Join("\n", System.Text.Json.Nodes.JsonNode.Parse(json)!["cells"]!.AsArray().Select(cell => cell!["outputs"]?.ToJsonString() ?? ""));
}
