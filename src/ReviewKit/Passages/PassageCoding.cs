namespace ReviewKit.Passages;

/// <summary>The codes one coder gave one passage; an empty list when the coder read it and found no code.</summary>
/// <param name="PassageId">The passage.</param>
/// <param name="CodeIds">The codes given, in codebook order.</param>
/// <param name="Reason">Why, when the coder says (the answer key does).</param>
public sealed record PassageCoding(string PassageId, IReadOnlyList<string> CodeIds, string? Reason = null);
