using System.Globalization;
using CsvHelper;
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
    public void Count_Csv_EveryCodeAndStakeholderJoinsWithTheCodebook()
    {
        var codebook = new Dictionary<string, string>();
        using (var reader = new CsvReader(new StreamReader(Path.Combine(TestData.DataFolder, "codebook.csv")), CultureInfo.InvariantCulture))
        {
            reader.Read();
            reader.ReadHeader();
            while (reader.Read())
            {
                codebook.Add(reader.GetField("code")!, reader.GetField("stakeholder")!);
            }
        }

        var rows = Run("count", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')).ToList();

        Assert.Equal(36, rows.Count);
        Assert.All(rows, row => Assert.Equal(codebook[row[0]], row[1]));
        Assert.Contains(rows, row => row[1] == "HigherEducation");
    }

    [Theory]
    [InlineData("md")]
    [InlineData("table")]
    public void Count_TableFormats_KeepTheReadableStakeholderNames(string format)
    {
        var output = Run("count", "--format", format).Out;

        Assert.Contains("Higher-education institutions", output, StringComparison.Ordinal);
        Assert.DoesNotContain("HigherEducation", output, StringComparison.Ordinal);
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
        Assert.Equal("code,units,percent_agreement,cohen_kappa,pabak,fleiss_kappa,alpha,alpha_low,alpha_high,note,gwet_ac1", lines[0]);
        Assert.Equal(38, lines.Length);
        Assert.Equal(ReviewDataset.Paper.Codebook.Select(code => code.Id).Append("ALL"), lines.Skip(1).Select(line => line.Split(',')[0]));
        var pooled = lines[^1].Split(',');
        Assert.Equal(("648", ""), (pooled[1], pooled[3])); // 18 studies × 36 codes; no Cohen's kappa for three coders
        Assert.All(pooled.Where((_, i) => i is not 3 and not 9), cell => Assert.NotEqual("", cell));
        Assert.Equal("", pooled[9]); // the pooled units show both answers often enough: nothing to warn about
    }

    [Fact]
    public void Agreement_SmallCaseAsCsv_EndsWithGwetAc1AsComputedByHand()
    {
        using var folder = new TestData.TempFolder()
            .Write(ReviewDataset.CodebookFile, TestData.Codebook)
            .Write(ReviewDataset.StudiesFile, TestData.Studies)
            .Write(ReviewDataset.CodingsFile, TestData.Codings)
            .Write("b.csv", "study_id,code\nS1,LC1\nS1,LO1\nS2,LC1\nS2,LO1\nS3,\nS4,EO1\nS4,GC1\n");

        var (exitCode, output, error) = Run("agreement", "--data", folder.Path, "--coder", folder.File(ReviewDataset.CodingsFile), "--coder", folder.File("b.csv"), "--format", "csv", "--samples", "50");

        Assert.Equal((0, ""), (exitCode, error));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",note,gwet_ac1", lines[0], StringComparison.Ordinal);
        var lo1 = lines.Single(line => line.StartsWith("LO1,", StringComparison.Ordinal)).Split(',');
        // LO1 on S1–S4: the data's coder 1 1 1 0, B 1 1 0 0. pₒ = 3/4; κ = (3/4 − 1/2) / (1/2) = 0.5; PABAK = 0.5;
        // α = 1 − (8 − 1) · 2 / (2 · 5 · 3) = 0.5333; AC1: π₁ = 5/8, pₑ = 2 · 5/8 · 3/8 = 15/32, (24/32 − 15/32) / (17/32) = 9/17 = 0.5294.
        Assert.Equal(["LO1", "4", "75", "0.5", "0.5", "", "0.5333"], lo1[..7]);
        Assert.Equal("too common: absent in 3 of 8 ratings on 4 units; with fewer than 5 kappa and alpha are unstable", lo1[9]);
        Assert.Equal("0.5294", lo1[^1]);
        Assert.Equal(11, lo1.Length);
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
