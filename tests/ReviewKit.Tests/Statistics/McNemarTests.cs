using ReviewKit.Data;
using ReviewKit.Statistics;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class McNemarTests
{
    [Fact]
    public void Exact_FagerlandLydersenLaake2013_GivesTheirExactConditionalP()
    {
        // Fagerland, Lydersen & Laake (2013), BMC Med Res Methodol 13:91: airway hyper-responsiveness, b = 1, c = 7,
        // exact conditional p = 0.070. By hand: 2 · P(X ≤ 1), X ~ Bin(8, ½) = 2 · (1 + 8) / 256 = 0.0703125.
        var test = McNemar.Exact(1, 7);

        Assert.Equal(0.0703125, test.P, 12);
        Assert.Equal(8, test.Discordant);
    }

    [Theory]
    // b = c: the smaller tail holds more than half, so p is capped at 1.
    [InlineData(0, 0, 1.0)]
    [InlineData(3, 3, 1.0)]
    [InlineData(1, 0, 1.0)]
    // 2 · (1 + 5) / 32 = 0.375; 2 · 1 / 64 = 0.03125; 2 · (1 + 20 + 190 + 1140 + 4845 + 15504) / 2²⁰ = 0.0413894…
    [InlineData(1, 4, 0.375)]
    [InlineData(6, 0, 0.03125)]
    [InlineData(15, 5, 0.04138946533203125)]
    public void Exact_HandWorkedCounts_GiveTheBinomialTail(int onlyFirst, int onlySecond, double expected)
    {
        Assert.Equal(expected, McNemar.Exact(onlyFirst, onlySecond).P, 12);
        Assert.Equal(McNemar.Exact(onlySecond, onlyFirst).P, McNemar.Exact(onlyFirst, onlySecond).P, 15);
    }

    [Fact]
    public void Exact_ManyDiscordantPairs_NeitherOverflowsNorUnderflows()
    {
        // b + c = 10,100: C(10100, i) and 2⁻¹⁰¹⁰⁰ lie far outside double, yet p is close to the continuity-corrected normal
        // approximation 2 · (1 − Φ((|b − c| − 1) / √(b + c))) = 2 · (1 − Φ(99 / 100.4988)) = 0.32458.
        Assert.Equal(0.32458, McNemar.Exact(5000, 5100).P, 4);
        // b = 0, c = 1000: p = 2 · 2⁻¹⁰⁰⁰ = 2⁻⁹⁹⁹, still a double.
        Assert.Equal(1.0, McNemar.Exact(0, 1000).P / Math.Pow(2, -999), 9);
    }

    [Fact]
    public void Exact_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => McNemar.Exact(-1, 3));
    }

    [Fact]
    public void Exact_TwoCodesOfTheSmallDataset_CountsTheStudiesCarryingOneOnly()
    {
        // TestData.Small: LC1 in S1, S2; LO1 in S1, S2, S3 ⇒ b = 0, c = 1 (S3), p = 1.
        var test = McNemar.Exact(TestData.Small(), "LC1", "LO1");

        Assert.Equal(("LC1", "LO1", 0, 1, 1.0), (test.First, test.Second, test.OnlyFirst, test.OnlySecond, test.P));
    }

    [Fact]
    public void Exact_PaperTable6_UC2AgainstUC3_IsNotADifference()
    {
        var paper = ReviewDataset.Paper;
        var uc2 = paper.StudiesWith("UC2").ToHashSet();
        var uc3 = paper.StudiesWith("UC3").ToHashSet();

        var test = McNemar.Exact(paper, "UC2", "UC3");

        Assert.Equal((uc2.Except(uc3).Count(), uc3.Except(uc2).Count()), (test.OnlyFirst, test.OnlySecond));
        Assert.Equal(14 - 9, test.OnlyFirst - test.OnlySecond); // Appendix 1: UC2 14 studies, UC3 9
        // b = 13, c = 8: 2 · Σᵢ₌₀⁸ C(21, i) / 2²¹ = 2 · 401,930 / 2,097,152 = 0.38331.
        Assert.Equal((13, 8), (test.OnlyFirst, test.OnlySecond));
        Assert.Equal(0.38331, test.P, 5);
    }

    [Fact]
    public void Exact_UnknownCode_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => McNemar.Exact(ReviewDataset.Paper, "UC1", "XX9"));
    }
}
