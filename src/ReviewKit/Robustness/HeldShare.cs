namespace ReviewKit.Robustness;

/// <summary>In how many of a number of replicates a finding held.</summary>
/// <param name="Held">The replicates in which it held.</param>
/// <param name="Replicates">The replicates drawn.</param>
public sealed record HeldShare(int Held, int Replicates)
{
    /// <summary>The share of replicates in which the finding held, 0 to 1; NaN when none was drawn.</summary>
    public double Share => Replicates == 0 ? double.NaN : (double)Held / Replicates;

    /// <summary>The Monte Carlo standard error of <see cref="Share"/>: √(p(1 − p)/N).</summary>
    /// <example>500 of 1,000 ⇒ 0.0158; 1,000 of 1,000 ⇒ 0.</example>
    public double StandardError => Replicates == 0 ? double.NaN : Math.Sqrt(Share * (1 - Share) / Replicates);
}
