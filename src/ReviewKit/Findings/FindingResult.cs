namespace ReviewKit.Findings;

/// <summary>What a <see cref="Finding{TData}"/> gives on one dataset.</summary>
/// <param name="Holds">Whether the data bear the sentence out.</param>
/// <param name="Value">What the data give, in words and numbers, e.g. <c>UC1 55 of 60</c>.</param>
public sealed record FindingResult(bool Holds, string Value);
