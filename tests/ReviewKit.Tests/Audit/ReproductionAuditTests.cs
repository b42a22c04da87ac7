using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>
/// Each verdict on the small dataset of <see cref="TestData"/>, worked by hand: 4 studies (S1 2019, S2 and S3 2021, S4 2022);
/// LC1 in S1, S2 (2 of 4, 50%); LO1 in S1, S2, S3 (3, 75%); EO1 in S4 (1, 25%); GC1 in none.
/// 6 code assignments: Learners 5 (83.33%), Employers 1 (16.67%).
/// </summary>
public class ReproductionAuditTests
{
    private static readonly ReviewDataset Small = TestData.Small();

    private static ClaimCheck Check(string quantity, int? n, int? percent, string? bound = null, string? reading = null) =>
        ReproductionAudit.Check(Small, new Claim("C1", "Results", "quote", ClaimQuantity.Parse(quantity), n, percent, bound is null ? null : PercentBound.Parse(bound), null, reading));

    [Theory]
    [InlineData("code:LO1", 3, 75, 3, 75.0)]
    [InlineData("code:LO1", 3, null, 3, 75.0)]
    [InlineData("code:LO1", null, 75, 3, 75.0)]
    [InlineData("code:GC1", 0, 0, 0, 0.0)]
    [InlineData("code:LC1|EO1", 3, 75, 3, 75.0)]   // S1, S2 carry LC1, S4 EO1
    [InlineData("code:LO1/years:2021-2022", 2, 67, 2, 66.67)] // of S2, S3, S4: S2 and S3 carry LO1
    [InlineData("years:2021-2022", 3, 75, 3, 75.0)]
    [InlineData("share:Learners", 5, 83, 5, 83.33)]
    public void Check_NumbersAsThePaperRounds_Match(string quantity, int? n, int? percent, int computedN, double computedPercent)
    {
        var check = Check(quantity, n, percent);

        Assert.Equal(Verdict.Match, check.Verdict);
        Assert.Equal(computedN, check.ComputedN);
        Assert.Equal(computedPercent, check.ComputedPercent!.Value, precision: 2);
    }

    [Theory]
    [InlineData("studies", 4, "The coding table holds 4 studies.")]
    [InlineData("stakeholders", 2, "2 stakeholders carry at least one code assignment (Learners, Employers).")]
    [InlineData("codes:Learners:Opportunity", 1, "The codebook holds 1 Learners opportunity code (LO1).")]
    public void Check_Counts_MatchWhenEqual(string quantity, int n, string note)
    {
        var check = Check(quantity, n, null);

        Assert.Equal((Verdict.Match, n, null, note), (check.Verdict, check.ComputedN, check.ComputedPercent, check.Note));
    }

    [Fact]
    public void Check_CountThatDiffers_IsAMismatchSayingBoth()
    {
        var check = Check("studies", 5, null);

        Assert.Equal((Verdict.Mismatch, "The coding table holds 4 studies, not 5."), (check.Verdict, check.Note));
    }

    [Theory]
    [InlineData("span:2019-2022", Verdict.Match, "The studies were published from 2019 to 2022.")]
    [InlineData("span:2015-2022", Verdict.Mismatch, "The studies were published from 2019 to 2022, not from 2015 to 2022.")]
    public void Check_Span_ComparesTheFirstAndLastYear(string quantity, Verdict verdict, string note)
    {
        var check = Check(quantity, null, null);

        Assert.Equal((verdict, note), (check.Verdict, check.Note));
    }

    [Theory]
    // Employers: 1 of 6 assignments = 16.67%, which rounds to 17; 16 is the value truncated.
    [InlineData("share:Employers", 16, "1 of 6 code assignments belong to Employers (16.67%), which rounds to 17%; the stated 16% is the value truncated.")]
    // Learners: 5 of 6 = 83.33%, which rounds to 83; 84 is the value rounded up.
    [InlineData("share:Learners", 84, "5 of 6 code assignments belong to Learners (83.33%), which rounds to 83%; the stated 84% is the value rounded up.")]
    public void Check_PercentUnderAnotherRounding_IsAMatchUnderRoundingThatSaysWhich(string quantity, int percent, string note)
    {
        var check = Check(quantity, null, percent);

        Assert.Equal((Verdict.MatchRounding, note), (check.Verdict, check.Note));
    }

    [Theory]
    // LC1: 2 of 4 = 50%; "n = 3" would be 75%.
    [InlineData("code:LC1", 3, 50, "2 of 4 studies carry LC1 (50%), which rounds to 50%: the stated percentage agrees, the stated n = 3 does not (3 of 4 would be 75%).")]
    [InlineData("code:LC1", 50, 50, "2 of 4 studies carry LC1 (50%), which rounds to 50%: the stated percentage agrees, the stated n = 50 does not (50 of 4 would be 1250%: the n repeats the percentage's figure).")]
    [InlineData("code:LO1", 2, null, "3 of 4 studies carry LO1 (75%); the stated n = 2 differs by -1.")]
    // Of 4 studies only 0, 25, 50, 75 and 100% are possible: 70% is none of them, rounded or truncated.
    [InlineData("years:2021-2022", null, 70, "3 of 4 studies were published 2021–2022 (75%), which rounds to 75%, not 70%. No whole number of the 4 studies rounds to 70% (2 is 50%, 3 is 75%).")]
    [InlineData("code:LO1", null, 50, "3 of 4 studies carry LO1 (75%), which rounds to 75%, not 50%. 2 of 4 would round to 50%.")]
    // LC1 or EO1: S1, S2, S4 = 3 of 4; the stated 1 (25%) is EO1's alone.
    [InlineData("code:LC1|EO1", 1, 25, "3 of 4 studies carry LC1 or EO1 (75%), which rounds to 75%: neither the stated n = 1 nor the stated 25% agrees (1 of 4 would be 25%). The stated numbers are EO1's alone (1, 25%); LC1 alone is carried by 2 (50%).")]
    public void Check_NumbersThatDisagree_AreAMismatchExplainingTheLikeliestReason(string quantity, int? n, int? percent, string note)
    {
        var check = Check(quantity, n, percent);

        Assert.Equal((Verdict.Mismatch, note), (check.Verdict, check.Note));
    }

    [Theory]
    [InlineData(">50", Verdict.Match, "The wording sets more than 50%: it holds.")]
    [InlineData(">=70", Verdict.Mismatch, "The wording sets at least 70%: it does not hold, the data give 66.67%.")]
    public void Check_Bound_AWordingThatDoesNotHoldIsAMismatchEvenWhenTheCountAgrees(string bound, Verdict verdict, string wording)
    {
        var check = Check("code:LO1/years:2021-2022", 2, null, bound);

        Assert.Equal(verdict, check.Verdict);
        Assert.Equal($"2 of 3 studies published 2021–2022 carry LO1 (66.67%). {wording}", check.Note);
    }

    [Theory]
    [InlineData("none", "the coding table records no country", "No data to check it: the coding table records no country.")]
    [InlineData("none", null, "No data to check it: the coding table cannot yield this number.")]
    [InlineData("code:XX9", null, "No data to check it: the codebook has no code XX9.")]
    [InlineData("code:LO1/years:2000-2001", null, "No data to check it: no study was published 2000–2001.")]
    public void Check_NothingToCountFrom_IsNotDerivable(string quantity, string? reading, string note)
    {
        var check = Check(quantity, 3, 75, reading: reading);

        Assert.Equal((Verdict.NotDerivable, (int?)null, (double?)null, note), (check.Verdict, check.ComputedN, check.ComputedPercent, check.Note));
    }

    [Fact]
    public void Parse_QuantityOutsideTheGrammar_ThrowsSoNoSuchClaimReachesTheAudit()
    {
        var error = Assert.Throws<FormatException>(() => ClaimQuantity.Parse("count"));

        Assert.Equal("quantity 'count': " + ClaimQuantity.Grammar, error.Message);
    }

    [Fact]
    public void Run_KeepsClaimOrder()
    {
        var claims = Claims.Parse("claim_id,section,quote,quantity,reported_n,reported_percent\nB,S,q,studies,4,\nA,S,q,none,1,\n");

        Assert.Equal(["B", "A"], ReproductionAudit.Run(Small, claims).Select(check => check.Claim.Id));
    }

    [Theory]
    [InlineData(Verdict.Match, "match")]
    [InlineData(Verdict.MatchRounding, "match-rounding")]
    [InlineData(Verdict.Mismatch, "mismatch")]
    [InlineData(Verdict.NotDerivable, "not-derivable")]
    public void Name_EachVerdict_IsItsCsvSpelling(Verdict verdict, string name)
    {
        Assert.Equal(name, ReproductionAudit.Name(verdict));
    }

    [Theory]
    [InlineData(80.0, 80, "Rounded")]
    [InlineData(0.0, 0, "Rounded")]
    [InlineData(12.5, 13, "Rounded")]     // half away from zero
    [InlineData(12.5, 12, "Truncated")]
    [InlineData(14.68, 15, "Rounded")]
    [InlineData(14.68, 14, "Truncated")]
    [InlineData(3.33, 4, "RoundedUp")]
    [InlineData(73.33, 71, "None")]
    public void Classify_PrefersThePapersRuleThenTruncationThenRoundingUp(double percent, int stated, string rule)
    {
        Assert.Equal(Enum.Parse<PercentRule>(rule), PercentRounding.Classify(percent, stated));
    }

    private static IReadOnlyList<Claim> TextClaims(string rows) =>
        Claims.Parse("claim_id,section,quote,quantity,reported_n,reported_percent,reported_bound,part_of\n" + rows);

    [Theory]
    [InlineData(27, 45, Verdict.Match, "27 of 60 is 45%, which rounds to 45%: the n and the percentage agree.")]
    [InlineData(4, 6, Verdict.MatchRounding, "4 of 60 is 6.67%, which rounds to 7%; the stated 6% is the value truncated.")]
    [InlineData(42, 68, Verdict.Mismatch, "42 of 60 is 70%, which rounds to 70%, not 68%: the n and the percentage disagree. 41 of 60 would round to 68%.")]
    public void CheckText_CountAgainstItsOwnPercent_UsesTheTextsStudies(int n, int percent, Verdict verdict, string note)
    {
        var check = Assert.Single(ReproductionAudit.CheckText(TextClaims($"C1,S,q,none,{n},{percent},,\n"), 60));

        Assert.Equal((TextCheckKind.CountAgainstPercent, verdict, note), (check.Kind, check.Verdict, check.Note));
        Assert.Equal(["C1"], check.ClaimIds);
    }

    [Fact]
    public void CheckText_ClaimsWithoutBothNumbersOrOfASubset_AreNotCheckedAgainstThemselves()
    {
        var claims = TextClaims("C1,S,q,code:LC1,26,,,\nC2,S,q,share:Learners,,27,,\nC3,S,q,code:GO3/years:2021-2022,14,,,\nC4,S,q,studies,60,,,\n");

        Assert.Empty(ReproductionAudit.CheckText(claims, 60));
    }

    [Theory]
    [InlineData(45, ">50", Verdict.Mismatch, "The wording sets more than 50%; the claim's own 45% does not.")]
    [InlineData(92, ">50", Verdict.Match, "The wording sets more than 50%; the claim's own 92% meets it.")]
    [InlineData(15, "<=15", Verdict.Match, "The wording sets at most 15%; the claim's own 15% meets it.")]
    public void CheckText_Wording_IsCheckedAgainstTheClaimsOwnPercent(int percent, string bound, Verdict verdict, string note)
    {
        var checks = ReproductionAudit.CheckText(TextClaims($"C1,S,q,share:Learners,,{percent},{bound},\n"), 60);

        var check = Assert.Single(checks);
        Assert.Equal((TextCheckKind.Wording, verdict, note), (check.Kind, check.Verdict, check.Note));
    }

    [Fact]
    public void CheckText_PartsThatLeaveStudiesOut_AreAMismatch()
    {
        var claims = TextClaims("C1,S,q,none,27,,,sites\nC2,S,q,none,14,,,sites\nC3,S,q,none,1,,,sites\n");

        var check = Assert.Single(ReproductionAudit.CheckText(claims, 60));

        Assert.Equal(TextCheckKind.PartsAddUp, check.Kind);
        Assert.Equal(["C1", "C2", "C3"], check.ClaimIds);
        Assert.Equal((Verdict.Mismatch, "Parts of sites: the counts add up to 27 + 14 + 1 = 42 of 60 studies: 18 are not accounted for."), (check.Verdict, check.Note));
    }

    [Fact]
    public void CheckText_PartsWhoseCountsExceedTheWholeButPercentsAddUp_AreAMismatch()
    {
        var claims = TextClaims("C1,S,q,none,42,68,,hyphen\nC2,S,q,none,19,32,,hyphen\n");

        var check = ReproductionAudit.CheckText(claims, 60).Single(check => check.Kind == TextCheckKind.PartsAddUp);

        Assert.Equal(Verdict.Mismatch, check.Verdict);
        Assert.Equal("Parts of hyphen: the counts add up to 42 + 19 = 61 of 60 studies: 1 more than the whole; the percentages add up to 68 + 32 = 100%, the whole.", check.Note);
    }

    [Theory]
    [InlineData("32,27,26,14", Verdict.Match, "the percentages add up to 32 + 27 + 26 + 14 = 99%, within the 2 points by which 4 rounded parts can miss 100%")]
    [InlineData("32,27,26,12", Verdict.Mismatch, "the percentages add up to 32 + 27 + 26 + 12 = 97%, more than the 2 points by which 4 rounded parts can miss 100%")]
    public void CheckText_RoundedPercentagesOfAWhole_MayMiss100ByHalfAPointEach(string percents, Verdict verdict, string finding)
    {
        var rows = string.Concat(percents.Split(',').Select((percent, i) => $"C{i + 1},S,q,share:Learners,,{percent},,shares\n"));

        var check = Assert.Single(ReproductionAudit.CheckText(TextClaims(rows), 60));

        Assert.Equal((verdict, $"Parts of shares: {finding}."), (check.Verdict, check.Note));
    }
}
