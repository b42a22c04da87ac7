using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Robustness;

/// <summary>
/// A second coder simulated from the original coding: it keeps or flips each (study, code) decision at rates calibrated
/// so that Krippendorff's alpha between its coding and the original, pooled over every (study, code) unit as
/// <c>agreement</c> pools them, equals a target in expectation.
/// </summary>
/// <remarks>
/// <para>
/// <b>The model.</b> For each (study, code) unit the simulated coder, with probability r, decides afresh by drawing
/// present with the code's prevalence p (its share of the studies in the original coding); otherwise it copies the
/// original decision. A present code is therefore left out with probability a = r(1 − p) and an absent code given with
/// probability b = r·p. Since p·a = (1 − p)·b, the expected number of studies carrying each code is unchanged: the
/// recoding adds noise without making rare codes more common or common ones rarer.
/// </para>
/// <para>
/// <b>Alpha of one code.</b> With two coders and N units all coded by both, nominal alpha is
/// <c>α = 1 − (2N − 1)·D / (n₀·n₁)</c>, where D is the number of units the coders disagree on and n₀, n₁ count the
/// absent and present values among the 2N. Here E[D] = N·(p·a + (1 − p)·b) = 2N·r·p(1 − p), n₁ ≈ 2Np and
/// n₀ ≈ 2N(1 − p), so <c>E[α] ≈ 1 − r·(2N − 1)/(2N) ≈ 1 − r</c>, whatever p. (A symmetric flip at rate e would give
/// <c>α ≈ 1 − e / (2p̄(1 − p̄))</c> with p̄ = p + e(1 − 2p)/2 the mean prevalence of the two codings, which depends on p
/// and has to be solved numerically; it also moves a rare code towards 50%, so it is not used.)
/// </para>
/// <para>
/// <b>Pooled alpha.</b> Pooling all U = S·C units of S studies and C codes, with M the codes given in the original,
/// <c>E[D] = 2r·S·Σ꜀ p꜀(1 − p꜀)</c>, n₁ = 2M and n₀ = 2(U − M) in expectation, so
/// <c>E[α] ≈ 1 − (2U − 1)·E[D] / (n₀·n₁)</c> and the share to replace for a target α is
/// <c>r = (1 − α)·n₀·n₁ / ((2U − 1)·2S·Σ꜀ p꜀(1 − p꜀))</c>. Because codes differ in prevalence,
/// <c>Σ꜀ p꜀(1 − p꜀) / C ≤ P(1 − P)</c> for the pooled prevalence P, so r is a little above 1 − α: on the paper's data
/// r ≈ 1.20·(1 − α), and each code's own alpha is about 1 − r, a little below the target.
/// </para>
/// </remarks>
public static class SimulatedCoder
{
    /// <summary>The flip rates whose recodings have the target pooled alpha with the dataset's coding, in expectation.</summary>
    /// <param name="dataset">The original coding.</param>
    /// <param name="targetAlpha">The pooled alpha wanted, at most 1.</param>
    /// <example>The paper's data and α = 0.8 ⇒ r = 0.2406: UC1 (p = 55/60) is left out with probability 0.2406 · 5/60 = 0.020 where given.</example>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The target is above 1, not a number, or so low that it would take replacing more than every decision (r &gt; 1).
    /// </exception>
    public static RecodingCalibration Calibrate(ReviewDataset dataset, double targetAlpha)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (double.IsNaN(targetAlpha) || targetAlpha > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(targetAlpha), targetAlpha, "A target alpha is a number up to 1.");
        }

        var studies = dataset.Studies.Count;
        var counts = dataset.Matrix.StudiesPerCode();
        var prevalences = counts.Select(n => studies == 0 ? 0 : (double)n / studies).ToList();
        var units = (double)studies * dataset.Codebook.Count;
        var present = 2.0 * dataset.Codings.Count;
        var absent = (2 * units) - present;
        var expectedDisagreementPerShare = 2.0 * studies * prevalences.Sum(p => p * (1 - p));
        var share = targetAlpha == 1 ? 0 : (1 - targetAlpha) * absent * present / (((2 * units) - 1) * expectedDisagreementPerShare);
        if (double.IsNaN(share) || share > 1)
        {
            var lowest = expectedDisagreementPerShare == 0 ? 1 : 1 - (((2 * units) - 1) * expectedDisagreementPerShare / (absent * present));
            throw new ArgumentOutOfRangeException(nameof(targetAlpha), targetAlpha, FormattableString.Invariant(
                $"On this coding the lowest pooled alpha a simulated coder reaches is {lowest:0.000} (every decision made afresh)."));
        }

        var codes = dataset.Codebook
            .Select((code, index) => new CodeRecoding(code.Id, prevalences[index], share * (1 - prevalences[index]), share * prevalences[index]))
            .ToList();
        return new RecodingCalibration(targetAlpha, share, codes);
    }

    /// <summary>One recoding: the dataset with each (study, code) decision kept or flipped at the calibrated rates.</summary>
    /// <param name="dataset">The original coding; its codebook and studies are kept.</param>
    /// <param name="calibration">The rates, from <see cref="Calibrate"/> on the same dataset.</param>
    /// <param name="random">The source of randomness; a seeded one gives the same recoding each time.</param>
    /// <exception cref="ArgumentException">The calibration is for another codebook.</exception>
    public static ReviewDataset Recode(ReviewDataset dataset, RecodingCalibration calibration, Random random)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(calibration);
        ArgumentNullException.ThrowIfNull(random);
        var codes = calibration.Codes;
        if (codes.Count != dataset.Codebook.Count || codes.Where((code, index) => code.CodeId != dataset.Codebook[index].Id).Any())
        {
            throw new ArgumentException("The calibration was made for another codebook.", nameof(calibration));
        }

        var original = dataset.Matrix;
        var matrix = new CodingMatrix(original.StudyCount, original.CodeCount, original.Count);
        for (var study = 0; study < original.StudyCount; study++)
        {
            for (var code = 0; code < original.CodeCount; code++)
            {
                var has = original.Has(study, code);
                var flip = random.NextDouble() < (has ? codes[code].PresentToAbsent : codes[code].AbsentToPresent);
                if (has != flip)
                {
                    matrix.Add(study, code);
                }
            }
        }

        return dataset.WithCodings(matrix, "recoded from " + dataset.Source);
    }

    /// <summary>
    /// Krippendorff's alpha between two codings of the same studies with the same codebook, pooled over every
    /// (study, code) unit as <c>agreement</c> pools them; null when neither coding varies.
    /// </summary>
    /// <exception cref="ArgumentException">The codings are of different studies or codebooks.</exception>
    public static double? PooledAlpha(ReviewDataset original, ReviewDataset recoded)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(recoded);
        if (!original.Studies.Select(study => study.Id).SequenceEqual(recoded.Studies.Select(study => study.Id), StringComparer.Ordinal)
            || !original.Codebook.Select(code => code.Id).SequenceEqual(recoded.Codebook.Select(code => code.Id), StringComparer.Ordinal))
        {
            throw new ArgumentException("The two codings must cover the same studies with the same codebook.", nameof(recoded));
        }

        var units = Enumerable.Range(0, original.Codebook.Count).SelectMany(code => Enumerable.Range(0, original.Studies.Count)
            .Select(study => new int?[] { original.Matrix.Has(study, code) ? 1 : 0, recoded.Matrix.Has(study, code) ? 1 : 0 }));
        return AgreementCoefficients.KrippendorffAlpha(new ReliabilityData(units));
    }
}
