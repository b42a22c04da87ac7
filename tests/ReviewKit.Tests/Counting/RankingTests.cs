using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Tests;

public class RankingTests
{
    private static CodeFrequency Row(string id, int n, int studies = 60) => new(new Code(id, Stakeholder.Learners, Polarity.Opportunity, id), n, studies);

    [Fact]
    public void RankRanges_Table6_PutsUC1FirstButCannotOrderUC2AndUC3()
    {
        var table6 = ContentAnalysis.SummaryTable(ReviewDataset.Paper, Stakeholder.HigherEducation, Polarity.Challenge);

        var ranges = Ranking.RankRanges(table6);

        Assert.Equal(["UC1 1 1", "UC2 2–3 2", "UC3 2–3 3"], ranges.Select(r => $"{r.Row.Code.Id} {r.Places} {r.Rank}"));
        Assert.True(ranges[0].IsFirm);
        Assert.False(ranges[1].IsFirm);
    }

    [Fact]
    public void Describe_Table6_JoinsCodesTheDataCannotOrder()
    {
        var table6 = ContentAnalysis.SummaryTable(ReviewDataset.Paper, Stakeholder.HigherEducation, Polarity.Challenge);

        Assert.Equal("UC1 > UC2 ≈ UC3", Ranking.Describe(table6));
    }

    [Fact]
    public void RankRanges_Empty_IsEmpty()
    {
        Assert.Empty(Ranking.RankRanges([]));
        Assert.Equal("", Ranking.Describe([]));
    }

    [Fact]
    public void RankRanges_OneCode_IsFirmAtOne()
    {
        Assert.Equal("1", Ranking.RankRanges([Row("X1", 5)])[0].Places);
    }

    [Fact]
    public void RankRanges_EqualCounts_ShareTheirPlaces()
    {
        var ranges = Ranking.RankRanges([Row("X1", 20), Row("X2", 20)]);

        Assert.Equal(["1–2", "1–2"], ranges.Select(r => r.Places));
    }

    [Fact]
    public void RankRanges_AChain_LetsTheMiddleCodeSwapWithBothNeighbours()
    {
        // 50, 40 and 30 of 60: neighbours overlap, but 50 and 30 do not ([0.72, 0.91] against [0.38, 0.62]).
        var rows = new[] { Row("X1", 50), Row("X2", 40), Row("X3", 30) };

        Assert.True(Ranking.CanTellApart(rows[0], rows[2]));
        Assert.False(Ranking.CanTellApart(rows[0], rows[1]));
        Assert.Equal(["1–2", "1–3", "2–3"], Ranking.RankRanges(rows).Select(r => r.Places));
        Assert.Equal("X1 ≈ X2 ≈ X3", Ranking.Describe(rows));
    }
}
