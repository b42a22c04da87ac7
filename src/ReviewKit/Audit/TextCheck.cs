namespace ReviewKit.Audit;

/// <summary>One check of a paper's numbers against each other, without the data.</summary>
/// <param name="Kind">What the check compares.</param>
/// <param name="ClaimIds">The claims involved, in file order.</param>
/// <param name="Verdict"><see cref="Verdict.Match"/>, <see cref="Verdict.MatchRounding"/> or <see cref="Verdict.Mismatch"/>.</param>
/// <param name="Note">The arithmetic, in words.</param>
public sealed record TextCheck(TextCheckKind Kind, IReadOnlyList<string> ClaimIds, Verdict Verdict, string Note);
