using ReviewKit.Reliability;

namespace ReviewKit.Tests;

public class ReliabilityTests
{
    /// <summary>
    /// Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability. Annenberg School for Communication,
    /// University of Pennsylvania, section C ("nominal data, any number of observers, missing data"): observers A–D,
    /// units 1–12, "." = missing. Published nominal alpha: 0.743.
    /// </summary>
    private static readonly int?[][] Krippendorff2011 =
    [
        //     A     B     C     D
        [1, 1, null, 1],
        [2, 2, 3, 2],
        [3, 3, 3, 3],
        [3, 3, 3, 3],
        [2, 2, 2, 2],
        [1, 2, 3, 4],
        [4, 4, 4, 4],
        [1, 1, 2, 1],
        [2, 2, 2, 2],
        [null, 5, 5, 5],
        [null, null, 1, 1],
        [null, 3, null, null],
    ];

    /// <summary>
    /// Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin, 76, 378–382,
    /// Table 1: 30 patients, each diagnosed by 6 psychiatrists; columns are the numbers who chose depression,
    /// personality disorder, schizophrenia, neurosis and other. Published: P̄ = .556, P̄ₑ = .220, κ = .430.
    /// (Transcribed as in the diagnoses data of the R package irr, whose column totals are Fleiss' 26, 26, 30, 55, 43.)
    /// </summary>
    private static readonly int[][] Fleiss1971 =
    [
        [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
        [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
        [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
        [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
        [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
        [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
    ];

    /// <summary>
    /// Altman, D. G. (1991). Practical statistics for medical research, Table 14.2: 85 xeromammograms classified by two
    /// radiologists (Boyd et al. 1982) as normal, benign disease, suspected cancer or cancer; rows radiologist A,
    /// columns radiologist B. Altman: agreement 54/85 = 0.64, κ = 0.47. The same table is Stata's rate2 example, for
    /// which kappaetc prints percent agreement 0.6353, Brennan and Prediger 0.5137, Cohen's kappa 0.4728,
    /// Scott/Fleiss' pi 0.4605 and Krippendorff's alpha 0.4637.
    /// </summary>
    private static readonly int[][] Altman1991Table14_2 =
    [
        [21, 12, 0, 0],
        [4, 17, 1, 0],
        [3, 9, 15, 2],
        [0, 0, 0, 1],
    ];

    private static ReliabilityData Pairs(params (int? First, int? Second)[] units) =>
        new(units.Select(unit => new[] { unit.First, unit.Second }));

    [Fact]
    public void KrippendorffAlpha_Krippendorff2011NominalExample_Is0743()
    {
        Assert.Equal(0.743, AgreementCoefficients.KrippendorffAlpha(new ReliabilityData(Krippendorff2011))!.Value, 3);
    }

    [Fact]
    public void KrippendorffAlpha_Krippendorff2011_DoesNotDependOnTheOrderOfCodersOrUnits()
    {
        var shuffled = new ReliabilityData(Krippendorff2011.Reverse().Select(unit => unit.Reverse()));

        Assert.Equal(AgreementCoefficients.KrippendorffAlpha(new ReliabilityData(Krippendorff2011))!.Value, AgreementCoefficients.KrippendorffAlpha(shuffled)!.Value, 12);
    }

    [Fact]
    public void Counts_Krippendorff2011_LeaveOutTheUnitWithOneValue()
    {
        var data = new ReliabilityData(Krippendorff2011);

        Assert.Equal((12, 4, 8, 11), (data.Units, data.Coders, data.CompleteUnits, data.PairableUnits));
    }

    [Fact]
    public void FleissKappa_Fleiss1971Table1_Is0430()
    {
        var data = ReliabilityData.FromCounts(Fleiss1971);

        Assert.Equal(0.430, AgreementCoefficients.FleissKappa(data)!.Value, 3);
        Assert.Equal(55.6, AgreementCoefficients.PercentAgreement(data)!.Value, 1);
        Assert.Equal(6, data.Coders);
    }

    [Fact]
    public void CohenKappa_Altman1991Table14_2_Is0473()
    {
        var data = ReliabilityData.FromTable(Altman1991Table14_2);

        Assert.Equal(0.4728, AgreementCoefficients.CohenKappa(data)!.Value, 4);
        Assert.Equal(63.53, AgreementCoefficients.PercentAgreement(data)!.Value, 2);
    }

    [Fact]
    public void OtherCoefficients_Altman1991Table14_2_MatchStataKappaetc()
    {
        var data = ReliabilityData.FromTable(Altman1991Table14_2);

        Assert.Equal(0.5137, AgreementCoefficients.Pabak(data, categories: 4)!.Value, 4);
        Assert.Equal(0.4605, AgreementCoefficients.FleissKappa(data)!.Value, 4);
        Assert.Equal(0.4637, AgreementCoefficients.KrippendorffAlpha(data)!.Value, 4);
    }

    /// <summary>
    /// Altman (1991), Table 14.4: two 2 × 2 tables with the same agreement (80 of 100) and different prevalence,
    /// κ = 0.38 and 0.60: the prevalence problem of kappa (Feinstein &amp; Cicchetti 1990; Byrt, Bishop &amp; Carlin 1993).
    /// PABAK is 2 × 0.8 − 1 = 0.60 for both.
    /// </summary>
    [Theory]
    [InlineData(70, 10, 10, 10, 0.375)]
    [InlineData(40, 10, 10, 40, 0.600)]
    public void CohenKappaAndPabak_Altman1991Table14_4_KappaFollowsPrevalencePabakDoesNot(int both, int firstOnly, int secondOnly, int neither, double kappa)
    {
        var data = ReliabilityData.FromTable([[neither, secondOnly], [firstOnly, both]]);

        Assert.Equal(kappa, AgreementCoefficients.CohenKappa(data)!.Value, 3);
        Assert.Equal(0.600, AgreementCoefficients.Pabak(data)!.Value, 3);
        Assert.Equal(80, AgreementCoefficients.PercentAgreement(data)!.Value, 10);
    }

    [Fact]
    public void AllStatistics_PerfectAgreementWithVariation_AreOne()
    {
        var data = Pairs((1, 1), (0, 0), (1, 1), (0, 0));

        Assert.Equal(100, AgreementCoefficients.PercentAgreement(data));
        Assert.Equal(1, AgreementCoefficients.CohenKappa(data));
        Assert.Equal(1, AgreementCoefficients.Pabak(data));
        Assert.Equal(1, AgreementCoefficients.FleissKappa(data));
        Assert.Equal(1, AgreementCoefficients.KrippendorffAlpha(data));
    }

    [Fact]
    public void ChanceCorrectedStatistics_NoVariation_AreUndefined()
    {
        var data = Pairs((1, 1), (1, 1), (1, 1));

        Assert.Equal(100, AgreementCoefficients.PercentAgreement(data));
        Assert.Equal(1, AgreementCoefficients.Pabak(data));
        Assert.Null(AgreementCoefficients.CohenKappa(data));
        Assert.Null(AgreementCoefficients.FleissKappa(data));
        Assert.Null(AgreementCoefficients.KrippendorffAlpha(data));
        Assert.Null(AgreementCoefficients.KrippendorffAlphaInterval(data));
    }

    [Fact]
    public void Statistics_OneCoderMissingAUnit_KappaDropsItAlphaCannotPairIt()
    {
        var withMissing = Pairs((1, 1), (1, 0), (0, 0), (0, 0), (1, null));
        var without = Pairs((1, 1), (1, 0), (0, 0), (0, 0));

        Assert.Equal(AgreementCoefficients.CohenKappa(without), AgreementCoefficients.CohenKappa(withMissing));
        Assert.Equal(AgreementCoefficients.PercentAgreement(without), AgreementCoefficients.PercentAgreement(withMissing));
        Assert.Equal(AgreementCoefficients.KrippendorffAlpha(without), AgreementCoefficients.KrippendorffAlpha(withMissing));
        Assert.Equal((5, 4, 4), (withMissing.Units, withMissing.CompleteUnits, withMissing.PairableUnits));
    }

    [Fact]
    public void KrippendorffAlpha_ThreeCodersOneMissing_UsesTheTwoValuesOfThatUnit()
    {
        // Unit 3 has two values (1, 0): it adds one disagreeing pair each way, with weight 1/(2 − 1).
        var data = new ReliabilityData([[1, 1, 1], [0, 0, 0], [1, 0, null]]);

        // o₀₀ = 3, o₁₁ = 3, o₀₁ = o₁₀ = 1; n₀ = n₁ = 4, n = 8; α = 1 − 7 · 2 / (2 · 4 · 4) = 0.5625.
        Assert.Equal(0.5625, AgreementCoefficients.KrippendorffAlpha(data)!.Value, 10);
    }

    [Fact]
    public void Statistics_NoCompleteUnit_AreNull()
    {
        var data = Pairs((1, null), (null, 0));

        Assert.Null(AgreementCoefficients.PercentAgreement(data));
        Assert.Null(AgreementCoefficients.CohenKappa(data));
        Assert.Null(AgreementCoefficients.Pabak(data));
        Assert.Null(AgreementCoefficients.KrippendorffAlpha(data));
    }

    [Fact]
    public void CohenKappa_ThreeCoders_Throws()
    {
        Assert.Throws<ArgumentException>(() => AgreementCoefficients.CohenKappa(new ReliabilityData([[1, 1, 0]])));
    }

    [Fact]
    public void Constructor_OneCoderOrRaggedUnits_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ReliabilityData([[1], [0]]));
        Assert.Throws<ArgumentException>(() => new ReliabilityData([[1, 0], [0]]));
    }

    [Fact]
    public void FromCounts_ExpandsCountsIntoOneValuePerCoder()
    {
        var data = ReliabilityData.FromCounts([[0, 3], [2, 1], [1, 0]]);

        Assert.Equal([1, 1, 1], data.Unit(0));
        Assert.Equal([0, 0, 1], data.Unit(1));
        Assert.Equal([0, null, null], data.Unit(2));
    }

    [Fact]
    public void FromTable_ExpandsTheCrossTableAndRejectsANonSquareOne()
    {
        var data = ReliabilityData.FromTable([[3, 1], [2, 0]]);

        Assert.Equal(6, data.Units);
        Assert.Equal([[0, 0], [0, 0], [0, 0], [0, 1], [1, 0], [1, 0]], Enumerable.Range(0, 6).Select(u => data.Unit(u).ToArray()));
        Assert.Throws<ArgumentException>(() => ReliabilityData.FromTable([[1, 2]]));
    }

    [Fact]
    public void KrippendorffAlphaInterval_SameSeed_GivesTheSameIntervalAroundAlpha()
    {
        var data = new ReliabilityData(Krippendorff2011);

        var first = AgreementCoefficients.KrippendorffAlphaInterval(data, samples: 500, seed: 7)!;
        var again = AgreementCoefficients.KrippendorffAlphaInterval(data, samples: 500, seed: 7)!;
        var other = AgreementCoefficients.KrippendorffAlphaInterval(data, samples: 500, seed: 8)!;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.True(first.Contains(AgreementCoefficients.KrippendorffAlpha(data)!.Value));
        Assert.InRange(first.Low, -1, 1);
        Assert.InRange(first.High, first.Low, 1);
    }

    [Fact]
    public void KrippendorffAlphaInterval_HigherLevel_IsNotNarrower()
    {
        var data = ReliabilityData.FromTable(Altman1991Table14_2);

        var ninety = AgreementCoefficients.KrippendorffAlphaInterval(data, level: 0.90)!;
        var ninetyNine = AgreementCoefficients.KrippendorffAlphaInterval(data, level: 0.99)!;

        Assert.True(ninetyNine.Low <= ninety.Low && ninetyNine.High >= ninety.High);
    }

    [Theory]
    [InlineData(-0.1, "poor")]
    [InlineData(0.0, "slight")]
    [InlineData(0.20, "slight")]
    [InlineData(0.21, "fair")]
    [InlineData(0.473, "moderate")]
    [InlineData(0.61, "substantial")]
    [InlineData(0.81, "almost perfect")]
    [InlineData(1.0, "almost perfect")]
    public void LandisKochBand_NamesTheBand(double kappa, string band)
    {
        Assert.Equal(band, AgreementCoefficients.LandisKochBand(kappa));
    }

    [Theory]
    [InlineData(0.5, "do not rely on it")]
    [InlineData(0.667, "tentative conclusions only")]
    [InlineData(0.743, "tentative conclusions only")]
    [InlineData(0.800, "rely on it")]
    public void KrippendorffStandard_AppliesTheThresholds(double alpha, string reading)
    {
        Assert.Equal(reading, AgreementCoefficients.KrippendorffStandard(alpha));
    }

    [Fact]
    public void GwetAc1_TwoCodersHandWorked_Gives0Point70075()
    {
        // 100 units: both yes 40, only A yes 9, only B yes 6, both no 45 ([[no-no, A no B yes], [A yes B no, yes-yes]]).
        // pₐ = 85/100; π_yes = (40 · 2/2 + 15 · 1/2) / 100 = 0.475; pₑ = 2 · 0.475 · 0.525 = 0.49875;
        // AC1 = (0.85 − 0.49875) / (1 − 0.49875) = 0.35125 / 0.50125 = 0.700748…
        var data = ReliabilityData.FromTable([[45, 6], [9, 40]]);

        Assert.Equal(0.35125 / 0.50125, AgreementCoefficients.GwetAc1(data)!.Value, 12);
    }

    [Fact]
    public void GwetAc1_ThreeCodersWithMissingValues_MatchesTheHandComputation()
    {
        // Unit 5 is rated once: it enters π but not pₐ.
        // pₐ = (1 + 2·1/(3·2) + 1 + 0) / 4 = 7/12;  π₁ = (3/3 + 2/3 + 0 + 1/2 + 0) / 5 = 13/30;
        // pₑ = 2 · 13/30 · 17/30 = 442/900;  AC1 = (525/900 − 442/900) / (458/900) = 83/458.
        var data = new ReliabilityData([[1, 1, 1], [1, 1, 0], [0, 0, 0], [1, 0, null], [0, null, null]]);

        Assert.Equal(83.0 / 458, AgreementCoefficients.GwetAc1(data)!.Value, 12);
    }

    [Fact]
    public void GwetAc1_NoVariation_IsOneWhereKappaIsUndefined()
    {
        // pₐ = 1, π_no = 1, pₑ = 0 ⇒ AC1 = 1; kappa's pₑ = 1 makes it 0/0.
        var data = ReliabilityData.FromTable([[20, 0], [0, 0]]);

        Assert.Equal(1, AgreementCoefficients.GwetAc1(data));
        Assert.Null(AgreementCoefficients.CohenKappa(data));
    }

    [Fact]
    public void GwetAc1_RareCodeWithHighAgreement_StaysNearPercentAgreement()
    {
        // The first paradox of Feinstein & Cicchetti (1990): 100 units, both no 96, one yes each alone 2 + 2, never both yes.
        // pₒ = 0.96; kappa: pₑ = 0.98² + 0.02² = 0.9608, κ = (0.96 − 0.9608) / 0.0392 = −0.0204;
        // AC1: π_yes = 0.02, pₑ = 2 · 0.02 · 0.98 = 0.0392, AC1 = 0.9208 / 0.9608 = 0.95837.
        var data = ReliabilityData.FromTable([[96, 2], [2, 0]]);

        Assert.Equal(-0.0008 / 0.0392, AgreementCoefficients.CohenKappa(data)!.Value, 12);
        Assert.Equal(0.9208 / 0.9608, AgreementCoefficients.GwetAc1(data)!.Value, 12);
    }

    [Fact]
    public void GwetAc1_NoUnitRatedTwice_IsNull()
    {
        Assert.Null(AgreementCoefficients.GwetAc1(new ReliabilityData([[1, null], [null, 0]])));
    }

    [Fact]
    public void GwetAc1_MoreCategoriesThanDeclared_Throws()
    {
        Assert.Throws<ArgumentException>(() => AgreementCoefficients.GwetAc1(new ReliabilityData([[0, 1], [2, 2]])));
        Assert.NotNull(AgreementCoefficients.GwetAc1(new ReliabilityData([[0, 1], [2, 2]]), categories: 3));
    }
}
