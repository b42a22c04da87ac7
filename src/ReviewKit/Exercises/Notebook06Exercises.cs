namespace ReviewKit;

/// <summary>The exercises of <c>06-intercoder-reliability</c>, on the coders passed to the check (the paper's coding first).</summary>
internal sealed class Notebook06Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "06.1",
            "What is Cohen's kappa between the first two coders (the paper's coding and coder B) for the code LO2, to two decimals?",
            "`Agreement.Units(review, [coders[0], coders[1]], \"LO2\")` gives the units; count the four cells of the 2 × 2 table, then κ = (pₒ − pₑ) / (1 − pₑ).",
            data =>
            {
                var coders = data.RequireCoders("06.1");
                return Reliability.CohenKappa(Agreement.Units(data.Dataset, [coders[0], coders[1]], "LO2")) ?? double.NaN;
            },
            Tolerance: 0.005),
        new(
            "06.2",
            "With all the coders, for how many codes is Krippendorff's alpha below 0.667, the level below which Krippendorff advises not to rely on a variable?",
            "filter the rows of `Agreement.Compute(review, coders)` to the codes (leave out ALL) whose `Alpha` is below 0.667, and count them.",
            data => Rows(data, "06.2").Count(row => row.Alpha < 0.667)),
        new(
            "06.3",
            "Among the codes whose Fleiss' kappa is below 0.40 with all the coders, which has the highest percent agreement?",
            "keep the rows of `Agreement.Compute(review, coders)` with `FleissKappa` below 0.40 and order them by `PercentAgreement`; section 4 explains why the two can disagree.",
            data =>
            {
                var low = Rows(data, "06.3").Where(row => row.FleissKappa < 0.40).ToList();
                var best = low.Count == 0 ? 0 : low.Max(row => row.PercentAgreement ?? 0);
                return low.Where(row => row.PercentAgreement == best).Select(row => row.Code).ToList();
            }),
    ];

    private static IEnumerable<CodeAgreement> Rows(ExerciseData data, string id) =>
        Agreement.Compute(data.Dataset, data.RequireCoders(id), new AgreementOptions(BootstrapSamples: 1))
            .Where(row => row.Code != Agreement.Pooled);
}
