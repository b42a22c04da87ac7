namespace ReviewKit.Audit;

/// <summary>How a stated number compares with the number recomputed from the data.</summary>
public enum Verdict
{
    /// <summary>Every number stated agrees; a percentage agrees as the paper rounds (half away from zero).</summary>
    Match,

    /// <summary>The numbers agree only under another rounding of the percentage: truncated or rounded up.</summary>
    MatchRounding,

    /// <summary>A stated number disagrees with the data, or the wording's bound ("most", "at most 15%") does not hold.</summary>
    Mismatch,

    /// <summary>The data hold nothing to check the number against.</summary>
    NotDerivable,
}
