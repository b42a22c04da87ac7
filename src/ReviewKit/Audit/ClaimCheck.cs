namespace ReviewKit.Audit;

/// <summary>One claim checked against a dataset.</summary>
/// <param name="Claim">The claim.</param>
/// <param name="ComputedN">The count recomputed from the data (studies, code assignments, stakeholders or codes); null when there is none.</param>
/// <param name="ComputedPercent">The exact percentage recomputed from the data; null when the quantity has none.</param>
/// <param name="Verdict">How the claim compares.</param>
/// <param name="Note">What was counted and, when it disagrees, the likeliest reason, in words a reader can check by hand.</param>
public sealed record ClaimCheck(Claim Claim, int? ComputedN, double? ComputedPercent, Verdict Verdict, string Note);
