using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

public sealed class ExportAppsCommandTests
{
    private static readonly string Notebooks = Path.Combine(Repository.Root, "notebooks");

    [Fact]
    public void ExportApps_OutFolder_WritesOneAppPerNotebookAndIsStable()
    {
        var folder = Directory.CreateTempSubdirectory("reviewkit-apps-cli-").FullName;
        try
        {
            var first = CliRun.Invoke("export-apps", "--notebooks", Notebooks, "--out", folder);
            var second = CliRun.Invoke("export-apps", "--notebooks", Notebooks, "--out", folder);

            Assert.Equal(0, first.ExitCode);
            var notebookCount = Directory.GetFiles(Notebooks, "*.ipynb").Length;
            Assert.Equal(
                Directory.GetFiles(Notebooks, "*.ipynb").Select(path => Path.GetFileNameWithoutExtension(path) + ".cs").Order(StringComparer.Ordinal),
                Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Contains($"({notebookCount} written, 0 unchanged)", first.Out);
            Assert.Contains($"(0 written, {notebookCount} unchanged)", second.Out);
            var app = File.ReadAllText(Path.Combine(folder, "03-coding-and-counting.cs"));
            Assert.Contains("\n#:package Deedle@8.1.0\n", app);
            Assert.Contains("\n#:project " + Path.GetRelativePath(folder, Path.Combine(Repository.Root, "src", "ReviewKit", "ReviewKit.csproj")).Replace('\\', '/') + "\n", app);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ExportApps_OutIsAFile_Exits73()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (exitCode, _, error) = CliRun.Invoke("export-apps", "--notebooks", Notebooks, "--out", file);

            Assert.Equal(73, exitCode);
            Assert.Contains("is a file", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ExportApps_NotebooksFolderMissing_Exits2()
    {
        var (exitCode, _, error) = CliRun.Invoke("export-apps", "--notebooks", Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}"));

        Assert.Equal(2, exitCode);
        Assert.Contains("not found", error);
    }

    [Fact]
    public void ExportApps_NotebookThatCannotBeAnApp_Exits65NamingTheCell()
    {
        var folder = Directory.CreateTempSubdirectory("reviewkit-apps-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "bad.ipynb"), """{"cells":[{"cell_type":"code","source":"#r \"nuget: Deedle\""}]}""");

            var (exitCode, _, error) = CliRun.Invoke("export-apps", "--notebooks", folder, "--out", Path.Combine(folder, "apps"));

            Assert.Equal(65, exitCode);
            Assert.Contains("bad.ipynb: cell 1: #r \"nuget: Deedle\" pins no version", error);
            Assert.False(Directory.Exists(Path.Combine(folder, "apps")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs export-apps on a folder holding one notebook of the given JSON under the given name.</summary>
    private static (int ExitCode, string Error, string? App) ExportOne(string fileName, string json)
    {
        var folder = Directory.CreateTempSubdirectory("reviewkit-apps-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, fileName), json);
            var apps = Path.Combine(folder, "apps");

            var (exitCode, _, error) = CliRun.Invoke("export-apps", "--notebooks", folder, "--out", apps);

            var app = Directory.Exists(apps) ? Directory.GetFiles(apps, "*.cs").Select(File.ReadAllText).SingleOrDefault() : null;
            return (exitCode, error, app);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("""{"cells":[1]}""", "x.ipynb: cell 1: is a number; expected a JSON object")]
    [InlineData("""{"cells":[{"cell_type":5,"source":"1"}]}""", "x.ipynb: cell 1: \"cell_type\" is a number; expected \"code\", \"markdown\" or \"raw\".")]
    [InlineData("""{"cells":{"a":1}}""", "x.ipynb: is not a Jupyter notebook: a JSON object with a \"cells\" array.")]
    [InlineData("not json", "x.ipynb: is not valid JSON (")]
    public void ExportApps_MalformedNotebook_Exits65NamingTheFileAndCell(string json, string expected)
    {
        var (exitCode, error, app) = ExportOne("x.ipynb", json);

        Assert.Equal(65, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Null(app);
    }

    [Fact]
    public void ExportApps_KernelNameWithALineBreak_IsRefusedNamingTheCell()
    {
        const string Notebook = """{"cells":[{"cell_type":"code","metadata":{"polyglot_notebook":{"kernelName":"fsharp\nSystem.Console.WriteLine(\"INJECTED\");//"}},"source":"1"}]}""";

        var (exitCode, error, app) = ExportOne("x.ipynb", Notebook);

        Assert.Equal(65, exitCode);
        Assert.Contains("x.ipynb: cell 1: its kernel name is not one of .NET Interactive's", error, StringComparison.Ordinal);
        Assert.Null(app);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    public void ExportApps_FileNameWithALineBreak_StaysInsideTheHeaderComments(string lineBreak)
    {
        const string Notebook = """{"cells":[{"cell_type":"code","metadata":{"polyglot_notebook":{"kernelName":"csharp"}},"source":"1"}]}""";

        var (exitCode, _, app) = ExportOne($"a{lineBreak}System.Console.WriteLine(\"INJECTED\");.ipynb", Notebook);

        Assert.Equal(0, exitCode);
        Assert.NotNull(app);
        var lines = app.Split(['\n', '\r', '\u0085', '\u2028', '\u2029']);
        Assert.All(lines.Where(line => line.Contains("INJECTED", StringComparison.Ordinal)), line => Assert.StartsWith("//", line, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void ExportApps_NotebookThatIsAFifo_IsRefusedWithoutWaiting()
    {
        Skip.If(OperatingSystem.IsWindows(), "no FIFOs on Windows");
        var folder = Directory.CreateTempSubdirectory("reviewkit-apps-cli-").FullName;
        try
        {
            var fifo = Path.Combine(folder, "pipe.ipynb");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
            {
                mkfifo.WaitForExit();
            }

            var run = Task.Run(() => CliRun.Invoke("export-apps", "--notebooks", folder, "--out", Path.Combine(folder, "apps")));
            var finished = run.Wait(TimeSpan.FromSeconds(30));
            if (!finished)
            {
                using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write); // lets a blocked reader go
            }

            Assert.True(finished, "export-apps waited on the FIFO");
            Assert.Equal(65, run.Result.ExitCode);
            Assert.Contains("pipe.ipynb: the file is empty, or is not a regular file (a device or a pipe)", run.Result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
