using ReviewKit.Data;
using ReviewKit.Stakeholders;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class StakeholderAnalysisTests
{
    [Fact]
    public void PolarityBalances_SmallDataset_SumsAssignmentsPerStakeholderAndPolarity()
    {
        var balances = StakeholderAnalysis.PolarityBalances(TestData.Small());

        Assert.Equal(
        [
            new PolarityBalance(Stakeholder.Learners, 2, 3, 1, 1),
            new PolarityBalance(Stakeholder.Employers, 0, 1, 0, 1),
            new PolarityBalance(Stakeholder.HigherEducation, 0, 0, 0, 0),
            new PolarityBalance(Stakeholder.Government, 0, 0, 1, 0),
        ], balances);
        Assert.Equal(40, balances[0].ChallengePercent);
        Assert.Equal(0, balances[2].ChallengePercent);
    }

    [Fact]
    public void CodePairs_SmallDataset_CountsTheTwoByTwoTableOverStudies()
    {
        // LC1 in S1,S2; LO1 in S1,S2,S3; EO1 in S4; GC1 in none. Four studies.
        var pairs = StakeholderAnalysis.CodePairs(TestData.Small()).ToDictionary(p => $"{p.First.Id}-{p.Second.Id}");

        Assert.Equal(6, pairs.Count);
        var lcLo = pairs["LC1-LO1"];
        Assert.Equal((2, 0, 1, 1), (lcLo.Both, lcLo.FirstOnly, lcLo.SecondOnly, lcLo.Neither));
        Assert.Equal(2.0 / 3, lcLo.Jaccard, precision: 12);
        Assert.Equal(2 / Math.Sqrt(12), lcLo.Phi!.Value, precision: 12); // (2·1 − 0·1) / √(2·2·3·1)
        var loEo = pairs["LO1-EO1"];
        Assert.Equal(0, loEo.Jaccard);
        Assert.Equal(-1, loEo.Phi!.Value, precision: 12); // (0·0 − 3·1) / √(3·1·1·3)
        Assert.Null(pairs["LC1-GC1"].Phi); // GC1 is in no study: an empty margin
        Assert.Equal(0, pairs["EO1-GC1"].Jaccard);
    }

    [Fact]
    public void StakeholderPairs_SmallDataset_CountsStudiesCodingBoth()
    {
        var pairs = StakeholderAnalysis.StakeholderPairs(TestData.Small());

        Assert.Equal(6, pairs.Count);
        Assert.All(pairs, pair => Assert.Equal(0, pair.CodingBoth)); // learners are coded in S1–S3, employers only in S4
    }

    [Fact]
    public void SimilarityOrder_PutsCodesOfTheSameStudiesTogetherAndIsDeterministic()
    {
        const string codebook = "code,stakeholder,polarity,label\nA1,Learners,Challenge,a\nB1,Learners,Challenge,b\nA2,Employers,Challenge,a2\nB2,Employers,Challenge,b2\n";
        const string studies = "study_id,authors,year\nS1,x,2020\nS2,x,2020\nS3,x,2020\nS4,x,2020\n";
        const string codings = "study_id,code\nS1,A1\nS1,A2\nS2,A1\nS2,A2\nS3,B1\nS3,B2\nS4,B1\nS4,B2\n";
        var dataset = ReviewDataset.Parse(codebook, studies, codings);

        var order = StakeholderAnalysis.SimilarityOrder(dataset).Select(code => code.Id).ToList();

        Assert.Equal(["A1", "A2", "B1", "B2"], order);
        Assert.Equal(order, StakeholderAnalysis.SimilarityOrder(dataset).Select(code => code.Id));
    }

    private static readonly string[] StakeholderOrder = ["Learners", "Employers", "HigherEducation", "Government"];

    [Fact]
    public void Paper_StakeholderPairsAndPolarity_MatchCountsOfTheCsvRows()
    {
        var paper = ReviewDataset.Paper;
        var expectedPairs = StakeholderOrder.SelectMany((first, i) => StakeholderOrder.Skip(i + 1).Select(second =>
            $"{first}-{second}:{PaperCsv.StudiesCarryingBoth(code => PaperCsv.Of(first, code), code => PaperCsv.Of(second, code))}"));
        int Assignments(string stakeholder, string polarity) => PaperCsv.Codings.Count(c => PaperCsv.Codebook[c.Code] == (stakeholder, polarity));
        var expectedBalances = StakeholderOrder.Select(stakeholder => $"{Assignments(stakeholder, "Challenge")}/{Assignments(stakeholder, "Opportunity")}");

        var pairs = StakeholderAnalysis.StakeholderPairs(paper).Select(p => $"{p.First}-{p.Second}:{p.CodingBoth}");
        var balances = StakeholderAnalysis.PolarityBalances(paper).Select(b => $"{b.Challenges}/{b.Opportunities}");

        Assert.Equal(expectedPairs, pairs);
        Assert.Equal(expectedBalances, balances);
    }

    /// <summary>The project's reading of the Discussion's three pathways: the partner, and the codes on each side.</summary>
    public static TheoryData<string, string, string[]> PathwayCodes() => new()
    {
        { "Learning pathway", "Learners", ["LO1", "LO5", "LO6", "UO1"] },
        { "Employment pathway", "Employers", ["EO1", "EO2", "EO3", "EO5", "UO3"] },
        { "Qualification framework", "Government", ["GC1", "GC2", "GO1", "GO6", "UC2"] },
    };

    [Theory]
    [MemberData(nameof(PathwayCodes))]
    public void PathwaySupports_Paper_MatchCountsOfTheCsvRows(string name, string partner, string[] codes)
    {
        // A study supports the pathway on a side when it carries one of the pathway's codes of that side.
        var partnerStudies = PaperCsv.StudiesCarrying(code => codes.Contains(code) && PaperCsv.Of(partner, code));
        var institutionStudies = PaperCsv.StudiesCarrying(code => codes.Contains(code) && PaperCsv.Of("HigherEducation", code));
        var bothStudies = PaperCsv.StudiesCarryingBoth(
            code => codes.Contains(code) && PaperCsv.Of(partner, code), code => codes.Contains(code) && PaperCsv.Of("HigherEducation", code));

        var support = StakeholderAnalysis.PathwaySupports(ReviewDataset.Paper).Single(p => p.Pathway.Name == name);

        Assert.Equal(codes, support.Pathway.CodeIds);
        Assert.Equal(partner, support.Pathway.Partner.ToString());
        Assert.Equal((partnerStudies, institutionStudies, bothStudies), (support.PartnerStudies, support.InstitutionStudies, support.BothStudies));
    }

    [Fact]
    public void Pathways_EveryCodeIsInTheCodebookAndBelongsToThePartnerOrTheInstitutions()
    {
        var codebook = ReviewDataset.Paper.Codebook.ToDictionary(code => code.Id);

        foreach (var pathway in StakeholderAnalysis.Pathways)
        {
            Assert.All(pathway.CodeIds, id => Assert.Contains(codebook[id].Stakeholder, new[] { pathway.Partner, Stakeholder.HigherEducation }));
        }
    }

    [Theory]
    // Appendix 1 counts (as in PaperGoldenTests), summed by hand per stakeholder and polarity.
    [InlineData(Stakeholder.Learners, Polarity.Challenge, 3, 60, 20.0, 20.0)]            // 26 + 20 + 14
    [InlineData(Stakeholder.Learners, Polarity.Opportunity, 6, 174, 29.0, 32.0)]         // 38 + 36 + 34 + 30 + 23 + 13; median (30 + 34) / 2
    [InlineData(Stakeholder.Employers, Polarity.Challenge, 3, 84, 28.0, 23.0)]           // 48 + 23 + 13
    [InlineData(Stakeholder.Employers, Polarity.Opportunity, 5, 143, 28.6, 25.0)]        // 45 + 30 + 25 + 23 + 20
    [InlineData(Stakeholder.HigherEducation, Polarity.Challenge, 3, 78, 26.0, 14.0)]     // 55 + 14 + 9
    [InlineData(Stakeholder.HigherEducation, Polarity.Opportunity, 8, 199, 24.875, 24.5)] // 46 + 37 + 29 + 28 + 21 + 18 + 11 + 9; median (21 + 28) / 2
    [InlineData(Stakeholder.Government, Polarity.Challenge, 2, 47, 23.5, 23.5)]          // 28 + 19
    [InlineData(Stakeholder.Government, Polarity.Opportunity, 6, 80, 13.333333333, 12.0)] // 24 + 16 + 14 + 10 + 8 + 8; median (10 + 14) / 2
    public void MeanStudiesPerCode_Paper_MatchesAppendix1(Stakeholder stakeholder, Polarity polarity, int codes, int assignments, double mean, double median)
    {
        var row = StakeholderAnalysis.MeanStudiesPerCode(ReviewDataset.Paper).Single(r => r.Stakeholder == stakeholder && r.Polarity == polarity);

        Assert.Equal((codes, assignments), (row.Codes.Count, row.Assignments));
        Assert.Equal(mean, row.Mean!.Value, 8);
        Assert.Equal(median, row.Median!.Value, 12);
    }

    [Fact]
    public void MeanStudiesPerCode_SmallDataset_IsNullWhereTheCodebookHasNoCode()
    {
        var rows = StakeholderAnalysis.MeanStudiesPerCode(TestData.Small());

        Assert.Equal(8, rows.Count);
        // Learners: LC1 in 2 studies, LO1 in 3; higher education has no codes.
        Assert.Equal((2.0, 3.0), (rows[0].Mean!.Value, rows[1].Mean!.Value));
        Assert.Null(rows.Single(r => r.Stakeholder == Stakeholder.HigherEducation && r.Polarity == Polarity.Challenge).Mean);
        Assert.Null(rows.Single(r => r.Stakeholder == Stakeholder.HigherEducation && r.Polarity == Polarity.Challenge).Median);
    }
}
