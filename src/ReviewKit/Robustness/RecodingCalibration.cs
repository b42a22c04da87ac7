namespace ReviewKit.Robustness;

/// <summary>The flip rates of a simulated coder whose agreement with the original coding has an expected pooled alpha.</summary>
/// <param name="TargetAlpha">The pooled Krippendorff's alpha the recodings have, in expectation, with the original coding.</param>
/// <param name="ReplacedShare">
/// r, the share of (study, code) decisions the simulated coder makes afresh, at random with the code's prevalence; the
/// other decisions it copies from the original. Per code, alpha is then about 1 − r.
/// </param>
/// <param name="Codes">The flip rates of each code, in codebook order.</param>
public sealed record RecodingCalibration(double TargetAlpha, double ReplacedShare, IReadOnlyList<CodeRecoding> Codes);
