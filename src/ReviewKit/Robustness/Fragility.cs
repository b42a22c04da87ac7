namespace ReviewKit.Robustness;

/// <summary>The fewest (study, code) decisions that, flipped, change whether a finding holds.</summary>
/// <param name="Flips">The number of flips: exact, or an upper bound found by a search.</param>
/// <param name="Exact">Whether <paramref name="Flips"/> is the fewest (worked out from the finding's counts) or a bound.</param>
public sealed record Fragility(int Flips, bool Exact);
