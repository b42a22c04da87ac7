using ReviewKit.Data;

namespace ReviewKit.Audit;

/// <summary>Two studies whose codes differ in only a few codes.</summary>
/// <param name="First">The earlier study in study order.</param>
/// <param name="Second">The later study.</param>
/// <param name="Differences">The codes one carries and the other does not, in codebook order; empty when the two are identical.</param>
public sealed record SimilarPair(Study First, Study Second, IReadOnlyList<string> Differences);
