using ReviewKit.Audit;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

public class AuditCommandTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args) => CliRun.Invoke(args);

    [Fact]
    public void Audit_CsvOnThePaper_GivesOneRowPerClaimWithTheContractHeader()
    {
        var (exitCode, output, error) = Run("audit", "--format", "csv");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("claim_id,quantity,reported_n,reported_percent,computed_n,computed_percent,verdict,note", lines[0]);
        Assert.Equal(1 + Claims.Paper.Count, lines.Length);
        Assert.StartsWith("C16,share:Government,,14,127,14.6821,match-rounding,", lines[16], StringComparison.Ordinal);
        Assert.StartsWith("C33,code:EO3,42,42,25,41.6667,mismatch,", lines[33], StringComparison.Ordinal);
        Assert.Equal("C03,studies,60,,60,,match,The coding table holds 60 studies.", lines[3]);
    }

    [Fact]
    public void Audit_DataFolder_GivesTheSameAsTheEmbeddedDataset()
    {
        Assert.Equal(Run("audit", "--format", "csv").Out, Run("audit", "--format", "csv", "--data", TestData.DataFolder).Out);
    }

    [Theory]
    [InlineData("md", "| claim_id | quantity | reported_n | reported_percent | computed_n | computed_percent | verdict | note |")]
    [InlineData("table", "58 claims: 36 match, 1 match-rounding, 6 mismatch, 15 not-derivable.")]
    public void Audit_OtherFormats_ShowTheTable(string format, string expected)
    {
        var (exitCode, output, _) = Run("audit", "--format", format);

        Assert.Equal(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_ClaimsFile_ChecksThoseClaims()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reviewkit-claims-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "claim_id,section,quote,quantity,reported_n,reported_percent\nX1,S,\"(n = 55, 92%)\",code:UC1,55,92\n");
        try
        {
            var (exitCode, output, _) = Run("audit", "--claims", path, "--format", "csv");

            Assert.Equal(0, exitCode);
            Assert.Equal(
                "claim_id,quantity,reported_n,reported_percent,computed_n,computed_percent,verdict,note\n"
                + "X1,code:UC1,55,92,55,91.6667,match,\"55 of 60 studies carry UC1 (91.67%), which rounds to 92%.\"\n",
                output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Audit_DataFolderWithItsOwnClaims_ChecksThose()
    {
        using var copy = new TestData.DataCopy();
        File.WriteAllText(copy.File(Claims.FileName), "claim_id,section,quote,quantity,reported_n,reported_percent\nY1,S,q,code:EO3,42,42\n");

        var (exitCode, output, _) = Run("audit", "--data", copy.Path, "--format", "csv");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Y1,code:EO3,42,42,25,41.6667,mismatch,", output.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_BrokenClaimsFile_Exits65WithFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reviewkit-claims-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "claim_id,section,quote,quantity,reported_n,reported_percent\nX1,S,q,code:UC1,55,920\n");
        try
        {
            var (exitCode, output, error) = Run("audit", "--claims", path);

            Assert.Equal(65, exitCode);
            Assert.Equal("", output);
            Assert.Equal(
                $"{path}:2: reported_percent '920' of claim X1 is not a whole number from 0 to 100 (the paper prints whole percentages)\nreviewkit: 1 problem in {path}; nothing was changed.\n",
                error.ReplaceLineEndings("\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Audit_BrokenData_Exits65()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA01,XX1\n");

        var (exitCode, _, error) = Run("audit", "--data", copy.Path);

        Assert.Equal(65, exitCode);
        Assert.Contains("unknown code 'XX1'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit", "--format", "xml")]
    [InlineData("audit", "--claims")]
    [InlineData("audit", "extra")]
    public void Audit_UsageError_Exits2(params string[] args)
    {
        var (exitCode, _, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("reviewkit: ", error, StringComparison.Ordinal);
    }
}
