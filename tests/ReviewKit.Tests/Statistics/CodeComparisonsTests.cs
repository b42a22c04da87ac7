using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Statistics;

namespace ReviewKit.Tests;

public class CodeComparisonsTests
{
    private static readonly ReviewDataset Paper = ReviewDataset.Paper;

    [Fact]
    public void Compare_PaperTable6_RanksTheCodesAndTellsUC1ApartOnly()
    {
        var table6 = CodeComparisons.Compare(Paper, ContentAnalysis.PaperTables[5]);

        Assert.Equal(["UC1 55", "UC2 14", "UC3 9"], table6.Ranked.Select(row => $"{row.Code.Id} {row.N}"));
        Assert.Equal(["UC1-UC2", "UC2-UC3"], table6.Pairs.Select(pair => $"{pair.First.Code.Id}-{pair.Second.Code.Id}"));
        // UC2 against UC3: b = 13, c = 8, exact p = 0.38331 (see McNemarTests); Holm: the larger of two p-values keeps its value.
        Assert.Equal(0.38331, table6.Pairs[1].P, 5);
        Assert.Equal(table6.Pairs[1].P, table6.Pairs[1].AdjustedP, 12);
        // UC1 against UC2: one study carries UC2 without UC1, so b = 55 − 14 + 1 = 42, c = 1 and p = 2 · (1 + 43) / 2⁴³; doubled by Holm.
        Assert.Single(Paper.StudiesWith("UC2").Except(Paper.StudiesWith("UC1")));
        Assert.Equal((42, 1), (table6.Pairs[0].OnlyFirst, table6.Pairs[0].OnlySecond));
        Assert.Equal(1.0, table6.Pairs[0].P / (2 * 44 / Math.Pow(2, 43)), 9);
        Assert.Equal(2 * table6.Pairs[0].P, table6.Pairs[0].AdjustedP, 15);
        Assert.Equal("UC1 > UC2 ≈ UC3", table6.Describe());
    }

    [Fact]
    public void Compare_PaperTable4_EveryStepOfTheRankingHolds()
    {
        var table4 = CodeComparisons.Compare(Paper, ["EC3", "EC1", "EC2"]);

        Assert.Equal(["EC1", "EC2", "EC3"], table4.Ranked.Select(row => row.Code.Id));
        // EC2 (23) against EC3 (13): b = 15, c = 5, exact p = 2 · 21,700 / 2²⁰ = 0.041389; Holm keeps the larger p as it is.
        var ec2Ec3 = table4.Pairs[1];
        Assert.Equal((15, 5), (ec2Ec3.OnlyFirst, ec2Ec3.OnlySecond));
        Assert.Equal(0.041389, ec2Ec3.AdjustedP, 6);
        Assert.True(ec2Ec3.Differs());
        Assert.False(ec2Ec3.Differs(0.01));
        Assert.Equal("EC1 > EC2 > EC3", table4.Describe());
        Assert.Equal("EC2 (23 of 60) vs EC3 (13 of 60): b = 15, c = 5, McNemar exact p = 0.0414, Holm-adjusted p = 0.0414", ec2Ec3.ToString());
    }

    [Fact]
    public void Compare_AllPairs_TestsEveryPairAndAdjustsOverAll()
    {
        var table6 = CodeComparisons.Compare(Paper, ContentAnalysis.PaperTables[5], PairsCompared.All);

        Assert.Equal(["UC1-UC2", "UC1-UC3", "UC2-UC3"], table6.Pairs.Select(pair => $"{pair.First.Code.Id}-{pair.Second.Code.Id}"));
        Assert.Equal(Holm.Adjust(table6.Pairs.Select(pair => pair.P).ToList()), table6.Pairs.Select(pair => pair.AdjustedP));
        Assert.Equal("UC1 > UC2 ≈ UC3", table6.Describe());
    }

    [Fact]
    public void Compare_DiscordantCounts_MatchTheCodings()
    {
        var table1 = CodeComparisons.Compare(Paper, ContentAnalysis.PaperTables[0]);

        Assert.All(table1.Pairs, pair =>
        {
            var first = Paper.StudiesWith(pair.First.Code.Id).ToHashSet();
            var second = Paper.StudiesWith(pair.Second.Code.Id).ToHashSet();
            Assert.Equal((first.Except(second).Count(), second.Except(first).Count()), (pair.OnlyFirst, pair.OnlySecond));
            Assert.Equal(pair.First.N - pair.Second.N, pair.OnlyFirst - pair.OnlySecond);
        });
        Assert.Equal(5, table1.Overall.DegreesOfFreedom);
    }

    [Fact]
    public void Compare_TiesKeepCodebookOrder()
    {
        // Appendix 1: GO5 and GO6 both 8 studies.
        var table7 = CodeComparisons.Compare(Paper, ["GO6", "GO5"]);

        Assert.Equal(["GO5", "GO6"], table7.Ranked.Select(row => row.Code.Id));
    }

    [Fact]
    public void Compare_OneCodeOrARepeatedCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => CodeComparisons.Compare(Paper, ["UC1"]));
        Assert.Throws<ArgumentException>(() => CodeComparisons.Compare(Paper, ["UC1", "UC1"]));
    }
}
