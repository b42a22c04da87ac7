using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>
/// Reads RIS, the tagged format of Scopus, Web of Science, EndNote and Zotero exports: one <c>TAG  - value</c> per line,
/// each record from <c>TY</c> to <c>ER</c>.
/// </summary>
/// <remarks>
/// Strict where a mistake would lose a study: a record must end with <c>ER</c>, have an author (<c>AU</c> or <c>A1</c>)
/// and a year (<c>PY</c>, else <c>Y1</c>, else <c>DA</c>, whose first four characters are the year: <c>2020/11//</c>).
/// Lenient where exporters differ: LF, CRLF or CR line ends, a BOM, blank lines, tags this reader does not use, a
/// line without a tag inside a record, which continues the previous value (some exporters wrap long abstracts), and
/// lines between records: publishers' headers (<c>Provider: …</c>), Cochrane's <c>Record #1 of 611</c>, Ovid's record
/// numbers and the <c>NL</c> and link lines it writes after <c>ER</c>. A line outside a record that holds what only a
/// record holds (an author, title or year) is still reported, since a record that lost its <c>TY</c> would be lost.
/// An item without authors takes its editors (<c>A2</c>, <c>ED</c>), as citation styles do.
/// </remarks>
internal static partial class RisReader
{
    private static readonly string[] AuthorTags = ["AU", "A1"];
    private static readonly string[] EditorTags = ["A2", "ED"];
    private static readonly string[] YearTags = ["PY", "Y1", "DA"];
    private static readonly string[] TitleTags = ["TI", "T1"];

    /// <summary>Tags only a record holds: outside one, they are a record that lost its <c>TY</c>, not an exporter's extra line.</summary>
    private static readonly HashSet<string> RecordOnlyTags = ["AU", "A1", "A2", "ED", "TI", "T1", "PY", "Y1", "DA", "DO"];
    private static readonly string[] SourceTags = ["T2", "JF", "JO", "BT", "JA", "J2"];

    [GeneratedRegex(@"^([A-Z][A-Z0-9])  -(?: (.*))?$")]
    private static partial Regex TagLine();

    [GeneratedRegex(@"^(\d{4})(?:[/-].*)?$")]
    private static partial Regex YearValue();

    public static List<Reference> Parse(string file, string text, RecordLog log)
    {
        var problems = log.Problems;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var references = new List<Reference>();
        Record? record = null;
        var recordsSeen = 0;
        var lineNumber = 0;
        (int Line, string Text)? firstLine = null;
        foreach (var lineText in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = lineText.TrimEnd().ToString();
            if (line.Length == 0)
            {
                continue;
            }

            firstLine ??= (lineNumber, line);
            var match = TagLine().Match(line);
            if (!match.Success)
            {
                if (record is { Fields.Count: > 0 })
                {
                    record.Continue(line.Trim());
                }
                else if (record is not null)
                {
                    problems.Add(file, lineNumber, $"'{Shorten(line)}' is not an RIS line; every line is 'TAG  - value' (two letters or a letter and a digit, two spaces, a hyphen)");
                }

                continue; // between records: a header, a record number, a link
            }

            var tag = match.Groups[1].Value;
            var value = match.Groups[2].Value.Trim();
            if (tag == "TY")
            {
                if (record is not null)
                {
                    problems.Add(file, record.Line, $"the record starting here has no ER line before the next record (line {lineNumber}); end every record with 'ER  - '");
                    ToReference(file, record, log, skippable: false); // what else is wrong with it, all at once; unfinished, it is not imported
                }

                record = new Record(lineNumber);
                recordsSeen++;
                continue;
            }

            if (record is null)
            {
                if (recordsSeen > 0 && RecordOnlyTags.Contains(tag))
                {
                    problems.Add(file, lineNumber, $"{tag} outside a record; a record starts with 'TY  - ' and ends with 'ER  - '");
                }

                continue; // between records: Ovid's NL lines after ER, and the like
            }

            if (tag == "ER")
            {
                if (ToReference(file, record, log, skippable: true) is { } reference)
                {
                    references.Add(reference);
                }

                record = null;
                continue;
            }

            record.Add(tag, value, lineNumber);
        }

        if (record is not null)
        {
            problems.Add(file, record.Line, "the record starting here has no ER line: the file ends first; end every record with 'ER  - '");
            ToReference(file, record, log, skippable: false);
        }
        else if (recordsSeen == 0)
        {
            problems.Add(file, firstLine?.Line ?? 0, firstLine is { } first
                ? $"not an RIS file: expected a record starting with 'TY  - ', found '{Shorten(first.Text)}'"
                : "no RIS record found; expected records from 'TY  - ' to 'ER  - '");
        }

        return references;
    }

    private static Reference? ToReference(string file, Record record, RecordLog log, bool skippable)
    {
        var faults = new List<RecordFault>();
        var authors = record.All(AuthorTags).Select(field => FieldText.Plain(field.Value)).OfType<string>().ToList();
        if (authors.Count == 0)
        {
            authors = record.All(EditorTags).Select(field => FieldText.Plain(field.Value)).OfType<string>().ToList();
        }

        if (authors.Count == 0)
        {
            faults.Add(new RecordFault(record.Line, "the record has no author; expected AU or A1 lines (or A2 or ED for an edited book)", "no author (no AU, A1, A2 or ED line)"));
        }

        var year = 0;
        if (record.First(YearTags) is not { } yearField)
        {
            faults.Add(new RecordFault(record.Line, "the record has no year; expected a PY, Y1 or DA line", "no year (no PY, Y1 or DA line)"));
        }
        else if (!TryYear(yearField.Value, out year))
        {
            faults.Add(new RecordFault(yearField.Line,
                $"{yearField.Tag} '{Shorten(yearField.Value)}' is not a year; expected a year {RecordLog.YearRange}, e.g. 2020 or 2020/11//",
                $"{yearField.Tag} '{Shorten(yearField.Value)}' is not a year {RecordLog.YearRange}"));
        }

        log.Incomplete(file, record.Line, faults, skippable);
        return faults.Count == 0 && skippable
            ? new Reference(file, record.Line, authors, year, FieldText.Plain(record.First(TitleTags)?.Value), DoiText.Clean(FieldText.Plain(record.First(["DO"])?.Value)), FieldText.Plain(record.First(SourceTags)?.Value))
            : null;
    }

    /// <summary>The year of an RIS date: four digits, alone or followed by <c>/</c> or <c>-</c> and the rest of the date, from 1500 to next year.</summary>
    internal static bool TryYear(string value, out int year)
    {
        year = 0;
        var match = YearValue().Match(value);
        return match.Success
            && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year >= ReviewDataset.MinYear && year <= RecordLog.LatestYear;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>A tag's value, and the lines that continue it, joined by spaces once read: a value wrapped on 40,000 lines costs no more than its text.</summary>
    private sealed class Field(string tag, string value, int line)
    {
        private string _value = value;
        private StringBuilder? _continued;

        public string Tag { get; } = tag;

        public int Line { get; } = line;

        public string Value
        {
            get
            {
                if (_continued is not null)
                {
                    _value = _continued.ToString();
                    _continued = null;
                }

                return _value;
            }
        }

        public void Continue(string text)
        {
            _continued ??= new StringBuilder(Value);
            if (_continued.Length > 0)
            {
                _continued.Append(' ');
            }

            _continued.Append(text);
        }
    }

    private sealed class Record(int line)
    {
        public int Line { get; } = line;

        public List<Field> Fields { get; } = [];

        public void Add(string tag, string value, int line) => Fields.Add(new Field(tag, value, line));

        public void Continue(string text) => Fields[^1].Continue(text);

        public IEnumerable<Field> All(string[] tags) => Fields.Where(field => tags.Contains(field.Tag, StringComparer.Ordinal));

        /// <summary>The first non-empty value of the first tag present, in the order of <paramref name="tags"/>.</summary>
        public Field? First(string[] tags) =>
            tags.Select(tag => Fields.FirstOrDefault(field => field.Tag == tag && field.Value.Length > 0)).FirstOrDefault(field => field is not null);
    }
}
