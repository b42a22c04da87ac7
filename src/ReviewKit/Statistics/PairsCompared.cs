namespace ReviewKit.Statistics;

/// <summary>Which pairs of a ranked family of codes are tested after Cochran's Q.</summary>
public enum PairsCompared
{
    /// <summary>Each code against the next in rank order (k − 1 tests): does the ranking's every step hold?</summary>
    Adjacent,

    /// <summary>Every pair of codes (k(k − 1)/2 tests): which codes differ from which?</summary>
    All,
}
