using System.Text.Json.Nodes;
using ReviewKit.Audit;
using ReviewKit.Cli.Export;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Prisma;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

[CollectionDefinition(nameof(ReproduceCommandTests), DisableParallelization = true)]
public sealed class ReproduceCollection;

/// <summary>Runs <c>reproduce</c> on small notebooks of its own; serial, because a notebook run changes the current directory.</summary>
[Collection(nameof(ReproduceCommandTests))]
public sealed class ReproduceCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reviewkit-reproduce-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Notebooks => Path.Combine(_folder, "notebooks");

    private string Out => Path.Combine(_folder, "out");

    private void WriteNotebook(string name, params string[] codeCells)
    {
        Directory.CreateDirectory(Notebooks);
        var cells = new JsonArray();
        foreach (var code in codeCells)
        {
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["execution_count"] = null,
                ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
                ["outputs"] = new JsonArray(),
                ["source"] = code,
            });
        }

        var notebook = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        File.WriteAllText(Path.Combine(Notebooks, name), notebook.ToJsonString());
    }

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => CliRun.Invoke(args);

    [Fact]
    public void Reproduce_TwoNotebooks_WritesExecutedNotebooksInOrderAndEveryTable()
    {
        WriteNotebook("b.ipynb", "6 * 7");
        WriteNotebook("a.ipynb", "\"first\"");

        var (exitCode, output, error) = Run("reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.True(output.IndexOf("a.ipynb", StringComparison.Ordinal) < output.IndexOf("b.ipynb", StringComparison.Ordinal));
        Assert.Contains("<pre>42</pre>", File.ReadAllText(Path.Combine(Out, "notebooks", "b.ipynb")), StringComparison.Ordinal);
        var table6 = File.ReadAllText(Path.Combine(Out, "tables", "table-6.csv"));
        Assert.Equal("rank,code,label,n,percent,ci_low,ci_high\n1,UC1,Academic Support from the faculty / department / school / senior managers,55,92,81.9,96.4\n2,UC2,Assessment of Credit / Credit Transfer / Value Defining / Accreditation of external qualification,14,23,14.4,35.4\n3,UC3,Extensive review process by the faculty,9,15,8.1,26.1\n", table6);
        Assert.Equal(Reports.All(ReviewInputs.Paper).Count, Directory.GetFiles(Path.Combine(Out, "tables"), "*.md").Length);
        Assert.StartsWith("claim_id,quantity,reported_n,reported_percent,computed_n,computed_percent,verdict,note\n", File.ReadAllText(Path.Combine(Out, "tables", "reproduction-audit.csv")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Out, "*.tmp", SearchOption.AllDirectories));
    }

    [SkippableFact]
    public void Reproduce_WithChromium_WritesEveryFigureAsHtmlPngAndSvg()
    {
        Skip.If(BrowserLocator.Find() is null, "No Chromium, Chrome or Edge on this machine (install the Debian package chromium); CI installs it.");
        Directory.CreateDirectory(Notebooks);

        var (exitCode, output, _) = Run("reproduce", "--notebooks", Notebooks, "--out", Out);

        Assert.Equal(0, exitCode);
        var figures = Path.Combine(Out, "figures");
        foreach (var figure in Figures.All(ReviewDataset.Paper, PrismaFlow.Paper))
        {
            Assert.True(new FileInfo(Path.Combine(figures, figure.Name + ".png")).Length > 10_000, figure.Name);
            Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(figures, figure.Name + ".svg")), StringComparison.Ordinal);
            Assert.Contains("<html", File.ReadAllText(Path.Combine(figures, figure.Name + ".html")), StringComparison.Ordinal);
            Assert.Contains($"figure {figure.Name} html png svg", output, StringComparison.Ordinal);
        }

        var count = Figures.All(ReviewDataset.Paper, PrismaFlow.Paper).Count();
        Assert.Matches($@"\b{count} figures exported in \d+\.\d s \(the browser ready after \d+\.\d s\), beside the notebooks", output);
    }

    [Fact]
    public void Reproduce_ChromiumVariableNamingNoBrowser_SaysSoAndWritesHtmlOnly()
    {
        Directory.CreateDirectory(Notebooks);
        var notABrowser = Path.Combine(_folder, "not-a-browser");
        File.WriteAllText(notABrowser, "plain text, not a program");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(notABrowser, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // The variable is given to this run only: set process-wide, it would reach the tests that look for a browser beside it.
        string? WithNotABrowser(string name) => name == BrowserLocator.Variable ? notABrowser : Environment.GetEnvironmentVariable(name);

        var (exitCode, output, error) = CliRun.Invoke(WithNotABrowser, "reproduce", "--notebooks", Notebooks, "--out", Out);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.Contains($"the browser in {BrowserLocator.Variable} at {notABrowser} did not start", output, StringComparison.Ordinal);
        Assert.Equal([".html"], Directory.GetFiles(Path.Combine(Out, "figures")).Select(Path.GetExtension).Distinct());
        Assert.DoesNotContain("the browser ready after", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_NoImages_WritesHtmlFiguresOnly()
    {
        Directory.CreateDirectory(Notebooks);

        Assert.Equal(0, Run("reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images").ExitCode);

        var files = Directory.GetFiles(Path.Combine(Out, "figures")).Select(Path.GetExtension).Distinct();
        Assert.Equal([".html"], files);
    }

    [Fact]
    public void ReproduceAndAudit_LayerWithItsOwnClaims_SameVerdicts()
    {
        // A layer may bring its own claims.csv; reproduce's audit table and the audit command must both check those.
        Directory.CreateDirectory(Notebooks);
        var layer = Path.Combine(_folder, "layer");
        Directory.CreateDirectory(layer);
        File.WriteAllText(Path.Combine(layer, ReviewDataset.CodingsFile), "study_id,code\n"); // a layer holds a data file; this one adds no codings
        File.WriteAllText(Path.Combine(layer, Claims.FileName), "claim_id,section,quote,quantity,reported_n,reported_percent\nU1,Update,\"about 42% (n = 42)\",code:EO3,42,42\nU2,Update,\"92% (n = 55)\",code:UC1,55,92\n");

        var (auditExit, audit, _) = Run("audit", "--data", TestData.DataFolder, "--data", layer, "--format", "csv");
        var (reproduceExit, _, _) = Run("reproduce", "--data", TestData.DataFolder, "--data", layer, "--notebooks", Notebooks, "--out", Out, "--no-images");

        Assert.Equal((0, 0), (auditExit, reproduceExit));
        Assert.Equal(audit, File.ReadAllText(Path.Combine(Out, "tables", "reproduction-audit.csv")));
        Assert.Equal(["U1,mismatch", "U2,match"], audit.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => $"{row.Split(',')[0]},{row.Split(',')[6]}"));
    }

    [Fact]
    public void Reproduce_FailingCell_Exits1NamingNotebookCellAndError()
    {
        WriteNotebook("broken.ipynb", "1 + 1", "throw new InvalidOperationException(\"the data are gone\");");

        var (exitCode, _, error) = Run("reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("reviewkit: broken.ipynb: cell 2 failed:", error, StringComparison.Ordinal);
        Assert.Contains("the data are gone", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_CheckWithCommittedOutputsThatDiffer_Exits1ListingTheDifference()
    {
        WriteNotebook("answer.ipynb", "6 * 7");
        Assert.Equal(0, Run("reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images").ExitCode);
        var committed = File.ReadAllText(Path.Combine(Out, "notebooks", "answer.ipynb"));
        File.WriteAllText(Path.Combine(Notebooks, "answer.ipynb"), committed.Replace("<pre>42</pre>", "<pre>41</pre>", StringComparison.Ordinal));

        var (exitCode, _, error) = Run("reproduce", "--notebooks", Notebooks, "--out", Path.Combine(_folder, "out2"), "--check", "--no-images");

        Assert.Equal(1, exitCode);
        Assert.Contains("answer.ipynb: cell 1:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_CheckWithCommittedOutputsOfAnEarlierRun_Exits0()
    {
        WriteNotebook("answer.ipynb", "6 * 7", "Guid.NewGuid().ToString().Length");
        Assert.Equal(0, Run("reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images").ExitCode);
        File.Copy(Path.Combine(Out, "notebooks", "answer.ipynb"), Path.Combine(Notebooks, "answer.ipynb"), overwrite: true);

        var (exitCode, output, _) = Run("reproduce", "--notebooks", Notebooks, "--out", Path.Combine(_folder, "out2"), "--check", "--no-images");

        Assert.Equal(0, exitCode);
        Assert.Contains("The committed notebooks match a fresh run.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_BrokenData_Exits65BeforeRunningAnything()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA01,XX1\n");
        WriteNotebook("a.ipynb", "1");

        var (exitCode, _, error) = Run("reproduce", "--data", copy.Path, "--notebooks", Notebooks, "--out", Out, "--no-images");

        Assert.Equal(65, exitCode);
        Assert.Contains("unknown code 'XX1'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Reproduce_MissingNotebooksFolder_Exits2()
    {
        var (exitCode, _, error) = Run("reproduce", "--notebooks", Path.Combine(_folder, "nowhere"), "--out", Out, "--no-images");

        Assert.Equal(2, exitCode);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_DataLayers_InjectsEveryFolderWritesTablesOfTheMergedDataAndChangesNoLayer()
    {
        WriteNotebook("a.ipynb", "var dataDirectories = new[] { \"../data\" };", "string.Join(\"|\", dataDirectories.Select(System.IO.Path.GetFileName))");
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Notebooks, "a.ipynb")))!;
        notebook["cells"]![0]!["metadata"]!["tags"] = new JsonArray("parameters");
        File.WriteAllText(Path.Combine(Notebooks, "a.ipynb"), notebook.ToJsonString());
        var (dataBefore, layerBefore) = (TestData.Hashes(TestData.DataFolder), TestData.Hashes(TestData.UpdateLayer));

        var (exitCode, _, error) = Run("reproduce", "--data", TestData.DataFolder, "--data", TestData.UpdateLayer, "--notebooks", Notebooks, "--out", Out, "--no-images");

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Contains("data|update-2023", File.ReadAllText(Path.Combine(Out, "notebooks", "a.ipynb")), StringComparison.Ordinal);
        var expected = Reports.CodeFrequencies(ReviewDataset.Load(TestData.DataFolder, TestData.UpdateLayer)).ToCsv();
        Assert.Equal(expected, File.ReadAllText(Path.Combine(Out, "tables", "code-frequencies.csv")));
        Assert.Contains("previous_studies,,60,", File.ReadAllText(Path.Combine(Out, "tables", "prisma-flow.csv")), StringComparison.Ordinal);
        Assert.Equal(dataBefore, TestData.Hashes(TestData.DataFolder));
        Assert.Equal(layerBefore, TestData.Hashes(TestData.UpdateLayer));
    }

    /// <summary>A copy of the paper's data (its top-level files) in the test's folder, as a layer a user would give.</summary>
    private string CopyOfData()
    {
        var copy = Path.Combine(_folder, "d2");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(TestData.DataFolder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    [Theory]
    [InlineData("figures")]
    [InlineData("tables")]
    [InlineData("notebooks")]
    public void Reproduce_OutputSubfolderLinkedIntoData_Exits2NamingTheLinkAndWritesNothingThere(string subfolder)
    {
        var data = CopyOfData();
        var before = TestData.Hashes(data);
        Directory.CreateDirectory(Out);
        Directory.CreateSymbolicLink(Path.Combine(Out, subfolder), data);
        Directory.CreateDirectory(Notebooks);

        var (exitCode, _, error) = Run("reproduce", "--data", data, "--out", Out, "--notebooks", Notebooks, "--no-images");

        Assert.Equal(2, exitCode);
        Assert.Contains($"{Path.Combine(Out, subfolder)} is a link into --data {data}, and reproduce never writes into a data folder", error, StringComparison.Ordinal);
        Assert.Equal(before, TestData.Hashes(data));
    }

    [Fact]
    public void Reproduce_OutputFileLinkedIntoData_Exits2AndTheDataFileIsUnchanged()
    {
        var data = CopyOfData();
        var before = TestData.Hashes(data);
        Directory.CreateDirectory(Path.Combine(Out, "tables"));
        var link = Path.Combine(Out, "tables", "table-6.csv");
        File.CreateSymbolicLink(link, Path.Combine(data, "codings.csv"));
        Directory.CreateDirectory(Notebooks);

        var (exitCode, _, error) = Run("reproduce", "--data", data, "--out", Out, "--notebooks", Notebooks, "--no-images");

        Assert.Equal(2, exitCode);
        Assert.Contains($"{link} is a link into --data {data}", error, StringComparison.Ordinal);
        Assert.Equal(before, TestData.Hashes(data));
    }

    [Fact]
    public void Reproduce_OutputFileLinkedElsewhere_ReplacesTheLinkInsteadOfWritingThroughIt()
    {
        var elsewhere = Path.Combine(_folder, "elsewhere.csv");
        File.WriteAllText(elsewhere, "mine\n");
        Directory.CreateDirectory(Path.Combine(Out, "tables"));
        var link = Path.Combine(Out, "tables", "table-6.csv");
        File.CreateSymbolicLink(link, elsewhere);
        Directory.CreateDirectory(Notebooks);

        var (exitCode, _, _) = Run("reproduce", "--out", Out, "--notebooks", Notebooks, "--no-images");

        Assert.Equal(0, exitCode);
        Assert.Equal("mine\n", File.ReadAllText(elsewhere));
        Assert.Null(new FileInfo(link).LinkTarget);
        Assert.StartsWith("rank,code,label", File.ReadAllText(link), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"cells":[1]}""", "x.ipynb: cell 1: is a number; expected a JSON object with \"cell_type\" and \"source\".")]
    [InlineData("""{"cells":[{"cell_type":5,"source":"1"}]}""", "x.ipynb: cell 1: \"cell_type\" is a number; expected \"code\", \"markdown\" or \"raw\".")]
    [InlineData("""{"cells":[{"cell_type":"code","source":[1]}]}""", "x.ipynb: cell 1: \"source\" is an array; expected a string or an array of strings.")]
    [InlineData("""{"cells":[{"cell_type":"code","source":"1","metadata":{"polyglot_notebook":{"kernelName":7}}}]}""", "x.ipynb: cell 1: \"metadata\".\"polyglot_notebook\".\"kernelName\" is a number; expected a string.")]
    [InlineData("[1]", "x.ipynb: is not a Jupyter notebook: a JSON object with a \"cells\" array.")]
    [InlineData("not json", "x.ipynb: is not valid JSON (")]
    public void Reproduce_MalformedNotebook_Exits65NamingTheFileAndCellBeforeAnyWork(string json, string expected)
    {
        Directory.CreateDirectory(Notebooks);
        File.WriteAllText(Path.Combine(Notebooks, "x.ipynb"), json);

        var (exitCode, _, error) = Run("reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images");

        Assert.Equal(65, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Reproduce_DataForANotebookWithoutParametersCell_Exits65SayingTheDataCannotReachIt()
    {
        WriteNotebook("plain.ipynb", "1 + 1");

        var (exitCode, _, error) = Run("reproduce", "--data", TestData.DataFolder, "--notebooks", Notebooks, "--out", Out, "--no-images");

        Assert.Equal(65, exitCode);
        Assert.Contains("plain.ipynb: no cell is tagged \"parameters\", so the folders of --data cannot reach this notebook", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("99999999999")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("65")]
    public void Reproduce_JobsThatIsNotAWholeNumberFrom1To64_Exits2WithAMessage(string jobs)
    {
        Directory.CreateDirectory(Notebooks);

        var (exitCode, _, error) = Run("reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images", "--jobs", jobs);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"reviewkit: --jobs takes a whole number from 1 to 64; '{jobs}' is not one.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [SkippableFact]
    public void Reproduce_NotebookThatIsAFifo_IsRefusedWithoutWaiting()
    {
        Skip.If(OperatingSystem.IsWindows(), "no FIFOs on Windows");
        Directory.CreateDirectory(Notebooks);
        var fifo = Path.Combine(Notebooks, "pipe.ipynb");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var run = Task.Run(() => Run("reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images"));
        var finished = run.Wait(TimeSpan.FromSeconds(30));
        if (!finished)
        {
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write); // lets a blocked reader go
        }

        Assert.True(finished, "reproduce waited on the FIFO");
        var (exitCode, _, error) = run.Result;
        Assert.Equal(65, exitCode);
        Assert.Contains("pipe.ipynb: the file is empty, or is not a regular file (a device or a pipe); expected a notebook's JSON", error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Reproduce_NotebookLinkedToDevZero_IsRefusedAtOnce()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero here");
        Directory.CreateDirectory(Notebooks);
        File.CreateSymbolicLink(Path.Combine(Notebooks, "zero.ipynb"), "/dev/zero");

        var (exitCode, _, error) = Run("reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images");

        Assert.Equal(65, exitCode);
        Assert.Contains("zero.ipynb: the file is empty, or is not a regular file (a device or a pipe)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reproduce_CancelledDuringACell_ExitsWith130AndSaysWhatItDidNotWrite()
    {
        WriteNotebook("a.ipynb", "System.Threading.Thread.Sleep(4000);");
        WriteNotebook("b.ipynb", "1");
        using var stop = new CancellationTokenSource();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var run = ReviewKitCommandLine.InvokeAsync(["reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images", "--jobs", "1"], stdout, stderr, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await stop.CancelAsync();
        var exitCode = await run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(130, exitCode);
        Assert.Contains("reviewkit: interrupted; not written: 2 of 2 executed notebooks (a.ipynb, b.ipynb); the tables", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Out, "*.tmp", SearchOption.AllDirectories));
    }
}
