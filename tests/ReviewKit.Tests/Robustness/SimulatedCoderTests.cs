using ReviewKit.Data;
using ReviewKit.Reliability;
using ReviewKit.Robustness;

namespace ReviewKit.Tests;

public class SimulatedCoderTests
{
    private static readonly ReviewDataset Paper = ReviewDataset.Paper;

    /// <summary>
    /// The paper's data: S = 60 studies, C = 36 codes, U = 2,160 units, M = 865 codes given; Σ꜀ p꜀(1 − p꜀) = 7.18694 (from
    /// data/codings.csv). r = (1 − α)·n₀·n₁ / ((2U − 1)·2S·Σ p(1 − p)) with n₀ = 2·1,295 and n₁ = 2·865, so
    /// r = (1 − α)·2,590·1,730 / (4,319·120·7.18694) = 1.20292·(1 − α).
    /// </summary>
    [Theory]
    [InlineData(0.667, 0.40057)]
    [InlineData(0.8, 0.24058)]
    [InlineData(0.9, 0.12029)]
    [InlineData(1.0, 0.0)]
    public void Calibrate_PaperData_ReplacesTheShareWorkedOutByHand(double alpha, double share)
    {
        var calibration = SimulatedCoder.Calibrate(Paper, alpha);

        Assert.Equal(share, calibration.ReplacedShare, 5);
        var uc1 = calibration.Codes.Single(code => code.CodeId == "UC1");
        Assert.Equal(55 / 60.0, uc1.Prevalence, 12);
        Assert.Equal(calibration.ReplacedShare * 5 / 60, uc1.PresentToAbsent, 12);
        Assert.Equal(calibration.ReplacedShare * 55 / 60, uc1.AbsentToPresent, 12);
    }

    /// <summary>The calibration's promise: recodings agree with the original at the target pooled alpha, on average within ±0.02.</summary>
    [Theory]
    [InlineData(0.667)]
    [InlineData(0.8)]
    [InlineData(0.9)]
    public void Recode_ManyReplicates_PooledAlphaAveragesTheTarget(double alpha)
    {
        var calibration = SimulatedCoder.Calibrate(Paper, alpha);
        var random = new Random(11);

        var alphas = Enumerable.Range(0, 300).Select(_ => SimulatedCoder.PooledAlpha(Paper, SimulatedCoder.Recode(Paper, calibration, random))!.Value).ToList();

        Assert.InRange(alphas.Average(), alpha - 0.02, alpha + 0.02);
    }

    [Fact]
    public void PooledAlpha_IsTheAlphaTheAgreementCommandPools()
    {
        var recoded = SimulatedCoder.Recode(Paper, SimulatedCoder.Calibrate(Paper, 0.8), new Random(5));

        var agreement = Agreement.Compute(Paper, [Coder.FromDataset(Paper, "original"), Coder.FromDataset(recoded, "simulated")], new AgreementOptions(BootstrapSamples: 1));

        Assert.Equal(agreement.Pooled.Alpha!.Value, SimulatedCoder.PooledAlpha(Paper, recoded)!.Value, 12);
    }

    [Fact]
    public void Recode_KeepsEachCodesPrevalenceOnAverage()
    {
        var calibration = SimulatedCoder.Calibrate(Paper, 0.667);
        var random = new Random(3);

        var go5 = Enumerable.Range(0, 400).Average(_ => SimulatedCoder.Recode(Paper, calibration, random).StudiesWith("GO5").Count());
        var uc1 = Enumerable.Range(0, 400).Average(_ => SimulatedCoder.Recode(Paper, calibration, random).StudiesWith("UC1").Count());

        // Symmetric flips at the same disagreement would pull GO5 (8 of 60) up and UC1 (55 of 60) down by several studies.
        Assert.InRange(go5, 7.5, 8.5);
        Assert.InRange(uc1, 54.5, 55.5);
    }

    [Fact]
    public void Recode_AlphaOne_GivesTheOriginalCoding()
    {
        var recoded = SimulatedCoder.Recode(Paper, SimulatedCoder.Calibrate(Paper, 1), new Random(1));

        Assert.Equal(Paper.Codings.Count, recoded.Codings.Count);
        Assert.Equal(1.0, SimulatedCoder.PooledAlpha(Paper, recoded));
        Assert.Equal(Paper.Studies, recoded.Studies);
    }

    [Fact]
    public void Recode_SameSeed_SameCoding()
    {
        var calibration = SimulatedCoder.Calibrate(Paper, 0.8);

        var first = SimulatedCoder.Recode(Paper, calibration, new Random(42)).Codings;
        var second = SimulatedCoder.Recode(Paper, calibration, new Random(42)).Codings;

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Calibrate_UnreachableTarget_Throws(double alpha)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SimulatedCoder.Calibrate(Paper, alpha));
    }
}
