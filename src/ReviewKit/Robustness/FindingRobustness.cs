using ReviewKit.Findings;

namespace ReviewKit.Robustness;

/// <summary>How firmly one notebook sentence stands on the data.</summary>
/// <param name="Finding">The notebook and its sentence.</param>
/// <param name="Result">What the sentence gives on the data as they are.</param>
/// <param name="Fragility">The fewest flips that change its verdict; null when no flip of the coding does, or none was found.</param>
/// <param name="UnderRecoding">In how many recodings it held, one per target alpha, in the order of <see cref="RobustnessOptions.Alphas"/>.</param>
/// <param name="UnderBootstrap">In how many bootstrap resamples of the studies it held.</param>
public sealed record FindingRobustness(
    NotebookFinding Finding,
    FindingResult Result,
    Fragility? Fragility,
    IReadOnlyList<HeldShare> UnderRecoding,
    HeldShare UnderBootstrap);
