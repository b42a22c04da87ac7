using ReviewKit.Reliability;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>07-intercoder-reliability</c>, on the coders passed to the check: the paper's coding (A), coder B and coder C.</summary>
internal sealed class Notebook07Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "07.1",
            "What is Cohen's kappa between the first two coders (the paper's coding and coder B) for the code LO2, to two decimals?",
            "`Agreement.DataOf(review, [coders[0], coders[1]], \"LO2\")` gives the units; count the four cells of the 2 × 2 table, then κ = (pₒ − pₑ) / (1 − pₑ).",
            data =>
            {
                var coders = data.RequireCoders("07.1");
                return AgreementCoefficients.CohenKappa(Agreement.DataOf(data.Dataset, [coders[0], coders[1]], "LO2")) ?? double.NaN;
            },
            Tolerance: 0.005),
        new(
            "07.2",
            "With the paper's coding (A) and coder C alone, for how many codes does Krippendorff's alpha reach 0.800, the level at which Krippendorff advises relying on a variable?",
            "`Agreement.Compute(review, [coders[0], coders[2]]).PerCode` gives one row per code; count the rows whose `Alpha` is at least 0.800.",
            data =>
            {
                var coders = data.RequireCoders("07.2");
                return PerCode(data, [coders[0], coders[^1]]).Count(row => row.Alpha >= 0.800);
            }),
        new(
            "07.3",
            "Between the paper's coding (A) and coder B, which code has the largest gap between PABAK and Cohen's kappa?",
            "compute PABAK − kappa for every code of `Agreement.Compute(review, [coders[0], coders[1]])` and look at the code's prevalence; section 4 explains why the two part ways.",
            data =>
            {
                var coders = data.RequireCoders("07.3");
                var gaps = PerCode(data, [coders[0], coders[1]])
                    .Where(row => row.Pabak.HasValue && row.CohenKappa.HasValue)
                    .Select(row => (row.Code, Gap: Math.Round(row.Pabak!.Value - row.CohenKappa!.Value, 10)))
                    .ToList();
                var largest = gaps.Max(gap => gap.Gap);
                return gaps.Where(gap => gap.Gap == largest).Select(gap => gap.Code).ToList();
            }),
    ];

    /// <summary>The per-code rows (no pooled row); the bootstrap is not needed, so one sample keeps the check quick.</summary>
    private static IEnumerable<CodeAgreement> PerCode(ExerciseData data, IReadOnlyList<Coder> coders) =>
        Agreement.Compute(data.Dataset, coders, new AgreementOptions(BootstrapSamples: 1)).PerCode;
}
