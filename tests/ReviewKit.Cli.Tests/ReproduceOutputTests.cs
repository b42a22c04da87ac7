using ReviewKit.Audit;
using ReviewKit.Prisma;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

/// <summary>
/// <c>reproduce</c> refuses an output folder it must not or cannot use, and bad inputs, before any work.
/// An empty notebooks folder keeps these runs fast: nothing but the checks, the tables and the figures.
/// </summary>
[Collection(nameof(ReproduceCommandTests))]
public sealed class ReproduceOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reviewkit-output-").FullName;

    public ReproduceOutputTests() => Directory.CreateDirectory(Notebooks);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Notebooks => Path.Combine(_folder, "notebooks");

    private (int ExitCode, string Out, string Error) Reproduce(params string[] args) =>
        CliRun.Invoke(["reproduce", "--notebooks", Notebooks, "--no-images", .. args]);

    [Theory]
    [InlineData("")]
    [InlineData("out")]
    [InlineData("/")]
    public void Reproduce_OutInsideData_IsRefusedAndWritesNothing(string inside)
    {
        using var copy = new TestData.DataCopy();
        File.Copy(Path.Combine(TestData.DataFolder, PrismaFlow.FileName), copy.File(PrismaFlow.FileName));
        var before = TestData.Hashes(copy.Path);
        var output = copy.Path + (inside.Length == 0 || inside == "/" ? inside : "/" + inside);

        var (exitCode, _, error) = Reproduce("--data", copy.Path, "--out", output);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"reviewkit: --out {output} is ", error, StringComparison.Ordinal);
        Assert.Contains("reproduce never writes into a data folder", error, StringComparison.Ordinal);
        Assert.Equal(before, TestData.Hashes(copy.Path));
        Assert.Equal([], Directory.GetDirectories(copy.Path));
    }

    [Fact]
    public void Reproduce_DataInsideTheTablesItWrites_IsRefused()
    {
        var output = Path.Combine(_folder, "out");
        var data = Path.Combine(output, "tables");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(TestData.DataFolder, "*.csv"))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        var (exitCode, _, error) = Reproduce("--data", data, "--out", output);

        Assert.Equal(2, exitCode);
        Assert.Contains($"--data {data} lies inside --out {output}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_OutWhoseNotebooksAreTheOnesRun_IsRefused()
    {
        var (exitCode, _, error) = Reproduce("--out", _folder);

        Assert.Equal(2, exitCode);
        Assert.Contains("would write the executed notebooks over the notebooks being run", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_OutThatIsAFile_Exits73()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "keep me");

        var (exitCode, _, error) = Reproduce("--out", file);

        Assert.Equal(73, exitCode);
        Assert.Equal($"reviewkit: --out {file} is a file; give a folder (it is created if missing).\n", error.ReplaceLineEndings("\n"));
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void Reproduce_OutUnderAFile_Exits73()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "keep me");

        var (exitCode, _, error) = Reproduce("--out", Path.Combine(file, "out"));

        Assert.Equal(73, exitCode);
        Assert.StartsWith($"reviewkit: cannot create the output folder {Path.Combine(file, "out")}: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_OutWhereNothingCanBeCreated_Exits73()
    {
        var (exitCode, _, error) = Reproduce("--out", "/proc/reviewkit-out");

        Assert.Equal(73, exitCode);
        Assert.StartsWith("reviewkit: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_OutWhoseTablesFolderIsAFile_Exits73()
    {
        var output = Path.Combine(_folder, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "tables"), "");

        var (exitCode, _, error) = Reproduce("--out", output);

        Assert.Equal(73, exitCode);
        Assert.Contains("a file of that name is in the way", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reproduce_BrokenClaims_Exits65BeforeWritingAnything()
    {
        using var copy = new TestData.DataCopy();
        File.Copy(Path.Combine(TestData.DataFolder, PrismaFlow.FileName), copy.File(PrismaFlow.FileName));
        copy.Write(Claims.FileName, "claim_id,section,quote,quantity,reported_n,reported_percent\nX1,S,q,code:UC1,55,920\n");
        var output = Path.Combine(_folder, "out");

        var (exitCode, _, error) = Reproduce("--data", copy.Path, "--out", output);

        Assert.Equal(65, exitCode);
        Assert.StartsWith($"{copy.File(Claims.FileName)}:2: reported_percent '920'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Reproduce_NoLayerWithPrisma_Exits65BeforeWritingAnything()
    {
        using var copy = new TestData.DataCopy();
        var output = Path.Combine(_folder, "out");

        var (exitCode, _, error) = Reproduce("--data", copy.Path, "--out", output);

        Assert.Equal(65, exitCode);
        Assert.StartsWith($"reviewkit: no data folder holds prisma.csv (looked in {copy.Path})", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Reproduce_NoDataAndBrokenClaimsInTheDataFolderTheNotebooksRead_Exits65()
    {
        var data = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        foreach (var file in Directory.GetFiles(TestData.DataFolder, "*.csv"))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(data, Claims.FileName), "X1,S,q,code:UC1,55,920\n");
        var output = Path.Combine(_folder, "out");

        var (exitCode, _, error) = Reproduce("--out", output);

        Assert.Equal(65, exitCode);
        Assert.Contains($"{Path.Combine(data, Claims.FileName)}:", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Reproduce_GoodOut_WritesTablesAndFigures()
    {
        var output = Path.Combine(_folder, "out");

        var (exitCode, _, error) = Reproduce("--out", output);

        Assert.Equal((0, ""), (exitCode, error));
        Assert.True(File.Exists(Path.Combine(output, "tables", "code-frequencies.csv")));
        Assert.True(File.Exists(Path.Combine(output, "figures", "fig1-prisma-flow.html")));
    }
}
