using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class DatasetComparisonTests
{
    // Hand-worked: the small dataset (4 studies) plus S5 coded LC1 and GC1 (5 studies).
    // Base n: LC1 2, LO1 3, EO1 1, GC1 0 ⇒ 50%, 75%, 25%, 0%; ranks 2, 1, 3, 4.
    // New n:  LC1 3, LO1 3, EO1 1, GC1 1 ⇒ 60%, 60%, 20%, 20%; ranks 1, 1, 3, 3.
    private static ReviewDataset Updated() => ReviewDataset.Parse(
        TestData.Codebook, TestData.Studies + "\nS5,Novak,2023\n", TestData.Codings + "\nS5,LC1\nS5,GC1\n");

    [Fact]
    public void Compare_OneStudyAdded_GivesHandWorkedCountsPointsAndRanks()
    {
        var rows = DatasetComparison.Compare(TestData.Small(), Updated());

        Assert.Equal(["LC1", "LO1", "EO1", "GC1"], rows.Select(row => row.Code.Id));
        Assert.Equal([2, 3, 1, 0], rows.Select(row => row.BaseN));
        Assert.Equal([3, 3, 1, 1], rows.Select(row => row.NewN));
        Assert.Equal([10.0, -15.0, -5.0, 20.0], rows.Select(row => Math.Round(row.DeltaPoints, 10)));
        Assert.Equal([2, 1, 3, 4], rows.Select(row => row.BaseRank));
        Assert.Equal([1, 1, 3, 3], rows.Select(row => row.NewRank));
        Assert.Equal([1, 0, 0, 1], rows.Select(row => row.RankChange));
    }

    [Fact]
    public void Compare_CodeOnlyInTheNewCodebook_CountsZeroInTheBase()
    {
        // New counts LC1 2, LO1 3, EO1 1, GC1 0, LO7 1: LO7 ties with EO1 behind two codes, rank 3.
        var updated = ReviewDataset.Parse(
            TestData.Codebook + "\nLO7,Learners,Opportunity,Stackable credentials\n", TestData.Studies, TestData.Codings + "\nS4,LO7\n");

        var row = DatasetComparison.Compare(TestData.Small(), updated).Single(row => row.Code.Id == "LO7");

        Assert.Equal((0, 4, 1, 3, 25.0), (row.BaseN, row.BaseRank, row.NewN, row.NewRank, row.DeltaPoints));
    }

    [Theory]
    [InlineData(new int[0], new int[0])]
    [InlineData(new[] { 5 }, new[] { 1 })]
    [InlineData(new[] { 2, 2, 2 }, new[] { 1, 1, 1 })]
    [InlineData(new[] { 3, 1, 3, 0 }, new[] { 1, 3, 1, 4 })]
    [InlineData(new[] { 9, 7, 7, 4 }, new[] { 1, 2, 2, 4 })]
    public void CompetitionRanks_Counts_GiveOneTwoTwoFour(int[] counts, int[] ranks)
    {
        Assert.Equal(ranks, DatasetComparison.CompetitionRanks(counts));
    }

    [Fact]
    public void Comparison_Csv_HasTheContractColumnsAndRoundedPoints()
    {
        var csv = Reports.Comparison(TestData.Small(), Updated()).ToCsv();

        Assert.Equal(
            "code,base_n,base_percent,new_n,new_percent,delta_points,base_rank,new_rank\n"
            + "LC1,2,50,3,60,10,2,1\nLO1,3,75,3,60,-15,1,1\nEO1,1,25,1,20,-5,3,3\nGC1,0,0,1,20,20,4,3\n",
            csv);
    }

    [Fact]
    public void Compare_PaperAndUpdateLayer_MovesGo5MostAndKeepsUc1First()
    {
        var paper = ReviewDataset.Load(TestData.DataFolder);
        var updated = ReviewDataset.Load(TestData.DataFolder, TestData.UpdateLayer);

        var rows = DatasetComparison.Compare(paper, updated);

        var most = rows.MaxBy(row => Math.Abs(row.DeltaPoints))!;
        Assert.Equal(("GO5", 8, 13, 35, 31), (most.Code.Id, most.BaseN, most.NewN, most.BaseRank, most.NewRank));
        Assert.Equal(100.0 * 13 / 65 - 100.0 * 8 / 60, most.DeltaPoints, 10);
        var uc1 = rows.Single(row => row.Code.Id == "UC1");
        Assert.Equal((55, 57, 1, 1), (uc1.BaseN, uc1.NewN, uc1.BaseRank, uc1.NewRank));
        Assert.Equal(24, rows.Count(row => row.RankChange != 0));
    }
}
