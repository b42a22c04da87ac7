using ReviewKit.Data;

namespace ReviewKit.Audit;

/// <summary>How many pairs of studies share a coding profile, against how many independent coding would give.</summary>
/// <param name="Stakeholder">The stakeholder whose codes were compared; null when all codes were.</param>
/// <param name="Codes">How many codes were compared.</param>
/// <param name="Groups">Groups of two or more studies with identical profiles.</param>
/// <param name="StudiesInGroups">Studies that belong to such a group.</param>
/// <param name="IdenticalPairs">Pairs of studies with identical profiles.</param>
/// <param name="ExpectedPairs">
/// Pairs expected if every code were assigned independently of the others, each with its observed frequency:
/// C(N, 2) · Π (p² + (1 − p)²) over the compared codes, p = n / N. A baseline, not a test: real studies differ in how much they discuss.
/// </param>
public sealed record ProfileDuplication(Stakeholder? Stakeholder, int Codes, int Groups, int StudiesInGroups, int IdenticalPairs, double ExpectedPairs);
