using ReviewKit.Data;
using ReviewKit.Robustness;

namespace ReviewKit.Tests;

public class RobustnessAnalysisTests
{
    private static readonly IReadOnlyList<NotebookFinding> Some =
        NotebookFindings.All.Where(row => row.Finding.Id is "uo6-above-uo8" or "gc1-of-60" or "trend-shape" or "claim-kinds").ToList();

    [Fact]
    public void Run_SameSeed_SameShares()
    {
        var options = new RobustnessOptions { Samples = 40, Seed = 9, SearchFragility = false };

        var first = RobustnessAnalysis.Run(ReviewInputs.Paper, Some, options);
        var second = RobustnessAnalysis.Run(ReviewInputs.Paper, Some, options);

        Assert.Equal(first.Select(Shares), second.Select(Shares));
    }

    [Fact]
    public void Run_Paper_SharesBehaveAsTheSentencesPredict()
    {
        var rows = RobustnessAnalysis.Run(ReviewInputs.Paper, Some, new RobustnessOptions { Samples = 60, SearchFragility = false })
            .ToDictionary(row => row.Finding.Finding.Id);

        // A sentence about the paper's text holds on every replicate; one about an exact count of a code fails on most;
        // one about the years of the studies is untouched by recoding and broken by resampling the studies.
        Assert.All(rows["claim-kinds"].UnderRecoding.Append(rows["claim-kinds"].UnderBootstrap), share => Assert.Equal(1.0, share.Share));
        Assert.All(rows["gc1-of-60"].UnderRecoding, share => Assert.True(share.Share < 0.5));
        Assert.All(rows["trend-shape"].UnderRecoding, share => Assert.Equal(1.0, share.Share));
        Assert.True(rows["trend-shape"].UnderBootstrap.Share < 0.5);
        Assert.Equal(3, rows["uo6-above-uo8"].UnderRecoding.Count);
        Assert.All(rows.Values, row => Assert.True(row.Result.Holds));
    }

    [Fact]
    public void Run_NoSamples_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RobustnessAnalysis.Run(ReviewInputs.Paper, Some, new RobustnessOptions { Samples = 0 }));
    }

    private static string Shares(FindingRobustness row) =>
        string.Join(" ", row.UnderRecoding.Append(row.UnderBootstrap).Select(share => share.Held));
}
