using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class ContentAnalysisTests
{
    [Fact]
    public void CodeFrequencies_SmallDataset_CountsEachStudyOncePerCodeInCodebookOrder()
    {
        var rows = ContentAnalysis.CodeFrequencies(TestData.Small());

        Assert.Equal(["LC1:2:50", "LO1:3:75", "EO1:1:25", "GC1:0:0"], rows.Select(r => $"{r.Code.Id}:{r.N}:{r.Percent}"));
        Assert.All(rows, r => Assert.Equal(4, r.Studies));
    }

    [Fact]
    public void CodeFrequencies_EmptyCodings_AreAllZero()
    {
        var dataset = ReviewDataset.Parse(TestData.Codebook, "study_id,authors,year\nS1,A,2020\n", "study_id,code\nS1,LC1\n");

        var rows = ContentAnalysis.CodeFrequencies(dataset);

        Assert.Equal([1, 0, 0, 0], rows.Select(r => r.N));
        Assert.Equal(100, rows[0].Percent);
    }

    [Theory]
    [InlineData(0, 60, 0)]
    [InlineData(1, 60, 2)]    // 1.67 rounds up
    [InlineData(9, 60, 15)]
    [InlineData(55, 60, 92)]  // 91.67, the paper's UC1
    [InlineData(1, 8, 13)]    // 12.5: half away from zero, not to even
    [InlineData(60, 60, 100)]
    public void RoundedPercent_RoundsHalfAwayFromZero(int n, int studies, int expected)
    {
        var code = new Code("X1", Stakeholder.Learners, Polarity.Challenge, "x");

        Assert.Equal(expected, new CodeFrequency(code, n, studies).RoundedPercent);
    }

    [Fact]
    public void SummaryTable_OrdersByFrequencyAndKeepsOneStakeholderAndPolarity()
    {
        var rows = ContentAnalysis.SummaryTable(TestData.Small(), Stakeholder.Learners, Polarity.Opportunity);

        Assert.Equal(["LO1"], rows.Select(r => r.Code.Id));
    }

    [Fact]
    public void StudiesPerYear_FillsYearsWithoutStudiesWithZero()
    {
        var years = ContentAnalysis.StudiesPerYear(TestData.Small());

        Assert.Equal([new YearCount(2019, 1), new YearCount(2020, 0), new YearCount(2021, 2), new YearCount(2022, 1)], years);
    }

    [Fact]
    public void StudiesPerYear_AStudyDecadesBeforeTheRest_TheEmptyYearsBetweenLeftOut()
    {
        // Hand-worked: 1878, then 2009 (a run of 130 empty years, left out), 2010–2019 empty (10 years, listed), 2020.
        var dataset = ReviewDataset.Parse(TestData.Codebook, "study_id,authors,year\nS1,Early,1878\nS2,Later,2009\nS3,Last,2020\n",
            "study_id,code\nS1,LO1\nS2,LO1\nS3,EO1\n");

        var years = ContentAnalysis.StudiesPerYear(dataset);
        var byStakeholder = PublicationTrend.ByStakeholder(dataset).Where(count => count.StudiesCoding > 0).Select(count => $"{count.Year} {count.Stakeholder}");

        Assert.Equal([1878, .. Enumerable.Range(2009, 12)], years.Select(year => year.Year));
        Assert.Equal([1, 1, .. Enumerable.Repeat(0, 10), 1], years.Select(year => year.Published));
        Assert.Equal(["1878 Learners", "2009 Learners", "2020 Employers"], byStakeholder);
    }

    [Fact]
    public void StakeholderShares_SmallDataset_DividesAssignmentsByAllAssignments()
    {
        var shares = ContentAnalysis.StakeholderShares(TestData.Small());

        Assert.Equal(
        [
            new StakeholderShare(Stakeholder.Learners, 5, 6, 3, 4),
            new StakeholderShare(Stakeholder.Employers, 1, 6, 1, 4),
            new StakeholderShare(Stakeholder.HigherEducation, 0, 6, 0, 4),
            new StakeholderShare(Stakeholder.Government, 0, 6, 0, 4),
        ], shares);
        Assert.Equal(100.0 * 5 / 6, shares[0].Percent, precision: 10);
    }

    [Fact]
    public void StudyProfiles_ListCodesInCodebookOrderPerStudy()
    {
        var profiles = ContentAnalysis.StudyProfiles(TestData.Small());

        Assert.Equal("LC1 LO1", profiles[1].CodesFor(Stakeholder.Learners)); // S2 lists LO1 before LC1 in the file
        Assert.Equal(2, profiles[1].CountFor(Stakeholder.Learners));
        Assert.Equal("", profiles[3].CodesFor(Stakeholder.Learners));
        Assert.Equal("EO1", profiles[3].CodesFor(Stakeholder.Employers));
    }

    [Fact]
    public void PaperTables_CoverEveryStakeholderAndPolarityOnce()
    {
        var pairs = ContentAnalysis.PaperTables.Select(t => (t.Stakeholder, t.Polarity)).Distinct().Count();

        Assert.Equal(8, pairs);
        Assert.Equal(Enumerable.Range(1, 8), ContentAnalysis.PaperTables.Select(t => t.Number));
    }
}
