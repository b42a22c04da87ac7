namespace ReviewKit.Data;

/// <summary>
/// How a coder decides whether a code applies to a piece of text: what the code means, what it takes in, what it leaves
/// to other codes, and an illustration. The four parts of a codebook entry after MacQueen et al. (1998).
/// </summary>
/// <remarks>
/// MacQueen, K. M., McLellan, E., Kay, K., &amp; Milstein, B. (1998). Codebook development for team-based qualitative
/// analysis. <i>Cultural Anthropology Methods</i>, 10(2), 31–36.
/// </remarks>
/// <param name="Definition">What the code means, in one sentence.</param>
/// <param name="Inclusion">When to use it; null when the codebook does not say.</param>
/// <param name="Exclusion">When not to use it, and which code to use instead; null when the codebook does not say.</param>
/// <param name="Example">An illustration of text the code fits; null when the codebook gives none.</param>
public sealed record CodingRules(string Definition, string? Inclusion, string? Exclusion, string? Example);
