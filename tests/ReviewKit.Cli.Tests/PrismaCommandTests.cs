using ReviewKit.Prisma;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

/// <summary><c>export-prisma</c> and <c>import-prisma</c>: the flow to and from the PRISMA2020 package's template.</summary>
public sealed class PrismaCommandTests
{
    private static readonly string Fixtures = Path.Combine(Repository.Root, "tests", "ReviewKit.Tests", "Prisma", "Fixtures");

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => CliRun.Invoke(args);

    [Fact]
    public void ExportPrisma_UpdateLayers_TheLastLayersFlowInThePackagesTemplate()
    {
        using var folder = new TestData.TempFolder();
        var file = folder.File("prisma2020.csv");

        var (exitCode, output, error) = Run("export-prisma", "--out", file, "--data", TestData.DataFolder, "--data", TestData.UpdateLayer);

        Assert.Equal((0, ""), (exitCode, error));
        Assert.StartsWith($"Wrote {file}: the PRISMA2020 template with 12 of 17 counts of the flow;", output, StringComparison.Ordinal);
        Assert.Equal(PrismaFlow.Load(Path.Combine(TestData.UpdateLayer, PrismaFlow.FileName)).ToPrisma2020Csv(), File.ReadAllText(file));
        Assert.Contains("\ndatabase_specific_results,NA,box2,Records identified from: specific databases,Specific Databases,NA,database_results.html,\"Scopus, 40; ProQuest (ERIC), 25\"\n", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportPrisma_NoData_ThePapersFlow()
    {
        using var folder = new TestData.TempFolder();

        var (exitCode, output, _) = Run("export-prisma", "--out", folder.File("p.csv"));

        Assert.Equal(0, exitCode);
        Assert.Contains("with 1 of 17 counts", output, StringComparison.Ordinal);
        Assert.Equal(PrismaFlow.Paper.ToPrisma2020Csv(), File.ReadAllText(folder.File("p.csv")));
    }

    [Fact]
    public void ExportPrisma_LayersWithoutAFlow_Exit65NothingWritten()
    {
        using var folder = new TestData.TempFolder();
        Directory.CreateDirectory(folder.File("small"));
        folder.Write("small/codebook.csv", TestData.Codebook).Write("small/studies.csv", TestData.Studies).Write("small/codings.csv", TestData.Codings);

        var (exitCode, _, error) = Run("export-prisma", "--out", folder.File("p.csv"), "--data", folder.File("small"));

        Assert.Equal(65, exitCode);
        Assert.Equal($"reviewkit: no data folder holds prisma.csv (looked in {folder.File("small")}); export-prisma needs one: the paper's is data/prisma.csv.\n", error);
        Assert.False(File.Exists(folder.File("p.csv")));
    }

    [Fact]
    public void ExportPrisma_OutInsideADataFolder_UsageError()
    {
        var (exitCode, _, error) = Run("export-prisma", "--out", Path.Combine(TestData.DataFolder, "p.csv"), "--data", TestData.DataFolder);

        Assert.Equal(2, exitCode);
        Assert.Contains("export-prisma", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(TestData.DataFolder, "p.csv")));
    }

    [Fact]
    public void ImportPrisma_AFilledTemplate_ALayerValidateAccepts()
    {
        using var folder = new TestData.TempFolder();
        var layer = folder.File("flow");
        var template = Path.Combine(Fixtures, "PRISMA-filled.csv");

        var (exitCode, output, error) = Run("import-prisma", template, "--out", layer);

        Assert.Equal(0, exitCode);
        Assert.Equal($"Wrote {Path.Combine(layer, "prisma.csv")}: 13 of 17 counts reported; 1 row of arms the flow does not draw left out (listed on stderr).\n", output);
        Assert.Equal($"{template}:11: website_results (12) is not kept: the flow has no box for records from websites\n", error);
        Assert.Equal(["codings.csv", "prisma.csv"], Directory.GetFileSystemEntries(layer).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var flow = PrismaFlow.Load(Path.Combine(layer, "prisma.csv"));
        Assert.Equal([("Scopus", 40), ("ERIC", 25)], flow.CountsOf(PrismaStage.DatabaseResults).Select(count => (count.Source!, count.N!.Value)));
        Assert.Equal(0, Run("validate", "--data", TestData.DataFolder, "--data", layer).ExitCode);
    }

    [Fact]
    public void ExportThenImportThenExport_TheSameTemplate()
    {
        using var folder = new TestData.TempFolder();
        Run("export-prisma", "--out", folder.File("first.csv"), "--data", TestData.DataFolder, "--data", TestData.UpdateLayer);

        Assert.Equal(0, Run("import-prisma", folder.File("first.csv"), "--out", folder.File("layer")).ExitCode);
        Assert.Equal(0, Run("export-prisma", "--out", folder.File("second.csv"), "--data", TestData.DataFolder, "--data", folder.File("layer")).ExitCode);

        Assert.Equal(File.ReadAllText(folder.File("first.csv")), File.ReadAllText(folder.File("second.csv")));
    }

    [Fact]
    public void ImportPrisma_ALayersPrismaCsv_Exit65NothingWritten()
    {
        using var folder = new TestData.TempFolder();
        var file = Path.Combine(TestData.DataFolder, PrismaFlow.FileName);

        var (exitCode, output, error) = Run("import-prisma", file, "--out", folder.File("flow"));

        Assert.Equal((65, ""), (exitCode, output));
        Assert.Equal($"{file}:1: missing required column data; the header must contain data,n\nreviewkit: 1 problem in {file}; nothing was changed.\n", error);
        Assert.False(Directory.Exists(folder.File("flow")));
    }

    [Fact]
    public void ImportPrisma_OutNotEmpty_Exit73AndTheFolderUntouched()
    {
        using var folder = new TestData.TempFolder();
        Directory.CreateDirectory(folder.File("flow"));
        folder.Write("flow/notes.txt", "mine");

        var (exitCode, _, _) = Run("import-prisma", Path.Combine(Fixtures, "PRISMA.csv"), "--out", folder.File("flow"));

        Assert.Equal(73, exitCode);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder.File("flow")).Select(Path.GetFileName));
    }
}
