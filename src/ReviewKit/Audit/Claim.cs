namespace ReviewKit.Audit;

/// <summary>
/// One number a paper states about its studies, with what it measures: a row of <c>claims.csv</c>.
/// </summary>
/// <param name="Id">The claim's identifier, e.g. <c>C33</c>.</param>
/// <param name="Section">Where the paper states it, e.g. <c>RQ2: employers</c>.</param>
/// <param name="Quote">A short exact excerpt of the paper holding the number.</param>
/// <param name="Quantity">What the number measures (see <see cref="ClaimQuantity"/>).</param>
/// <param name="ReportedN">The count the paper states, or null when it states none.</param>
/// <param name="ReportedPercent">The whole percentage the paper states, or null when it states none.</param>
/// <param name="ReportedBound">A bound the wording sets on the percentage, e.g. <c>&gt;50</c> for "more than half"; null when none.</param>
/// <param name="PartOf">The name of a whole this claim is one part of (e.g. <c>sites</c>), so the parts can be added up; null when none.</param>
/// <param name="Reading">How the sentence was read into the quantity, or why the data cannot yield it; null when plain.</param>
public sealed record Claim(
    string Id,
    string Section,
    string Quote,
    ClaimQuantity Quantity,
    int? ReportedN,
    int? ReportedPercent,
    PercentBound? ReportedBound = null,
    string? PartOf = null,
    string? Reading = null);
