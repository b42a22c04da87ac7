using System.Globalization;
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
public sealed record StudyImport(IReadOnlyList<ImportedStudy> Studies, IReadOnlyList<PossibleDuplicate> Duplicates)
{
    /// <summary>The header of the <c>studies.csv</c> an import writes.</summary>
    public static readonly IReadOnlyList<string> StudiesColumns = ["study_id", "authors", "year", "title", "doi", "source"];

    /// <summary>The <c>codings.csv</c> an import writes: its header only, ready to fill.</summary>
    public const string EmptyCodingsCsv = "study_id,code\n";

    /// <summary>The longest id an import writes: a new id continues the review's last numbered id, and one longer than this is no id a person reads or types.</summary>
    internal const int MaxNewIdLength = 100;

    /// <summary>Plans the import of <paramref name="references"/> on top of the review in <paramref name="dataDirectories"/> (layers, in order; none for the paper's data).</summary>
    /// <exception cref="ReviewDataException">The data folders have problems, or the ids they end with cannot be continued.</exception>
    public static StudyImport Prepare(IReadOnlyList<Reference> references, IReadOnlyList<string> dataDirectories)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(dataDirectories);
        return PrepareAgainst(references, KnownStudy.Load(dataDirectories));
    }

    /// <remarks>
    /// Linear in the records and studies (plus the duplicates found): each study and kept record is indexed by its DOI, its
    /// title and year, and its first-author surname and year, and a record is compared only with those sharing a key.
    /// </remarks>
    internal static StudyImport PrepareAgainst(IReadOnlyList<Reference> references, IReadOnlyList<KnownStudy> known)
    {
        var nextId = IdSequence(known);
        var studies = new List<ImportedStudy>();
        var duplicates = new List<PossibleDuplicate>();
        var index = new DuplicateIndex();
        foreach (var study in known)
        {
            index.Add(Candidate.Of(study), $"{study.Id} ({study.Authors}, {study.Year}) in {study.Place}");
        }

        foreach (var reference in references)
        {
            var candidate = Candidate.Of(reference);
            var matches = index.Matches(candidate);
            if (matches.Count > 0)
            {
                duplicates.AddRange(matches.Select(match => new PossibleDuplicate(reference, match.Reason, match.Match)));
            }
            else
            {
                var study = new ImportedStudy(nextId(), reference);
                studies.Add(study);
                index.Add(candidate, $"the record at {reference.Place}, imported as {study.Id}");
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

    /// <summary>Why <paramref name="a"/> may duplicate <paramref name="b"/>, the first that applies: same DOI, same title and year, same first-author surname and year where one of them is bare; null when none does.</summary>
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

    /// <summary>
    /// Ids after the last numbered id of the review, keeping its prefix and width: JA01…JA60 ⇒ JA61, JA62, …; S01, S02, …
    /// when no id is numbered. The number is the id's final run of ASCII digits (<c>JA٣</c> is not numbered), counted on
    /// in decimal text, so any length continues exactly: JA99999999999999999999 ⇒ JA100000000000000000000.
    /// </summary>
    /// <exception cref="ReviewDataException">A new id would be longer than <see cref="MaxNewIdLength"/> characters.</exception>
    private static Func<string> IdSequence(IReadOnlyList<KnownStudy> known)
    {
        var taken = known.Select(study => study.Id).ToHashSet(StringComparer.Ordinal);
        var numbered = known.Select(study => (Study: study, Start: NumberStart(study.Id))).Where(id => id.Start < id.Study.Id.Length).ToList();
        var prefix = numbered.Count > 0 ? numbered[^1].Study.Id[..numbered[^1].Start] : "S";
        var series = numbered
            .Where(id => id.Start == prefix.Length && id.Study.Id.StartsWith(prefix, StringComparison.Ordinal))
            .Select(id => (id.Study, Digits: id.Study.Id[id.Start..]))
            .ToList();
        var width = series.Count > 0 ? series.Max(id => id.Digits.Length) : 2;
        var last = series.Count > 0 ? series.MaxBy(id => id.Digits.TrimStart('0'), DecimalTextComparer.Instance) : default;
        var next = series.Count > 0 ? Increment(last.Digits.TrimStart('0')) : "1";
        return () =>
        {
            string id;
            do
            {
                id = prefix + next.PadLeft(width, '0');
                next = Increment(next);
            }
            while (!taken.Add(id));

            if (id.Length > MaxNewIdLength)
            {
                var problems = new ProblemLog();
                problems.Add(last.Study.File, last.Study.Line,
                    $"new studies' ids continue this study's id, {VisibleText.Escape(last.Study.Id.Length <= 40 ? last.Study.Id : last.Study.Id[..37] + "...")}, and the next one is {id.Length.ToString(CultureInfo.InvariantCulture)} characters long; "
                    + $"an import writes ids of at most {MaxNewIdLength} characters: give the studies of the layers shorter ids");
                throw new ReviewDataException(problems);
            }

            return id;
        };
    }

    /// <summary>Where the final run of ASCII digits of <paramref name="id"/> starts; its length when it ends in none.</summary>
    private static int NumberStart(string id)
    {
        var start = id.Length;
        while (start > 0 && char.IsAsciiDigit(id[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>A whole number written in ASCII digits, plus one: <c>199</c> ⇒ <c>200</c>, <c>""</c> ⇒ <c>1</c>.</summary>
    private static string Increment(string digits)
    {
        var number = digits.ToCharArray();
        for (var i = number.Length - 1; i >= 0; i--)
        {
            if (number[i] != '9')
            {
                number[i]++;
                return new string(number);
            }

            number[i] = '0';
        }

        return "1" + new string(number);
    }

    /// <summary>Orders whole numbers written in ASCII digits without leading zeros: the longer is the larger.</summary>
    private sealed class DecimalTextComparer : IComparer<string>
    {
        public static readonly DecimalTextComparer Instance = new();

        public int Compare(string? x, string? y) =>
            (x?.Length ?? 0) != (y?.Length ?? 0) ? (x?.Length ?? 0).CompareTo(y?.Length ?? 0) : string.CompareOrdinal(x, y);
    }

    /// <summary>The studies and kept records a record is compared with, by the keys a duplicate shares with them, in order: the review's studies, then the kept records.</summary>
    private sealed class DuplicateIndex
    {
        private readonly List<(Candidate Candidate, string Match)> _entries = [];
        private readonly Dictionary<string, List<int>> _byDoi = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, int), List<int>> _byTitleAndYear = [];
        private readonly Dictionary<(string, int), List<int>> _bySurnameAndYear = [];
        private readonly Dictionary<(string, int), List<int>> _bareBySurnameAndYear = [];

        public void Add(Candidate candidate, string match)
        {
            var entry = _entries.Count;
            _entries.Add((candidate, match));
            if (candidate.DoiKey is { } doi)
            {
                At(_byDoi, doi).Add(entry);
            }

            if (candidate.TitleKey is { Length: > 0 } title)
            {
                At(_byTitleAndYear, (title, candidate.Year)).Add(entry);
            }

            if (candidate.Surname.Length > 0)
            {
                At(_bySurnameAndYear, (candidate.Surname, candidate.Year)).Add(entry);
                if (candidate.IsBare)
                {
                    At(_bareBySurnameAndYear, (candidate.Surname, candidate.Year)).Add(entry);
                }
            }
        }

        /// <summary>Every entry <paramref name="candidate"/> may duplicate, with the reason, in the order of the entries.</summary>
        public List<(DuplicateReason Reason, string Match)> Matches(Candidate candidate)
        {
            var entries = new SortedSet<int>();
            if (candidate.DoiKey is { } doi && _byDoi.TryGetValue(doi, out var sameDoi))
            {
                entries.UnionWith(sameDoi);
            }

            if (candidate.TitleKey is { Length: > 0 } title && _byTitleAndYear.TryGetValue((title, candidate.Year), out var sameTitle))
            {
                entries.UnionWith(sameTitle);
            }

            // The surname and year are compared when either of the two is bare: a bare record with any entry, another with bare entries.
            if (candidate.Surname.Length > 0
                && (candidate.IsBare ? _bySurnameAndYear : _bareBySurnameAndYear).TryGetValue((candidate.Surname, candidate.Year), out var sameSurname))
            {
                entries.UnionWith(sameSurname);
            }

            return entries
                .Select(entry => (Reason: StudyImport.Compare(candidate, _entries[entry].Candidate), _entries[entry].Match))
                .Where(match => match.Reason is not null)
                .Select(match => (match.Reason!.Value, match.Match))
                .ToList();
        }

        private static List<int> At<TKey>(Dictionary<TKey, List<int>> index, TKey key)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var entries))
            {
                entries = [];
                index.Add(key, entries);
            }

            return entries;
        }
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
