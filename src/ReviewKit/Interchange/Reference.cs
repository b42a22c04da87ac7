namespace ReviewKit.Interchange;

/// <summary>One bibliographic record read from a reference manager's export (RIS or CSL-JSON).</summary>
/// <param name="File">The file it was read from, as the user gave it.</param>
/// <param name="Line">The line where the record starts (its <c>TY</c> line, or the item's opening brace).</param>
/// <param name="Authors">The authors in the file's order and spelling, e.g. <c>Smith, Jane</c>.</param>
/// <param name="Year">The publication year.</param>
/// <param name="Title">The title, or null when the record has none.</param>
/// <param name="Doi">The DOI without a resolver prefix, e.g. <c>10.1186/s41239-023-00381-x</c>; null when none.</param>
/// <param name="Source">Where it was published (journal, book or proceedings title); null when the record names none.</param>
public sealed record Reference(string File, int Line, IReadOnlyList<string> Authors, int Year, string? Title, string? Doi, string? Source)
{
    /// <summary>The authors as one cell of <c>studies.csv</c>, separated by semicolons.</summary>
    /// <example><c>["Smith, Jane", "Lee, K."]</c> ⇒ <c>Smith, Jane; Lee, K.</c>.</example>
    public string AuthorsText => string.Join("; ", Authors);

    /// <summary>Where the record is, as <c>FILE:LINE</c>.</summary>
    public string Place => $"{File}:{Line}";
}
