using System.Globalization;
using ReviewKit.Counting;

namespace ReviewKit.Reliability;

/// <summary>How well coders agree on one code, or on all codes pooled: a row of an agreement table.</summary>
/// <param name="Code">The code, or <see cref="Agreement.PooledName"/> (<c>ALL</c>) for all (study, code) units together.</param>
/// <param name="CompleteUnits">Units every coder coded: the units of percent agreement, the kappas and PABAK.</param>
/// <param name="PairableUnits">Units at least two coders coded: the units of Krippendorff's alpha and Gwet's AC1.</param>
/// <param name="PercentAgreement">Mean pairwise percent agreement (<see cref="AgreementCoefficients.PercentAgreement"/>).</param>
/// <param name="CohenKappa">Cohen's kappa; null unless there are exactly two coders.</param>
/// <param name="Pabak">Prevalence-adjusted bias-adjusted kappa for presence/absence, 2pₒ − 1.</param>
/// <param name="FleissKappa">Fleiss' kappa; null unless there are more than two coders.</param>
/// <param name="Alpha">Krippendorff's alpha for nominal data.</param>
/// <param name="AlphaInterval">A bootstrap confidence interval for alpha (<see cref="AgreementCoefficients.KrippendorffAlphaInterval"/>).</param>
/// <param name="GwetAc1">Gwet's AC1 (<see cref="AgreementCoefficients.GwetAc1"/>).</param>
/// <param name="Ratings">The ratings on the pairable units: one per coder who coded the unit.</param>
/// <param name="PresentRatings">How many of those ratings assign the code.</param>
public sealed record CodeAgreement(
    string Code,
    int CompleteUnits,
    int PairableUnits,
    double? PercentAgreement,
    double? CohenKappa,
    double? Pabak,
    double? FleissKappa,
    double? Alpha,
    ConfidenceInterval? AlphaInterval,
    double? GwetAc1,
    int Ratings,
    int PresentRatings)
{
    /// <summary>
    /// The fewest ratings the rarer answer (present, or absent for a near-universal code) needs before kappa and alpha are
    /// read: 5. Below it one changed rating moves kappa by a large step, and kappa can be low although the coders almost
    /// always agree: the first paradox of kappa, which arises when one answer is rare (Feinstein &amp; Cicchetti 1990,
    /// "High agreement but low kappa: I. The problems of two paradoxes", <i>J Clin Epidemiol</i> 43, 543–549). The number 5
    /// is the usual least expected count of a cell for a chi-square approximation (Cochran 1954), a rule of thumb, not a proof.
    /// </summary>
    public const int MinimumMinorityRatings = 5;

    /// <summary>Whether, and why, kappa and alpha say little or nothing for this code.</summary>
    public AgreementLimit Limit
    {
        get
        {
            var absent = Ratings - PresentRatings;
            return (PairableUnits, PresentRatings, absent) switch
            {
                (0, _, _) => AgreementLimit.NoUnits,
                (_, 0, _) or (_, _, 0) => AgreementLimit.NoVariation,
                (_, < MinimumMinorityRatings, _) when PresentRatings <= absent => AgreementLimit.TooRare,
                (_, _, < MinimumMinorityRatings) => AgreementLimit.TooCommon,
                _ => AgreementLimit.None,
            };
        }
    }

    /// <summary>
    /// <see cref="Limit"/> in words with the counts behind it, e.g.
    /// <c>too rare: present in 3 of 40 ratings on 20 units; with fewer than 5 kappa and alpha are unstable</c>; empty when there is nothing to say.
    /// </summary>
    public string Note => Limit switch
    {
        AgreementLimit.NoUnits => "no units: no study was coded by two coders",
        AgreementLimit.NoVariation when PresentRatings == 0 =>
            Invariant($"no variation: no coder assigned the code on any of {PairableUnits} units; kappa and alpha are undefined"),
        AgreementLimit.NoVariation =>
            Invariant($"no variation: every coder assigned the code on all {PairableUnits} units; kappa and alpha are undefined"),
        AgreementLimit.TooRare =>
            Invariant($"too rare: present in {PresentRatings} of {Ratings} ratings on {PairableUnits} units; with fewer than {MinimumMinorityRatings} kappa and alpha are unstable"),
        AgreementLimit.TooCommon =>
            Invariant($"too common: absent in {Ratings - PresentRatings} of {Ratings} ratings on {PairableUnits} units; with fewer than {MinimumMinorityRatings} kappa and alpha are unstable"),
        _ => "",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
