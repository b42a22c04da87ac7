using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>A new record that may duplicate a study of the review, or an earlier record of the same import; it is not added.</summary>
/// <param name="Reference">The record left out.</param>
/// <param name="Reason">What the two have in common.</param>
/// <param name="Match">What it may duplicate, e.g. <c>JA07 (Loeckx, 2016) in data/studies.csv:8</c> or <c>the record at new.ris:12</c>.</param>
public sealed record PossibleDuplicate(Reference Reference, DuplicateReason Reason, string Match)
{
    /// <summary>The duplicate as <c>FILE:LINE: message</c>.</summary>
    public override string ToString() =>
        new DataProblem(Reference.File, Reference.Line, $"possible duplicate of {Match}: {Describe(Reason)}; not added").ToString();

    private static string Describe(DuplicateReason reason) => reason switch
    {
        DuplicateReason.SameDoi => "same DOI",
        DuplicateReason.SameTitleAndYear => "same title and year",
        DuplicateReason.SameFirstAuthorAndYear => "same first-author surname and year",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };
}
