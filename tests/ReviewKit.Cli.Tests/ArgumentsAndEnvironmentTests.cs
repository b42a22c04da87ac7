using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

/// <summary>Arguments and settings read as what they are: an argument starting with @ is a value, a long output name is written, a bad limit is refused.</summary>
public sealed class ArgumentsAndEnvironmentTests
{
    [Fact]
    public void AnyCommand_ArgumentStartingWithAt_IsNotReadAsAResponseFile()
    {
        using var folder = new TestData.TempFolder().Write("args.rsp", "count\n--format\ncsv\n");

        var (exitCode, output, error) = CliRun.Invoke("@" + folder.File("args.rsp"));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"'@{folder.File("args.rsp")}'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("--format", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_ArgumentNamingAFileAfterAt_DoesNotPrintTheFile()
    {
        using var folder = new TestData.TempFolder().Write("secret.txt", "line-of-a-private-file\n");

        var (exitCode, output, error) = CliRun.Invoke("count", "@" + folder.File("secret.txt"));

        Assert.Equal(2, exitCode);
        Assert.DoesNotContain("line-of-a-private-file", output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(218)]
    [InlineData(255)]
    public void ExportQda_OutFileNameUpToTheFileSystemLimit_IsWritten(int bytes)
    {
        using var folder = new TestData.TempFolder();
        var name = new string('q', bytes - ".qdc".Length) + ".qdc";

        var (exitCode, _, error) = CliRun.Invoke("export-qda", "--out", folder.File(name));

        Assert.Equal("", error);
        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(folder.File(name)));
        Assert.Equal([name], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ImportStudies_OutFolderNameOf255Bytes_IsWritten()
    {
        using var folder = new TestData.TempFolder();
        var name = new string('q', 255);

        var (exitCode, _, _) = CliRun.Invoke("import-studies", Path.Combine(TestData.UpdateLayer, "update-2023.ris"), "--out", folder.File(name));

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(folder.File(name), "studies.csv")));
        Assert.Equal([name], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("2048", true)]
    [InlineData("1", true)]
    [InlineData("abc", false)]
    [InlineData("0", false)]
    [InlineData("-5", false)]
    [InlineData("1.5", false)]
    [InlineData(" 64", false)]
    [InlineData("99999999999999999999", false)]
    public void MaxFileSizeProblem_ValueOfTheVariable_AcceptsOnlyAWholeNumberOfMegabytes(string? value, bool accepted)
    {
        var problem = ReviewKitCommandLine.MaxFileSizeProblem(value);

        Assert.Equal(accepted, problem is null);
        if (!accepted)
        {
            Assert.StartsWith($"REVIEWKIT_MAX_FILE_MB is '{value}'; expected a whole number of megabytes, 1 or more", problem, StringComparison.Ordinal);
        }
    }
}
