using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Tests;

/// <summary>The numbers the paper states that Appendix 1 bears out, and the counts the notebooks and README quote.</summary>
public class PaperGoldenTests
{
    private static readonly ReviewDataset Paper = ReviewDataset.Paper;

    [Fact]
    public void Paper_Has60Studies36CodesAnd865Codings()
    {
        Assert.Equal(60, Paper.Studies.Count);
        Assert.Equal(36, Paper.Codebook.Count);
        Assert.Equal(865, Paper.Codings.Count);
        Assert.Equal("JA01", Paper.Studies[0].Id);
        Assert.Equal("JA60", Paper.Studies[^1].Id);
    }

    [Fact]
    public void Table6_ChallengesForHigherEducation_MatchThePaper()
    {
        // Table 6: UC1 "Academic Support from the faculty / department / school / senior managers" N=55 (92%), UC2 N=14 (23%), UC3 N=9 (15%).
        var rows = ContentAnalysis.SummaryTable(Paper, Stakeholder.HigherEducation, Polarity.Challenge);

        Assert.Equal(["UC1 55 92", "UC2 14 23", "UC3 9 15"], rows.Select(r => $"{r.Code.Id} {r.N} {r.RoundedPercent}"));
        Assert.Equal("Academic Support from the faculty / department / school / senior managers", rows[0].Code.TableLabel);
        Assert.Equal("Implementation—Academic, lack of funding", rows[0].Code.Label);
    }

    // Counted by hand from Appendix 1, column by column.
    [Theory]
    [InlineData("LC1", 26)] [InlineData("LC2", 20)] [InlineData("LC3", 14)]
    [InlineData("LO1", 38)] [InlineData("LO2", 36)] [InlineData("LO3", 34)] [InlineData("LO4", 30)] [InlineData("LO5", 23)] [InlineData("LO6", 13)]
    [InlineData("EC1", 48)] [InlineData("EC2", 23)] [InlineData("EC3", 13)]
    [InlineData("EO1", 45)] [InlineData("EO2", 30)] [InlineData("EO3", 25)] [InlineData("EO4", 23)] [InlineData("EO5", 20)]
    [InlineData("UC1", 55)] [InlineData("UC2", 14)] [InlineData("UC3", 9)]
    [InlineData("UO1", 46)] [InlineData("UO2", 37)] [InlineData("UO3", 29)] [InlineData("UO4", 28)] [InlineData("UO5", 21)] [InlineData("UO6", 18)] [InlineData("UO7", 11)] [InlineData("UO8", 9)]
    [InlineData("GC1", 28)] [InlineData("GC2", 19)]
    [InlineData("GO1", 24)] [InlineData("GO2", 16)] [InlineData("GO3", 14)] [InlineData("GO4", 10)] [InlineData("GO5", 8)] [InlineData("GO6", 8)]
    public void CodeFrequencies_EqualAppendix1(string code, int n)
    {
        var row = ContentAnalysis.CodeFrequencies(Paper).Single(r => r.Code.Id == code);

        Assert.Equal(n, row.N);
        Assert.Equal(60, row.Studies);
    }

    [Theory]
    // Text claims the appendix bears out (n and the printed rounded percentage).
    [InlineData("LC1", 26, 43)] // "43% ... attainment of knowledge (n = 26)"
    [InlineData("LC2", 20, 33)] // "33% ... one specific niche of the job scope (n = 20)"
    [InlineData("LC3", 14, 23)] // "only 23% of the studies (n = 14) ... lack of government aid"
    [InlineData("EO2", 30, 50)] // "acknowledgements of skills using digital badges at 50% (n = 30)"
    [InlineData("EO5", 20, 33)] // "Closing the skills gap ... 33% ... (n = 20)"
    [InlineData("EC2", 23, 38)] // "fraudulent credentials ... 38% of the studies (n = 23)"
    [InlineData("EC3", 13, 22)] // "lack of formal recognition ... 22% (n = 13)"
    [InlineData("UO1", 46, 77)] // "support new pedagogical models ... 77% ... (n = 46)"
    [InlineData("UO2", 37, 62)] // "advancement of technology ... 62% of the papers (n = 37)"
    [InlineData("UO8", 9, 15)]  // "15% ... increased revenue or enrolment (n = 9)"
    [InlineData("GC1", 28, 47)] // "47% ... confusion about the actual definitions and taxonomy (n = 28)"
    [InlineData("GC2", 19, 32)] // "funding and financing ... 32% (n = 19)"
    [InlineData("GO1", 24, 40)] // "Forty per-cent of the articles (n = 24)"
    [InlineData("GO2", 16, 27)] // "27% (n = 16) ... neo-liberal market forces"
    [InlineData("GO6", 8, 13)]  // "13% (n = 8) ... government initiatives and nationwide policy"
    public void CodeFrequencies_MatchTheNumbersTheTextStates(string code, int n, int percent)
    {
        var row = ContentAnalysis.CodeFrequencies(Paper).Single(r => r.Code.Id == code);

        Assert.Equal((n, percent), (row.N, row.RoundedPercent));
    }

    [Fact]
    public void StakeholderShares_HigherEducationLearnersEmployers_MatchThePaper()
    {
        // "About 32% ... higher education institutions ... Learners' ... 27%, and employers' ... 26%. Only 14% ... governments'".
        var shares = ContentAnalysis.StakeholderShares(Paper).ToDictionary(s => s.Stakeholder);

        Assert.Equal((234, 227, 277, 127), (shares[Stakeholder.Learners].Assignments, shares[Stakeholder.Employers].Assignments, shares[Stakeholder.HigherEducation].Assignments, shares[Stakeholder.Government].Assignments));
        Assert.Equal(27, Math.Round(shares[Stakeholder.Learners].Percent));
        Assert.Equal(26, Math.Round(shares[Stakeholder.Employers].Percent));
        Assert.Equal(32, Math.Round(shares[Stakeholder.HigherEducation].Percent));
        // 127 / 865 = 14.68%: the paper's 14% is the truncated value, 15% the rounded one.
        Assert.Equal(14.68, shares[Stakeholder.Government].Percent, precision: 2);
    }

    [Fact]
    public void StudiesPerYear_Span2015To2022()
    {
        var years = ContentAnalysis.StudiesPerYear(Paper).Select(y => $"{y.Year}:{y.Published}");

        Assert.Equal(["2015:2", "2016:1", "2017:4", "2018:4", "2019:5", "2020:15", "2021:17", "2022:12"], years);
    }
}
