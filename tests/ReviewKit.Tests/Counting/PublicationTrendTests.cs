using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class PublicationTrendTests
{
    [Theory]
    [InlineData(2021, 2022, 3)]
    [InlineData(2019, 2019, 1)]
    [InlineData(2023, 2030, 0)]
    public void Share_SmallDataset_CountsStudiesInTheSpanInclusive(int from, int to, int expected)
    {
        var share = PublicationTrend.Share(TestData.Small(), from, to);

        Assert.Equal(expected, share.InSpan);
        Assert.Equal(100.0 * expected / 4, share.Percent, precision: 10);
    }

    [Fact]
    public void ShareOfLastYears_Paper_Is44Of60NotThe71PercentTheTextStates()
    {
        var share = PublicationTrend.ShareOfLastYears(ReviewDataset.Paper, 3);

        Assert.Equal((2020, 2022, 44, 60), (share.FromYear, share.ToYear, share.InSpan, share.Studies));
        Assert.Equal(73.33, share.Percent, precision: 2);
    }

    [Fact]
    public void ByStakeholder_SmallDataset_CountsStudiesCodingEachStakeholderPerYear()
    {
        var counts = PublicationTrend.ByStakeholder(TestData.Small())
            .Where(count => count.StudiesCoding > 0)
            .Select(count => $"{count.Year} {count.Stakeholder} {count.StudiesCoding}");

        Assert.Equal(["2019 Learners 1", "2021 Learners 2", "2022 Employers 1"], counts);
    }
}
