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

    [Fact]
    public void Paper_StakeholderPairsPolarityAndPathways_MatchHandCounts()
    {
        var paper = ReviewDataset.Paper;

        var pairs = StakeholderAnalysis.StakeholderPairs(paper).Select(p => $"{p.First}-{p.Second}:{p.CodingBoth}");
        Assert.Equal(
            ["Learners-Employers:59", "Learners-HigherEducation:60", "Learners-Government:49", "Employers-HigherEducation:59", "Employers-Government:48", "HigherEducation-Government:49"],
            pairs);

        var balances = StakeholderAnalysis.PolarityBalances(paper).Select(b => $"{b.Challenges}/{b.Opportunities}");
        Assert.Equal(["60/174", "84/143", "78/199", "47/80"], balances);

        var pathways = StakeholderAnalysis.PathwaySupports(paper).Select(p => $"{p.Pathway.Name}:{p.PartnerStudies}/{p.InstitutionStudies}/{p.BothStudies}");
        Assert.Equal(["Learning pathway:44/46/38", "Employment pathway:57/29/29", "Qualification framework:42/14/11"], pathways);
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
}
