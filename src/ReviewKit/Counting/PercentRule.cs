namespace ReviewKit.Counting;

/// <summary>Which rounding rule turns an exact percentage into a stated whole one.</summary>
internal enum PercentRule
{
    /// <summary>Rounded half away from zero: the paper's rule.</summary>
    Rounded,

    /// <summary>Truncated (the same as rounded down for percentages).</summary>
    Truncated,

    /// <summary>Rounded up.</summary>
    RoundedUp,

    /// <summary>No rule gives it.</summary>
    None,
}
