namespace ReviewKit.Reliability;

/// <summary>How the bootstrap interval of alpha is drawn.</summary>
/// <param name="BootstrapSamples">How many bootstrap samples.</param>
/// <param name="Seed">The random seed: the same seed gives the same intervals.</param>
/// <param name="Level">The confidence level.</param>
public sealed record AgreementOptions(
    int BootstrapSamples = AgreementCoefficients.DefaultBootstrapSamples,
    int Seed = AgreementCoefficients.DefaultSeed,
    double Level = 0.95);
