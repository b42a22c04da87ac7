using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>The paper's claims audited against its own coding table: the verdicts the notebook and the README quote.</summary>
public class PaperAuditTests
{
    private static readonly IReadOnlyList<ClaimCheck> Audit = ReproductionAudit.Run(ReviewDataset.Paper, Claims.Paper);

    private static ClaimCheck ByQuantity(string quantity, int? n = null) =>
        Audit.Single(check => check.Claim.Quantity.Text == quantity && (n is null || check.Claim.ReportedN == n));

    [Fact]
    public void Run_PaperClaims_CountEachVerdict()
    {
        var counts = Audit.CountBy(check => check.Verdict).ToDictionary();

        Assert.Equal(58, Audit.Count);
        Assert.Equal(36, counts[Verdict.Match]);
        Assert.Equal(1, counts[Verdict.MatchRounding]);
        Assert.Equal(6, counts[Verdict.Mismatch]);
        Assert.Equal(15, counts[Verdict.NotDerivable]);
    }

    [Fact]
    public void Run_Table6_EveryRowMatches()
    {
        var table6 = Audit.Where(check => check.Claim.Section == "Table 6").ToList();

        Assert.Equal(["code:UC1 55 92", "code:UC2 14 23", "code:UC3 9 15"], table6.Select(check => $"{check.Claim.Quantity} {check.ComputedN} {PercentRounding.Rounded(check.ComputedPercent!.Value)}"));
        Assert.All(table6, check => Assert.Equal(Verdict.Match, check.Verdict));
    }

    [Theory]
    [InlineData("code:EC1", 42, 48)] // "almost 80% ... (n = 42)": 48 of 60 is 80%
    [InlineData("code:EO3", 42, 25)] // "About 42% ... (n = 42)": 25 of 60 is 42%
    [InlineData("code:UO7", 7, 11)]  // "only 18% (n = 7)": 11 of 60 is 18%
    public void Run_NThatContradictsItsOwnPercent_IsAMismatchWhosePercentAgrees(string quantity, int statedN, int computedN)
    {
        var check = ByQuantity(quantity, statedN);

        Assert.Equal((Verdict.Mismatch, computedN), (check.Verdict, check.ComputedN));
        Assert.Equal(check.Claim.ReportedPercent, PercentRounding.Rounded(check.ComputedPercent!.Value));
        Assert.Contains("the stated percentage agrees", check.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UO7SecondN_Matches()
    {
        Assert.Equal(Verdict.Match, ByQuantity("code:UO7", 11).Verdict);
    }

    [Fact]
    public void Run_GovernmentShare_MatchesOnlyTruncated()
    {
        var check = ByQuantity("share:Government");

        Assert.Equal((Verdict.MatchRounding, 127), (check.Verdict, check.ComputedN));
        Assert.Equal(14.68, check.ComputedPercent!.Value, precision: 2);
        Assert.Contains("the stated 14% is the value truncated", check.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("share:HigherEducation", 277, 32)]
    [InlineData("share:Learners", 234, 27)]
    [InlineData("share:Employers", 227, 26)]
    public void Run_OtherStakeholderShares_Match(string quantity, int assignments, int percent)
    {
        var check = ByQuantity(quantity);

        Assert.Equal((Verdict.Match, assignments, percent), (check.Verdict, check.ComputedN, check.Claim.ReportedPercent));
    }

    [Fact]
    public void Run_Trend71Percent_IsAMismatchNoCountOf60Rounds()
    {
        var check = ByQuantity("years:2020-2022");

        Assert.Equal((Verdict.Mismatch, 44), (check.Verdict, check.ComputedN));
        Assert.Contains("No whole number of the 60 studies rounds to 71% (42 is 70%, 43 is 71.67%); 43 of 60 gives 71% truncated.", check.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RevenueOrEnrolment_IsAMismatchWhoseNumbersAreUO8s()
    {
        var check = ByQuantity("code:UO6|UO8");

        Assert.Equal((Verdict.Mismatch, 20), (check.Verdict, check.ComputedN));
        Assert.Contains("The stated numbers are UO8's alone (9, 15%); UO6 alone is carried by 18 (30%).", check.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CovidAfter2020_CountIsRightButMostDoesNotHold_IsAMismatch()
    {
        var check = ByQuantity("code:GO3/years:2021-2022");

        Assert.Equal((Verdict.Mismatch, 14), (check.Verdict, check.ComputedN));
        Assert.Contains("14 of 29 studies published 2021–2022 carry GO3", check.Note, StringComparison.Ordinal);
        Assert.Contains("it does not hold, the data give 48.28%", check.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SitesAndNomenclature_AreNotDerivable()
    {
        var none = Audit.Where(check => check.Claim.Quantity.Kind == QuantityKind.None).ToList();

        Assert.Equal(15, none.Count);
        Assert.All(none, check => Assert.Equal(Verdict.NotDerivable, check.Verdict));
        Assert.Equal([27, 14, 8, 3, 3, 1], none.Where(check => check.Claim.PartOf == "sites").Select(check => check.Claim.ReportedN!.Value));
    }

    [Fact]
    public void Run_StudiesSpanAndStakeholders_Match()
    {
        Assert.All(Audit.Where(check => check.Claim.Quantity.Text is "studies" or "span:2015-2022" or "stakeholders" or "codes:Government:Challenge"),
            check => Assert.Equal(Verdict.Match, check.Verdict));
        Assert.Equal(3, Audit.Count(check => check.Claim.Quantity.Kind == QuantityKind.Studies));
    }

    [Fact]
    public void CheckText_PaperClaims_FindTheTextsOwnInconsistencies()
    {
        var checks = ReproductionAudit.CheckText(Claims.Paper, 60);
        string Summary(TextCheck check) => $"{ReproductionAudit.Name(check.Kind)} {string.Join("+", check.ClaimIds)} {ReproductionAudit.Name(check.Verdict)}";

        Assert.Equal(
        [
            "wording C07 mismatch",        // "more than half" (n = 27, 45%)
            "n-vs-percent C17 mismatch",   // hyphen: 42 of 60 is 70%, not 68%
            "n-vs-percent C19 mismatch",
            "n-vs-percent C22 match-rounding", // open badges: 4 of 60 is 6.67%, printed 6%
            "n-vs-percent C23 match-rounding", // microlearning: 2 of 60 is 3.33%, printed 4%
            "n-vs-percent C33 mismatch",   // EO3 42 vs 42%
            "n-vs-percent C38 mismatch",   // EC1 42 vs 80%
            "n-vs-percent C44 mismatch",   // UO7 7 vs 18%
            "parts-add-up C07+C08+C09+C10+C11+C12 mismatch", // 56 of 60
            "parts-add-up C17+C18 mismatch", // 61 of 60
            "parts-add-up C19+C20 mismatch",
        ], checks.Where(check => check.Verdict != Verdict.Match).Select(Summary));
        Assert.Equal(37 + 4 + 4, checks.Count); // 37 claims state n and %, 4 a bound and a %, 4 wholes have parts
        Assert.Contains(checks, check => check.Note == "Parts of sites: the counts add up to 27 + 14 + 8 + 3 + 3 + 1 = 56 of 60 studies: 4 are not accounted for.");
        Assert.Contains(checks, check => check.Note == "Parts of stakeholder-shares: the percentages add up to 32 + 27 + 26 + 14 = 99%, within the 2 points by which 4 rounded parts can miss 100%.");
    }

    [Fact]
    public void Diagnostics_PaperData_FindIdenticalAndNearIdenticalProfiles()
    {
        var groups = CodingDiagnostics.IdenticalProfiles(ReviewDataset.Paper).Select(group => string.Join(" ", group.Studies.Select(study => study.Id)));
        var pairs = CodingDiagnostics.SimilarPairs(ReviewDataset.Paper);
        var duplication = CodingDiagnostics.Duplication(ReviewDataset.Paper).Select(row => $"{row.Stakeholder?.ToString() ?? "all"} {row.Groups} {row.StudiesInGroups} {row.IdenticalPairs} {row.ExpectedPairs:0.0}");

        Assert.Equal(["JA02 JA07 JA13 JA31", "JA26 JA33", "JA44 JA49"], groups);
        Assert.Equal((32, 8), (pairs.Count, pairs.Count(pair => pair.Differences.Count == 0)));
        Assert.Equal(["all 3 8 8 0.0", "Learners 15 44 53 7.9", "Employers 13 41 58 19.7", "HigherEducation 14 39 43 10.1", "Government 12 43 92 43.8"], duplication);
        Assert.Equal(["UC1"], CodingDiagnostics.ExtremeCodes(ReviewDataset.Paper).Select(row => row.Code.Id));
    }

    [Fact]
    public void TextChecksReport_PaperClaims_HasOneRowPerCheck()
    {
        var csv = Reports.TextChecks(Claims.Paper, 60).ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("kind,claims,verdict,note", csv[0]);
        Assert.Equal(1 + 45, csv.Length);
        Assert.Contains("wording,C07,mismatch,The wording sets more than 50%; the claim's own 45% does not.", csv);
    }

    [Fact]
    public void ClaimTable_PaperClaims_WritesClaimsCsvBack()
    {
        var file = File.ReadAllText(Path.Combine(TestData.DataFolder, Claims.FileName)).ReplaceLineEndings("\n");

        Assert.Equal(file, Reports.ClaimTable(Claims.Paper).ToCsv());
    }
}
