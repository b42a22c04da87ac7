using ReviewKit.Data;

namespace ReviewKit.Audit;

/// <summary>Studies that carry exactly the same codes: all their codes, or one stakeholder's.</summary>
/// <param name="Stakeholder">The stakeholder whose codes were compared; null when all codes were.</param>
/// <param name="Codes">The codes the studies share, in codebook order; empty when they share having none.</param>
/// <param name="Studies">The studies, in study order; two or more.</param>
public sealed record ProfileGroup(Stakeholder? Stakeholder, IReadOnlyList<string> Codes, IReadOnlyList<Study> Studies);
