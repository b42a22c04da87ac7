using ReviewKit.Data;
using ReviewKit.Findings;
using ReviewKit.Robustness;

namespace ReviewKit.Tests;

public class FragilitySearchTests
{
    private static readonly ReviewInputs Paper = ReviewInputs.Paper;

    /// <summary>
    /// Worked by hand from data/codings.csv: UO6 is carried by 18 studies and UO8 by 9, so "UO6 above UO8" needs
    /// 18 − 9 = 9 flips (e.g. UO6 taken out of 9 studies gives 9 against 9); LO1 by 38 and LO4 by 30: 38 − 30 = 8 flips.
    /// Every study speaks for three or four stakeholders; JA36 for three (learners 3 codes, employers 1, institutions 2),
    /// so taking out its one employer code leaves it two: 1 flip. "Majority" holds at exactly UC1 55 of 60: 1 flip.
    /// </summary>
    [Theory]
    [InlineData("uo6-above-uo8", 9)]
    [InlineData("lo1-above-lo4", 8)]
    [InlineData("three-stakeholders", 1)]
    [InlineData("majority", 1)]
    public void Of_DeclaredFragility_IsExactAndWorkedOutByHand(string id, int flips)
    {
        var fragility = FragilitySearch.Of(Find(id), Paper);

        Assert.Equal(new Fragility(flips, Exact: true), fragility);
    }

    [Theory]
    [InlineData("uo6-above-uo8", "UO6", 9)]
    [InlineData("lo1-above-lo4", "LO1", 8)]
    public void Flip_AsManyCellsAsTheFragility_OverturnsTheFinding_AndOneFewerDoesNot(string id, string code, int flips)
    {
        var finding = Find(id);
        var index = Paper.Dataset.Codebook.Select(row => row.Id).ToList().IndexOf(code);

        Assert.False(finding.Evaluate(Paper with { Dataset = FragilitySearch.Flip(Paper.Dataset, index, remove: true, flips) }).Holds);
        Assert.True(finding.Evaluate(Paper with { Dataset = FragilitySearch.Flip(Paper.Dataset, index, remove: true, flips - 1) }).Holds);
    }

    [Fact]
    public void Of_ExactCountInTheSentence_SearchFindsOneFlip()
    {
        Assert.Equal(new Fragility(1, Exact: false), FragilitySearch.Of(Find("gc1-of-60"), Paper));
    }

    [Fact]
    public void Of_SentenceAboutTheTextAlone_NoFlipChangesIt()
    {
        Assert.Null(FragilitySearch.Of(Notebook06Findings.All.Single(finding => finding.Id == "claim-kinds"), Paper));
    }

    [Fact]
    public void Of_SearchOff_GivesOnlyDeclaredFragilities()
    {
        Assert.Null(FragilitySearch.Of(Find("gc1-of-60"), Paper, search: false));
    }

    private static Finding<ReviewInputs> Find(string id) =>
        NotebookFindings.All.Single(row => row.Finding.Id == id && row.Notebook is "03-coding-and-counting" or "06-reproducibility-audit" or "01-the-coding-table").Finding;
}
