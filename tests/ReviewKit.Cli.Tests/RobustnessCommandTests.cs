using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

public class RobustnessCommandTests
{
    private static readonly Lazy<(int ExitCode, string Out, string Error)> Small =
        new(() => CliRun.Invoke("robustness", "--samples", "3", "--seed", "7", "--format", "csv"));

    [Fact]
    public void Csv_HasTheHeader_AndOneRowPerFinding()
    {
        var (exitCode, output, error) = Small.Value;

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("notebook,finding,holds,value,fragility,fragility_exact,holds_alpha_0.667,holds_alpha_0.8,holds_alpha_0.9,holds_bootstrap", lines[0]);
        Assert.Equal(1 + ReviewKit.Robustness.NotebookFindings.All.Count, lines.Length);
        Assert.StartsWith("00-overview,size,true,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// From data/codings.csv: UO6 18 studies against UO8 9 ⇒ 18 − 9 = 9 flips; LO1 38 against LO4 30 ⇒ 8 flips; JA36 speaks for
    /// three stakeholders with a single employer code ⇒ 1 flip leaves it two.
    /// </summary>
    [Theory]
    [InlineData("03-coding-and-counting,uo6-above-uo8,true,", ",9,true,")]
    [InlineData("03-coding-and-counting,lo1-above-lo4,true,", ",8,true,")]
    [InlineData("06-reproducibility-audit,three-stakeholders,true,", ",1,true,")]
    public void Csv_HandWorkedFragilities(string start, string fragility)
    {
        var row = Small.Value.Out.Split('\n').Single(line => line.StartsWith(start, StringComparison.Ordinal));

        Assert.Contains(fragility, row, StringComparison.Ordinal);
    }

    [Fact]
    public void SameSeed_SameOutput_OtherAlphas_OtherColumns()
    {
        var again = CliRun.Invoke("robustness", "--samples", "3", "--seed", "7", "--format", "csv");
        var otherAlphas = CliRun.Invoke("robustness", "--samples", "2", "--alpha", "0.7", "--alpha", "0.95", "--format", "csv");

        Assert.Equal(Small.Value.Out, again.Out);
        Assert.StartsWith(
            "notebook,finding,holds,value,fragility,fragility_exact,holds_alpha_0.7,holds_alpha_0.95,holds_bootstrap\n",
            otherAlphas.Out,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--samples", "0")]
    [InlineData("--samples", "100001")]
    [InlineData("--samples", "many")]
    [InlineData("--alpha", "1.5")]
    [InlineData("--alpha", "0,8")]
    [InlineData("--alpha", "0.8", "--alpha", "0.8")]
    [InlineData("--alpha", "0.1")]
    public void BadSamplesOrAlpha_Exits2(params string[] args)
    {
        var (exitCode, output, error) = CliRun.Invoke(["robustness", .. args]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("reviewkit: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDataFolder_Exits65()
    {
        var (exitCode, _, error) = CliRun.Invoke("robustness", "--samples", "1", "--data", Path.Combine(TestData.DataFolder, "no-such-folder"));

        Assert.Equal(65, exitCode);
        Assert.Contains("data folder not found", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A dataset of its own with codes LO1 and EC1 only: the sentences about LO4, UO6 or JA36 cannot be computed there, so
    /// they do not hold and have no fragility, and the command still writes a row for every finding.
    /// </summary>
    [Fact]
    public void DatasetWithoutTheCodesAFindingNames_EveryRowWritten_ThoseFindingsWithoutFragility()
    {
        using var small = new TestData.TempFolder()
            .Write("codebook.csv", "code,stakeholder,polarity,label\nLO1,Learners,Opportunity,Motivation\nEC1,Employers,Challenge,Trust\n")
            .Write("studies.csv", "study_id,authors,year\nS1,Smith,2019\nS2,Jones,2020\nS3,Lee,2021\n")
            .Write("codings.csv", "study_id,code\nS1,LO1\nS2,LO1\nS2,EC1\nS3,EC1\n");

        var (exitCode, output, error) = CliRun.Invoke("robustness", "--data", small.Path, "--samples", "1", "--alpha", "0.9", "--format", "csv");

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Equal(1 + ReviewKit.Robustness.NotebookFindings.All.Count, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var row = output.Split('\n').Single(line => line.StartsWith("03-coding-and-counting,lo1-above-lo4,", StringComparison.Ordinal));
        Assert.StartsWith("03-coding-and-counting,lo1-above-lo4,false,cannot be computed on these data: ", row, StringComparison.Ordinal);
        Assert.EndsWith(",,,0.000,0.000", row, StringComparison.Ordinal);
    }
}
