using System.Globalization;
using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Interchange;

/// <summary>
/// A REFI-QDA project read as a layer of the review: its codebook, its studies (the project's cases, or its coded
/// sources when it has no cases), their codings, and one coder per user when several users coded.
/// </summary>
/// <param name="Codebook">The codable codes, each under a stakeholder and a polarity code.</param>
/// <param name="Studies">The studies, in the project's order.</param>
/// <param name="Codings">One per (study, code): a study carries a code when the case is coded with it or any user coded one of its sources with it.</param>
/// <param name="Coders">One coder per user who coded sources, when there are two or more users; otherwise empty.</param>
public sealed record QdaProject(IReadOnlyList<Code> Codebook, IReadOnlyList<Study> Studies, IReadOnlyList<Coding> Codings, IReadOnlyList<Coder> Coders)
{
    /// <summary>The name of the one user who coded the project's sources, when exactly one did (then no agreement can be computed); otherwise null.</summary>
    internal string? OnlyCoder { get; init; }

    /// <summary>The layer's <c>codebook.csv</c>: <c>code,stakeholder,polarity,label</c>.</summary>
    public string ToCodebookCsv() => CsvText.Write(
        ["code", "stakeholder", "polarity", "label"],
        Codebook.Select(code => (IReadOnlyList<string>)[code.Id, code.Stakeholder.ToString(), code.Polarity.ToString(), code.Label]));

    /// <summary>The layer's <c>studies.csv</c>: <c>study_id,authors,year,label</c>.</summary>
    public string ToStudiesCsv() => CsvText.Write(
        ["study_id", "authors", "year", "label"],
        Studies.Select(study => (IReadOnlyList<string>)[study.Id, study.Authors, study.Year.ToString(CultureInfo.InvariantCulture), study.Label]));

    /// <summary>The layer's <c>codings.csv</c>: <c>study_id,code</c>.</summary>
    public string ToCodingsCsv() => CodingsCsv(Codings);

    /// <summary>A coder's file for <c>agreement</c>, in the format of <c>codings.csv</c>; a study the coder coded with no code is a row with an empty code.</summary>
    public static string ToCoderCsv(Coder coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        var coded = coder.Codings.Select(coding => coding.StudyId).ToHashSet(StringComparer.Ordinal);
        return CodingsCsv([.. coder.Codings, .. coder.Studies.Where(study => !coded.Contains(study)).Select(study => new Coding(study, ""))]);
    }

    private static string CodingsCsv(IEnumerable<Coding> codings) =>
        CsvText.Write(["study_id", "code"], codings.Select(coding => (IReadOnlyList<string>)[coding.StudyId, coding.CodeId]));
}
