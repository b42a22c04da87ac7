using ReviewKit.Audit;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>
/// Five studies coded by hand: S1 LC1 LO1; S2 LC1 LO1; S3 LO1 EO1; S4 LO1; S5 EO1 GC1.
/// Frequencies: LC1 2 of 5 (40%), LO1 4 (80%), EO1 2 (40%), GC1 1 (20%).
/// </summary>
public class CodingDiagnosticsTests
{
    private static readonly ReviewDataset Five = ReviewDataset.Parse(
        TestData.Codebook,
        "study_id,authors,year\nS1,A,2020\nS2,B,2020\nS3,C,2021\nS4,D,2021\nS5,E,2022\n",
        "study_id,code\nS1,LC1\nS1,LO1\nS2,LC1\nS2,LO1\nS3,LO1\nS3,EO1\nS4,LO1\nS5,EO1\nS5,GC1\n");

    private static IEnumerable<string> Describe(IEnumerable<ProfileGroup> groups) =>
        groups.Select(group => $"{string.Join(" ", group.Studies.Select(study => study.Id))}: {string.Join(" ", group.Codes)}");

    [Fact]
    public void IdenticalProfiles_AllCodes_GroupsStudiesWithTheSameCodes()
    {
        var groups = CodingDiagnostics.IdenticalProfiles(Five);

        Assert.Equal(["S1 S2: LC1 LO1"], Describe(groups));
        Assert.Null(groups[0].Stakeholder);
    }

    [Fact]
    public void IdenticalProfiles_OneStakeholder_ComparesOnlyItsCodesLargestGroupFirst()
    {
        Assert.Equal(["S1 S2: LC1 LO1", "S3 S4: LO1"], Describe(CodingDiagnostics.IdenticalProfiles(Five, Stakeholder.Learners)));
        // Studies with no employer code share an empty profile, and it is reported: having none is a profile too.
        Assert.Equal(["S1 S2 S4: ", "S3 S5: EO1"], Describe(CodingDiagnostics.IdenticalProfiles(Five, Stakeholder.Employers)));
    }

    [Theory]
    [InlineData(0, "S1-S2:")]
    [InlineData(1, "S1-S2:|S1-S4:LC1|S2-S4:LC1|S3-S4:EO1")]
    [InlineData(2, "S1-S2:|S1-S3:LC1 EO1|S1-S4:LC1|S2-S3:LC1 EO1|S2-S4:LC1|S3-S4:EO1|S3-S5:LO1 GC1")]
    public void SimilarPairs_UpToMaxDifferences_ListsEachPairInStudyOrderWithItsDifferences(int maxDifferences, string expected)
    {
        var pairs = CodingDiagnostics.SimilarPairs(Five, maxDifferences)
            .Select(pair => $"{pair.First.Id}-{pair.Second.Id}:{string.Join(" ", pair.Differences)}");

        Assert.Equal(expected.Split('|'), pairs);
    }

    [Fact]
    public void SimilarPairs_NegativeMaximum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CodingDiagnostics.SimilarPairs(Five, -1));
    }

    [Fact]
    public void Duplication_ComparesObservedPairsWithIndependentCoding()
    {
        var rows = CodingDiagnostics.Duplication(Five);

        Assert.Equal([null, Stakeholder.Learners, Stakeholder.Employers, Stakeholder.HigherEducation, Stakeholder.Government], rows.Select(row => row.Stakeholder));
        // All codes: per code p² + (1 − p)² = 0.52 (LC1), 0.68 (LO1), 0.52 (EO1), 0.68 (GC1); 10 pairs · 0.1250 = 1.2503.
        var all = rows[0];
        Assert.Equal((4, 1, 2, 1), (all.Codes, all.Groups, all.StudiesInGroups, all.IdenticalPairs));
        Assert.Equal(1.2503, all.ExpectedPairs, precision: 4);
        // Learners: 0.52 · 0.68 · 10 = 3.536; observed S1-S2 and S3-S4.
        Assert.Equal((2, 2, 4, 2), (rows[1].Codes, rows[1].Groups, rows[1].StudiesInGroups, rows[1].IdenticalPairs));
        Assert.Equal(3.536, rows[1].ExpectedPairs, precision: 3);
        // No institution codes: every study has the same (empty) profile, by chance as well.
        Assert.Equal((0, 1, 5, 10, 10.0), (rows[3].Codes, rows[3].Groups, rows[3].StudiesInGroups, rows[3].IdenticalPairs, rows[3].ExpectedPairs));
    }

    [Theory]
    [InlineData(10, 90, "")]
    [InlineData(20, 80, "LO1 GC1")]
    [InlineData(40, 100, "LC1 EO1 GC1")]
    public void ExtremeCodes_AtOrBeyondTheThresholds_InCodebookOrder(double rare, double common, string expected)
    {
        var codes = CodingDiagnostics.ExtremeCodes(Five, rare, common).Select(row => row.Code.Id);

        Assert.Equal(expected, string.Join(" ", codes));
    }
}
