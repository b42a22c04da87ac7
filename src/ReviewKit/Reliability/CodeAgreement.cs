using ReviewKit.Counting;

namespace ReviewKit.Reliability;

/// <summary>How well coders agree on one code, or on all codes pooled: a row of an agreement table.</summary>
/// <param name="Code">The code, or <see cref="Agreement.PooledName"/> (<c>ALL</c>) for all (study, code) units together.</param>
/// <param name="CompleteUnits">Units every coder coded: the units of percent agreement, the kappas and PABAK.</param>
/// <param name="PairableUnits">Units at least two coders coded: the units of Krippendorff's alpha.</param>
/// <param name="PercentAgreement">Mean pairwise percent agreement (<see cref="AgreementCoefficients.PercentAgreement"/>).</param>
/// <param name="CohenKappa">Cohen's kappa; null unless there are exactly two coders.</param>
/// <param name="Pabak">Prevalence-adjusted bias-adjusted kappa for presence/absence, 2pₒ − 1.</param>
/// <param name="FleissKappa">Fleiss' kappa; null unless there are more than two coders.</param>
/// <param name="Alpha">Krippendorff's alpha for nominal data.</param>
/// <param name="AlphaInterval">A bootstrap confidence interval for alpha (<see cref="AgreementCoefficients.KrippendorffAlphaInterval"/>).</param>
public sealed record CodeAgreement(
    string Code,
    int CompleteUnits,
    int PairableUnits,
    double? PercentAgreement,
    double? CohenKappa,
    double? Pabak,
    double? FleissKappa,
    double? Alpha,
    ConfidenceInterval? AlphaInterval);
