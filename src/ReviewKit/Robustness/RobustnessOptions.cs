namespace ReviewKit.Robustness;

/// <summary>How <see cref="RobustnessAnalysis"/> draws its replicates.</summary>
public sealed record RobustnessOptions
{
    /// <summary>The targets of pooled alpha used when none are given: Krippendorff's lowest for tentative conclusions, his standard, and 0.9.</summary>
    public static IReadOnlyList<double> DefaultAlphas { get; } = [0.667, 0.8, 0.9];

    /// <summary>The replicates drawn per condition when no number is given.</summary>
    public const int DefaultSamples = 1000;

    /// <summary>The seed when none is given: fixed, so that a run is reproducible.</summary>
    public const int DefaultSeed = 2023;

    /// <summary>The targets of pooled alpha between the simulated coder and the original coding, one recoding condition each.</summary>
    public IReadOnlyList<double> Alphas { get; init; } = DefaultAlphas;

    /// <summary>The replicates drawn per condition (each alpha, and the bootstrap).</summary>
    public int Samples { get; init; } = DefaultSamples;

    /// <summary>The seed; the same seed gives the same shares, however many threads evaluate them.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Whether to search for a bound on the fragility of findings that do not declare an exact one (see <see cref="FragilitySearch"/>).</summary>
    public bool SearchFragility { get; init; } = true;
}
