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
}
