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

        Environment.SetEnvironmentVariable(BrowserLocator.Variable, notABrowser);
        try
        {
            var (exitCode, output, error) = Run("reproduce", "--notebooks", Notebooks, "--out", Out);

            Assert.Equal(0, exitCode);
            Assert.Equal("", error);
            Assert.Contains($"the browser in {BrowserLocator.Variable} at {notABrowser} did not start", output, StringComparison.Ordinal);
            Assert.Equal([".html"], Directory.GetFiles(Path.Combine(Out, "figures")).Select(Path.GetExtension).Distinct());
            Assert.DoesNotContain("the browser ready after", output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(BrowserLocator.Variable, null);
        }
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
}
