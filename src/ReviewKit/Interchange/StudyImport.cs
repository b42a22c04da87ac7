using System.Globalization;
using System.Text.RegularExpressions;
using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>
/// New studies from reference managers, as a layer: each record that duplicates no study becomes a study with a new id;
/// the others are listed as possible duplicates.
/// </summary>
/// <remarks>
/// A record may duplicate a study of the review, or an earlier record of the same import, when both have the same DOI,
/// or the same title (without case, accents or punctuation) and year, or, where one of them has neither title nor DOI
/// (the paper's studies hold authors and year only), the same first-author surname and year.
/// New ids continue those of the review: after JA60 come JA61, JA62, …
/// </remarks>
/// <param name="Studies">The new studies, in record order.</param>
/// <param name="Duplicates">The records left out, one entry per study or record each may duplicate.</param>
public sealed partial record StudyImport(IReadOnlyList<ImportedStudy> Studies, IReadOnlyList<PossibleDuplicate> Duplicates)
{
    /// <summary>The header of the <c>studies.csv</c> an import writes.</summary>
    public static readonly IReadOnlyList<string> StudiesColumns = ["study_id", "authors", "year", "title", "doi", "source"];

    /// <summary>The <c>codings.csv</c> an import writes: its header only, ready to fill.</summary>
    public const string EmptyCodingsCsv = "study_id,code\n";

    [GeneratedRegex(@"^(.*?)(\d+)$")]
    private static partial Regex NumberedId();

    /// <summary>Plans the import of <paramref name="references"/> on top of the review in <paramref name="dataDirectories"/> (layers, in order; none for the paper's data).</summary>
    /// <exception cref="ReviewDataException">The data folders have problems.</exception>
    public static StudyImport Prepare(IReadOnlyList<Reference> references, IReadOnlyList<string> dataDirectories)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(dataDirectories);
        return PrepareAgainst(references, KnownStudy.Load(dataDirectories));
    }

    internal static StudyImport PrepareAgainst(IReadOnlyList<Reference> references, IReadOnlyList<KnownStudy> known)
    {
        var nextId = IdSequence(known.Select(study => study.Id).ToList());
        var studies = new List<ImportedStudy>();
        var duplicates = new List<PossibleDuplicate>();
        foreach (var reference in references)
        {
            var candidate = Candidate.Of(reference);
            var matches = known
                .Select(study => (Reason: Compare(candidate, Candidate.Of(study)), Match: $"{study.Id} ({study.Authors}, {study.Year}) in {study.Place}"))
                .Concat(studies.Select(added => (Reason: Compare(candidate, Candidate.Of(added.Reference)), Match: $"the record at {added.Reference.Place}, imported as {added.Id}")))
                .Where(match => match.Reason is not null)
                .Select(match => new PossibleDuplicate(reference, match.Reason!.Value, match.Match))
                .ToList();
            if (matches.Count > 0)
            {
                duplicates.AddRange(matches);
            }
            else
            {
                studies.Add(new ImportedStudy(nextId(), reference));
            }
        }

        return new StudyImport(studies, duplicates);
    }

    /// <summary>The new layer's <c>studies.csv</c>: <c>study_id,authors,year,title,doi,source</c>, LF line ends.</summary>
    public string ToStudiesCsv() => CsvText.Write(StudiesColumns, Studies.Select(study => (IReadOnlyList<string>)
    [
        study.Id,
        study.Reference.AuthorsText,
        study.Reference.Year.ToString(CultureInfo.InvariantCulture),
        study.Reference.Title ?? "",
        study.Reference.Doi ?? "",
        study.Reference.Source ?? "",
    ]));

    private static DuplicateReason? Compare(Candidate a, Candidate b)
    {
        if (a.DoiKey is not null && a.DoiKey == b.DoiKey)
        {
            return DuplicateReason.SameDoi;
        }

        if (a.Year != b.Year)
        {
            return null;
        }

        if (a.TitleKey is { Length: > 0 } && a.TitleKey == b.TitleKey)
        {
            return DuplicateReason.SameTitleAndYear;
        }

        return (a.IsBare || b.IsBare) && a.Surname.Length > 0 && a.Surname == b.Surname ? DuplicateReason.SameFirstAuthorAndYear : null;
    }

    /// <summary>Ids after the last numbered id of the review, keeping its prefix and width: JA01…JA60 ⇒ JA61, JA62, …; S01, S02, … when no id is numbered.</summary>
    private static Func<string> IdSequence(IReadOnlyList<string> knownIds)
    {
        var taken = knownIds.ToHashSet(StringComparer.Ordinal);
        var numbered = knownIds.Select(id => NumberedId().Match(id)).Where(match => match.Success).ToList();
        var prefix = numbered.Count > 0 ? numbered[^1].Groups[1].Value : "S";
        var sameSeries = numbered.Where(match => match.Groups[1].Value == prefix).ToList();
        var width = sameSeries.Count > 0 ? sameSeries.Max(match => match.Groups[2].Length) : 2;
        var next = sameSeries.Count > 0 ? sameSeries.Max(match => long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) + 1 : 1;
        return () =>
        {
            string id;
            do
            {
                id = prefix + next++.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
            }
            while (!taken.Add(id));

            return id;
        };
    }

    /// <summary>A record or study in the forms compared.</summary>
    private sealed record Candidate(string? DoiKey, string? TitleKey, string Surname, int Year)
    {
        /// <summary>Neither title nor DOI: only the first author and the year can tell it apart.</summary>
        public bool IsBare => DoiKey is null && string.IsNullOrEmpty(TitleKey);

        public static Candidate Of(Reference reference) => new(
            DoiText.Key(reference.Doi),
            reference.Title is { } title ? MatchKey.Text(title) : null,
            MatchKey.FirstSurname(reference.Authors[0]),
            reference.Year);

        public static Candidate Of(KnownStudy study) => new(
            DoiText.Key(study.Doi),
            study.Title is { } title ? MatchKey.Text(title) : null,
            MatchKey.FirstSurname(study.Authors),
            study.Year);
    }
}
