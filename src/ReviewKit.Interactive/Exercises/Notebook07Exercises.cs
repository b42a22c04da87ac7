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
            "build the 2 × 2 table of the two coders' yes and no for LO2 over the studies both coded, then follow the steps of section 2: observed agreement, chance agreement, and how far the first goes beyond the second.",
            data =>
            {
                var coders = data.RequireCoders("07.1");
                return AgreementCoefficients.CohenKappa(Agreement.DataOf(data.Dataset, [coders[0], coders[1]], "LO2")) ?? double.NaN;
            },
            Tolerance: 0.005),
        new(
            "07.2",
            "With the paper's coding (A) and coder C alone, for how many of the 36 codes does the 95% interval of "
                + "Krippendorff's alpha contain both 0.667 and 0.800, so that the sample cannot place the code on either side "
                + "of either threshold?",
            "compute the agreement of this pair of coders, not of all three, and look at each code's interval, not at its "
                + "alpha: an interval contains a threshold when its low end is at or below it and its high end at or above it.",
            data =>
            {
                var coders = data.RequireCoders("07.2");
                return Agreement.Compute(data.Dataset, [coders[0], coders[coders.Count - 1]]).PerCode
                    .Count(row => row.AlphaInterval is { } interval && interval.Low <= 0.667 && interval.High >= 0.800);
            }),
        new(
            "07.3",
            "Between the paper's coding (A) and coder B, what is the largest gap between PABAK and Cohen's kappa over the 36 "
                + "codes, to two decimals?",
            "the two statistics differ only in how they estimate chance agreement; compute both for every code of this pair "
                + "and take the largest difference, PABAK minus kappa.",
            data =>
            {
                var coders = data.RequireCoders("07.3");
                return PerCode(data, [coders[0], coders[1]])
                    .Where(row => row.Pabak.HasValue && row.CohenKappa.HasValue)
                    .Max(row => row.Pabak.GetValueOrDefault() - row.CohenKappa.GetValueOrDefault());
            },
            Tolerance: 0.005),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "07.4",
            "Suppose the paper had reported this table: three coders on 20 studies, pooled alpha 0.78 with its interval, and per-code alphas from below 0 to 0.93. How far would you trust its Table 6 (UC1 55, UC2 14, UC3 9 studies), and what would you want the authors to add?",
            "Only tentatively. A pooled alpha of 0.78 is below Krippendorff's 0.800 and its interval reaches down further, so conclusions "
                + "from the coding as a whole are tentative; and a pooled value hides the codes that matter here. Each count of Table 6 rests "
                + "on its own code's reliability, and with 20 studies a code's interval is so wide that its alpha alone cannot say "
                + "whether the code passes a threshold: UC1's alpha is near zero because nearly every study carries it, which says the sample "
                + "cannot show whether coders agree on it, not that they do. I would ask for the per-code alpha with intervals for the codes "
                + "the paper reports, the prevalence and PABAK beside kappa for near-universal codes, a reliability sample that includes "
                + "studies without UC1, how disagreements were resolved, and the counts reported with the caveat for codes below the threshold."),
    ];

    /// <summary>The per-code rows (no pooled row); the bootstrap is not needed, so one sample keeps the check quick.</summary>
    private static IEnumerable<CodeAgreement> PerCode(ExerciseData data, IReadOnlyList<Coder> coders) =>
        Agreement.Compute(data.Dataset, coders, new AgreementOptions(BootstrapSamples: 1)).PerCode;
}
