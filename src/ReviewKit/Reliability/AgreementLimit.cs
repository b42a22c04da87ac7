namespace ReviewKit.Reliability;

/// <summary>Why the agreement statistics of a code say little or nothing (see <see cref="CodeAgreement.Limit"/>).</summary>
public enum AgreementLimit
{
    /// <summary>Nothing to warn about: both answers occur often enough.</summary>
    None,

    /// <summary>No study was coded by two or more coders: there is nothing to compare.</summary>
    NoUnits,

    /// <summary>Every rating is the same (the code is never or always assigned): kappa and alpha are 0/0, undefined.</summary>
    NoVariation,

    /// <summary>The code is assigned in fewer than <see cref="CodeAgreement.MinimumMinorityRatings"/> ratings: kappa and alpha are unstable.</summary>
    TooRare,

    /// <summary>The code is left out in fewer than <see cref="CodeAgreement.MinimumMinorityRatings"/> ratings: kappa and alpha are unstable.</summary>
    TooCommon,
}
