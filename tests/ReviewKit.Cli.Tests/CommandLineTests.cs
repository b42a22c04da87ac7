using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

public class CommandLineTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args) => CliRun.Invoke(args);

    [Fact]
    public void Count_CsvOnThePaper_GivesOneRowPerCode()
    {
        var (exitCode, output, error) = Run("count", "--format", "csv");

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,stakeholder,polarity,label,n,percent", lines[0]);
        Assert.Equal(37, lines.Length);
        Assert.Equal("LC1,Learners,Challenge,Attainment of Knowledge,26,43.3333", lines[1]);
    }

    [Fact]
    public void Count_DataFolder_GivesTheSameAsTheEmbeddedDataset()
    {
        Assert.Equal(Run("count", "--format", "csv").Out, Run("count", "--format", "csv", "--data", TestData.DataFolder).Out);
    }

    [Theory]
    [InlineData("md", "| code | stakeholder | polarity | label | n | percent |")]
    [InlineData("table", "Frequency of every code across 60 studies")]
    public void Count_OtherFormats_ShowTheTable(string format, string expected)
    {
        var (exitCode, output, _) = Run("count", "--format", format);

        Assert.Equal(0, exitCode);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PaperData_ExitsZero()
    {
        var (exitCode, output, _) = Run("validate", "--data", TestData.DataFolder);

        Assert.Equal(0, exitCode);
        Assert.Contains("valid (36 codes, 60 studies, 865 codings)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenCopy_Exits65ListingEveryProblemOnStderr()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA01,LO1\nJA99,LO1\n");

        var (exitCode, output, error) = Run("validate", "--data", copy.Path);

        Assert.Equal(65, exitCode);
        Assert.Equal("", output);
        var codings = copy.File(ReviewDataset.CodingsFile);
        Assert.Equal(
            $"{codings}:867: study JA01 is coded LO1 twice (first on line 2); a study counts once per code\n"
            + $"{codings}:868: unknown study 'JA99'; every study_id must be listed in studies.csv\n"
            + $"reviewkit: 2 problems in {copy.Path}; nothing was changed.\n",
            error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Count_BrokenData_Exits65()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA01,XX1\n");

        Assert.Equal(65, Run("count", "--data", copy.Path).ExitCode);
    }

    private static readonly string[] TeachingCoders =
    [
        "--coder", Path.Combine(TestData.DataFolder, ReviewDataset.CodingsFile),
        "--coder", Path.Combine(TestData.DataFolder, "examples", "intercoder", "coder-b.csv"),
        "--coder", Path.Combine(TestData.DataFolder, "examples", "intercoder", "coder-c.csv"),
    ];

    [Fact]
    public void Agreement_TeachingFilesAsCsv_GivesOneRowPerCodeAndThePooledRow()
    {
        var (exitCode, output, error) = Run(["agreement", .. TeachingCoders, "--format", "csv"]);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code,units,percent_agreement,cohen_kappa,pabak,fleiss_kappa,alpha,alpha_low,alpha_high", lines[0]);
        Assert.Equal(38, lines.Length);
        Assert.Equal(ReviewDataset.Paper.Codebook.Select(code => code.Id).Append("ALL"), lines.Skip(1).Select(line => line.Split(',')[0]));
        var pooled = lines[^1].Split(',');
        Assert.Equal(("648", ""), (pooled[1], pooled[3])); // 18 studies × 36 codes; no Cohen's kappa for three coders
        Assert.All(pooled.Where((_, i) => i != 3), cell => Assert.NotEqual("", cell));
    }

    [Fact]
    public void Agreement_TwoCoders_GivesCohenNotFleiss()
    {
        var (exitCode, output, _) = Run(["agreement", .. TeachingCoders[..4], "--format", "csv"]);

        var pooled = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Split(',');
        Assert.Equal(0, exitCode);
        Assert.NotEqual("", pooled[3]);
        Assert.Equal("", pooled[5]);
    }

    [Fact]
    public void Agreement_SameSeed_GivesTheSameOutputAndTableFormatShowsTheTitle()
    {
        Assert.Equal(Run(["agreement", .. TeachingCoders, "--seed", "5"]).Out, Run(["agreement", .. TeachingCoders, "--seed", "5"]).Out);
        Assert.Contains("Agreement between coders", Run(["agreement", .. TeachingCoders]).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement_BadCoderFile_Exits65WithFileAndLine()
    {
        using var copy = new TestData.DataCopy();
        File.WriteAllText(copy.File("b.csv"), "study_id,code\nJA01,LO1\nJA01,XX9\n");

        var (exitCode, output, error) = Run("agreement", "--coder", copy.File(ReviewDataset.CodingsFile), "--coder", copy.File("b.csv"), "--format", "csv");

        Assert.Equal(65, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith($"{copy.File("b.csv")}:3: unknown code 'XX9'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("agreement")]
    [InlineData("agreement", "--coder", "a.csv")]
    [InlineData("agreement", "--coder", "a.csv", "--coder", "b.csv", "--samples", "0")]
    public void Agreement_FewerThanTwoCodersOrNoSamples_Exits2(params string[] args)
    {
        var (exitCode, _, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("reviewkit: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("count", "--format", "xml")]
    [InlineData("count", "--data")]
    public void UsageError_Exits2WithAMessage(params string[] args)
    {
        var (exitCode, _, error) = Run(args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("reviewkit: ", error, StringComparison.Ordinal);
    }
}
