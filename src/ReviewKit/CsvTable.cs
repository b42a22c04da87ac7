using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ReviewKit;

/// <summary>A CSV file read into rows keyed by header name, each row remembering its line.</summary>
internal sealed class CsvTable
{
    /// <summary>The longest line accepted, in characters: far above any real row, low enough that a stray binary or one-line file is refused quickly.</summary>
    public const int MaxLineLength = 100_000;

    /// <summary>The largest file read, in bytes (100 MB): a coding table of a review is a few hundred kilobytes.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Parses CSV text; problems go to <paramref name="problems"/> and null is returned when no rows can be trusted.</summary>
    public static CsvTable? Parse(string file, string text, IReadOnlyList<string> requiredColumns, List<DataProblem> problems)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new DataProblem(file, 0, $"the file is empty; expected a header row with {string.Join(",", requiredColumns)}"));
            return null;
        }

        if (LongLine(text) is { } longLine)
        {
            problems.Add(new DataProblem(file, longLine.Line,
                $"line {longLine.Line} is {longLine.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; the limit is {MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} (is this really a CSV file with one row per line?)"));
            return null;
        }

        var badLines = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            IgnoreBlankLines = true,
            BadDataFound = bad =>
            {
                var line = StartLine(bad.Context.Parser!.RawRow, bad.RawRecord);
                if (badLines.Add(line))
                {
                    problems.Add(new DataProblem(file, line, "malformed quoting: a quoted field must be closed and followed by a comma or the end of the line"));
                }
            },
        };

        using var parser = new CsvParser(new StringReader(text), config);
        if (!parser.Read())
        {
            problems.Add(new DataProblem(file, 0, "the file is empty; expected a header row"));
            return null;
        }

        var header = parser.Record!.Select(name => name.Trim()).ToList();
        var missing = requiredColumns.Where(column => !header.Contains(column, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            var delimiterHint = header.Count == 1 && (header[0].Contains(';') || header[0].Contains('\t'))
                ? " (the header has one column: is the file separated by semicolons or tabs instead of commas?)"
                : "";
            problems.Add(new DataProblem(file, 1,
                $"missing required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; the header must contain {string.Join(",", requiredColumns)}{delimiterHint}"));
            return null;
        }

        var rows = new List<CsvRow>();
        while (parser.Read())
        {
            var record = parser.Record!; // fields are parsed lazily: read them before asking whether the row was bad
            var line = StartLine(parser.RawRow, parser.RawRecord);
            if (badLines.Contains(line))
            {
                continue;
            }

            if (record.Length != header.Count)
            {
                problems.Add(new DataProblem(file, line, $"expected {header.Count} fields as in the header, found {record.Length}"));
                continue;
            }

            rows.Add(new CsvRow(line, header, record));
        }

        return new CsvTable(file, header, rows);
    }

    private static (int Line, int Length)? LongLine(string text)
    {
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > MaxLineLength)
            {
                return (line, length);
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return null;
    }

    private static int StartLine(int lastRawRow, string rawRecord)
    {
        var newlinesInside = rawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
        return lastRawRow - newlinesInside;
    }

    /// <summary>Reads a file as strict UTF-8 (with or without BOM); invalid bytes are a problem, not a silent replacement.</summary>
    public static string? ReadText(string path, string displayName, List<DataProblem> problems)
    {
        if (Directory.Exists(path))
        {
            problems.Add(new DataProblem(displayName, 0, "is a directory; expected a CSV file"));
            return null;
        }

        if (!System.IO.File.Exists(path))
        {
            problems.Add(new DataProblem(displayName, 0, "file not found"));
            return null;
        }

        var size = new FileInfo(path).Length;
        if (size > MaxFileBytes)
        {
            problems.Add(new DataProblem(displayName, 0, $"the file is {size / (1024 * 1024)} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB (is this the right file?)"));
            return null;
        }

        var bytes = System.IO.File.ReadAllBytes(path);
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
            problems.Add(new DataProblem(displayName, line, "the file is not valid UTF-8; save it as UTF-8 and try again"));
            return null;
        }
    }
}

/// <summary>One data row of a <see cref="CsvTable"/>.</summary>
internal sealed class CsvRow(int line, IReadOnlyList<string> header, string[] fields)
{
    public int Line { get; } = line;

    public string this[string column] => fields[IndexOf(column)].Trim();

    public string? Optional(string column)
    {
        var index = IndexOf(column);
        if (index < 0)
        {
            return null;
        }

        var value = fields[index].Trim();
        return value.Length == 0 ? null : value;
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
