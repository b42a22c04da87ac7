using System.Globalization;
using System.Text;

namespace ReviewKit.Data;

/// <summary>A CSV file read into rows keyed by header name, each row remembering its line.</summary>
/// <remarks>
/// RFC 4180 with the leniency of hand-edited files: LF, CRLF or CR line ends, a BOM, blank lines skipped, a quote inside
/// an unquoted field kept as a character. A quoted field may span lines; one that is never closed is reported on the
/// line where it opens, and the file is then not used, since nothing after that quote can be trusted. A field's leading
/// <c>'</c> before <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR is the <see cref="FormulaGuard"/> CSV output gets, not text.
/// </remarks>
internal sealed class CsvTable
{
    /// <summary>The longest line accepted, in characters: far above any real row, low enough that a stray binary or one-line file is refused quickly.</summary>
    public const int MaxLineLength = 100_000;

    /// <summary>The variable that sets <see cref="MaxFileBytes"/>, in megabytes.</summary>
    public const string MaxFileVariable = "REVIEWKIT_MAX_FILE_MB";

    /// <summary>The largest file read unless <see cref="MaxFileVariable"/> says otherwise, in megabytes.</summary>
    public const long DefaultMaxFileMegabytes = 1024;

    /// <summary>
    /// The largest file read, in bytes: 1 GB (a million studies' codings take 187 MB), or what <see cref="MaxFileVariable"/>
    /// sets. It bounds what an endless file (one written while read) can cost; a device or a pipe is never opened.
    /// </summary>
    public static long MaxFileBytes { get; } =
        long.TryParse(Environment.GetEnvironmentVariable(MaxFileVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes) && megabytes > 0
            ? Math.Min(megabytes, long.MaxValue / (1024 * 1024)) * 1024 * 1024
            : DefaultMaxFileMegabytes * 1024 * 1024;

    // Rows are kept compact, all fields in one list and the lines in another, so that a file of millions of rows costs
    // little more than its text: a 99 MB file of one repeated row is 11 million rows.
    private readonly List<string> _fields;
    private readonly List<int> _lines;
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, IReadOnlyList<string> header, List<string> fields, List<int> lines)
    {
        File = file;
        Header = header;
        _fields = fields;
        _lines = lines;
        _columns = header.Select((name, index) => (name, index)).ToDictionary(column => column.name, column => column.index, StringComparer.Ordinal);
        Rows = new RowList(this);
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    internal int LineOf(int row) => _lines[row];

    /// <summary>The field of a row in a column, or null when the header has no such column.</summary>
    internal string? Field(int row, string column) => _columns.TryGetValue(column, out var index) ? _fields[(row * Header.Count) + index] : null;

    /// <summary>Reads and parses a file; problems go to <paramref name="problems"/> and null is returned when no rows can be trusted.</summary>
    public static CsvTable? Read(string path, IReadOnlyList<string> requiredColumns, ProblemLog problems)
    {
        var text = ReadText(path, path, problems);
        return text is null ? null : Parse(path, text, requiredColumns, problems);
    }

    /// <summary>Parses CSV text; problems go to <paramref name="problems"/> and null is returned when no rows can be trusted.</summary>
    public static CsvTable? Parse(string file, string text, IReadOnlyList<string> requiredColumns, ProblemLog problems)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(file, 0, $"the file is empty; expected a header row with {string.Join(",", requiredColumns)}");
            return null;
        }

        if (LongLine(text) is { } longLine)
        {
            problems.Add(file, longLine.Line,
                $"line {longLine.Line} is {longLine.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; the limit is {MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} (is this really a CSV file with one row per line?)");
            return null;
        }

        var reader = new RecordReader(text);
        var headerRecord = reader.Next()!;
        if (RecordProblem(file, headerRecord, reader, problems))
        {
            return null;
        }

        var header = headerRecord.Fields.Select(name => name.Trim()).ToList();
        if (HeaderProblem(header, requiredColumns) is { } headerProblem)
        {
            problems.Add(file, headerRecord.Line, headerProblem);
            return null;
        }

        var fields = new List<string>();
        var lines = new List<int>();
        while (reader.Next() is { } record)
        {
            if (RecordProblem(file, record, reader, problems))
            {
                if (record.Unclosed || record.Line != record.EndLine)
                {
                    return null; // the quote swallowed whole lines: rows after it would be misread or missing
                }

                continue;
            }

            if (record.Fields.Count != header.Count)
            {
                problems.Add(file, record.Line, $"expected {header.Count} fields as in the header, found {record.Fields.Count}");
                continue;
            }

            fields.AddRange(record.Fields);
            lines.Add(record.Line);
        }

        return new CsvTable(file, header, fields, lines);
    }

    /// <summary>The fields of one line holding a whole record, as <see cref="Parse"/> reads them; null when its quoting is broken or a quoted field runs on past the line.</summary>
    internal static List<string>? SplitLine(string line)
    {
        var record = new RecordReader(line).Next();
        return record is null || record.Unclosed || record.Malformed || record.Line != record.EndLine ? null : record.Fields;
    }

    /// <summary>Reports a record whose quoting is broken; true when there was a problem.</summary>
    private static bool RecordProblem(string file, Record record, RecordReader reader, ProblemLog problems)
    {
        if (record.Unclosed)
        {
            problems.Add(file, record.QuoteLine,
                $"a quoted field opens on this line and is never closed, so the rest of the file (to line {reader.LastLine}) cannot be read; close the quote with \" or remove it");
            return true;
        }

        if (record.Malformed)
        {
            problems.Add(file, record.QuoteLine, record.QuoteLine == record.EndLine
                ? "malformed quoting: a quoted field must be closed and followed by a comma or the end of the line"
                : $"malformed quoting: a quoted field opens on this line and its closing quote, on line {record.EndLine}, is not followed by a comma or the end of the line; is a quote missing on this line?");
            return true;
        }

        return false;
    }

    private static string? HeaderProblem(List<string> header, IReadOnlyList<string> requiredColumns)
    {
        var repeated = header.Where(name => name.Length > 0).GroupBy(name => name, StringComparer.Ordinal).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (repeated.Count > 0)
        {
            return $"the header names column{(repeated.Count > 1 ? "s" : "")} {string.Join(", ", repeated.Select(name => $"'{name}'"))} more than once; give each column once";
        }

        var missing = requiredColumns.Where(column => !header.Contains(column, StringComparer.Ordinal)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var delimiterHint = header.Count == 1 && (header[0].Contains(';') || header[0].Contains('\t'))
            ? " (the header has one column: is the file separated by semicolons or tabs instead of commas?)"
            : "";
        return $"missing required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; the header must contain {string.Join(",", requiredColumns)}{delimiterHint}";
    }

    /// <summary>The first line longer than <see cref="MaxLineLength"/>, counting LF, CRLF and CR as line ends.</summary>
    private static (int Line, int Length)? LongLine(string text)
    {
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.AsSpan(start).IndexOfAny('\n', '\r');
            var length = end < 0 ? text.Length - start : end;
            if (length > MaxLineLength)
            {
                return (line, length);
            }

            if (end < 0)
            {
                break;
            }

            start += end + (text[start + end] == '\r' && start + end + 1 < text.Length && text[start + end + 1] == '\n' ? 2 : 1);
        }

        return null;
    }

    /// <summary>
    /// Reads a file as strict UTF-8 (with or without BOM); invalid bytes are a problem, not a silent replacement.
    /// Only a regular file (or a link to one) is read, and never more than <see cref="MaxFileBytes"/>: a device, a pipe,
    /// a broken link or a loop of links is a problem, not a hang.
    /// </summary>
    public static string? ReadText(string path, string displayName, ProblemLog problems) =>
        ReadText(path, displayName, "a CSV file", "a CSV file with a header row", problems);

    /// <summary>As <see cref="ReadText(string, string, ProblemLog)"/>, for a file of another kind: <paramref name="expected"/> names it in messages, e.g. <c>an RIS file</c>.</summary>
    public static string? ReadText(string path, string displayName, string expected, string expectedContent, ProblemLog problems)
    {
        var bytes = ReadBytes(path, displayName, expected, expectedContent, problems);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n');
            problems.Add(displayName, line, "the file is not valid UTF-8; save it as UTF-8 and try again");
            return null;
        }
    }

    /// <summary>
    /// Reads the bytes of a regular file (or a link to one), never more than <see cref="MaxFileBytes"/>; a device, a pipe,
    /// a broken link, a loop of links or a folder is a problem naming <paramref name="expected"/>, not a hang.
    /// </summary>
    public static byte[]? ReadBytes(string path, string displayName, string expected, string expectedContent, ProblemLog problems)
    {
        void Problem(string message) => problems.Add(displayName, 0, message);

        if (RegularFile(path, displayName, expected, expectedContent, problems) is not { } file)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(file.FullName, file.Length);
        }
        catch (UnauthorizedAccessException)
        {
            Problem("cannot be read: permission denied");
            return null;
        }
        catch (IOException e)
        {
            Problem($"cannot be read: {e.Message}");
            return null;
        }

        if (bytes.LongLength > MaxFileBytes)
        {
            Problem(TooLarge(bytes.LongLength));
            return null;
        }

        return bytes;
    }

    /// <summary>The CSV file to read, when <paramref name="path"/> leads to a regular file of at most <see cref="MaxFileBytes"/>; otherwise null, with the reason in <paramref name="problems"/>.</summary>
    public static FileInfo? RegularFile(string path, string displayName, ProblemLog problems) =>
        RegularFile(path, displayName, "a CSV file", "a CSV file with a header row", problems);

    /// <summary>As <see cref="RegularFile(string, string, ProblemLog)"/>, for a file of another kind: <paramref name="expected"/> names it in messages.</summary>
    public static FileInfo? RegularFile(string path, string displayName, string expected, string expectedContent, ProblemLog problems)
    {
        void Problem(string message) => problems.Add(displayName, 0, message);

        if (string.IsNullOrWhiteSpace(path))
        {
            Problem("no file name given (an empty path)");
            return null;
        }

        if (FilePaths.BrokenLink(path, expected) is { } brokenLink)
        {
            Problem(brokenLink);
            return null;
        }

        // A link's own size is the length of its target's name: measure the file it leads to.
        var file = new FileInfo(path);
        if (file.LinkTarget is not null && System.IO.File.ResolveLinkTarget(path, returnFinalTarget: true) is { } target)
        {
            file = new FileInfo(target.FullName);
        }

        if (Directory.Exists(path))
        {
            Problem($"is a directory; expected {expected}");
            return null;
        }

        if (!file.Exists)
        {
            Problem("file not found");
            return null;
        }

        // A device or a pipe reports a size of 0 and may never end (/dev/zero) or never start (a FIFO): never open one.
        if (file.Length == 0)
        {
            Problem($"the file is empty, or is not a regular file (a device or a pipe); expected {expectedContent}");
            return null;
        }

        if (file.Length > MaxFileBytes)
        {
            Problem(TooLarge(file.Length));
            return null;
        }

        return file;
    }

    private static string TooLarge(long size) =>
        $"the file is {size / (1024 * 1024)} MB or more; the limit is {MaxFileBytes / (1024 * 1024)} MB (is this the right file? {MaxFileVariable} sets another limit, in MB)";

    /// <summary>Reads up to one byte more than <see cref="MaxFileBytes"/>, whatever size the file claims: it may grow while read.</summary>
    private static byte[] ReadAtMost(string path, long expectedLength)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        using var bytes = new MemoryStream((int)Math.Min(Math.Min(expectedLength + 1, MaxFileBytes + 1), Array.MaxLength));
        var buffer = new byte[81_920];
        int read;
        while (bytes.Length <= MaxFileBytes && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            bytes.Write(buffer, 0, read);
        }

        return bytes.ToArray();
    }

    /// <summary>The rows of the table, made on demand.</summary>
    private sealed class RowList(CsvTable table) : IReadOnlyList<CsvRow>
    {
        public int Count => table._lines.Count;

        public CsvRow this[int index] => new(table, index);

        public IEnumerator<CsvRow> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>One record: its fields and the lines it spans, or what is wrong with its quoting.</summary>
    private sealed record Record(int Line, int EndLine, List<string> Fields, int QuoteLine, bool Unclosed, bool Malformed);

    /// <summary>Splits text into records, counting physical lines (LF, CRLF or CR each end one).</summary>
    private sealed class RecordReader(string text)
    {
        /// <summary>Short fields are shared: an id or a code repeats on many rows.</summary>
        private const int PooledLength = 32, PoolSize = 100_000;

        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
        private int _position;

        /// <summary>The current line, 1-based.</summary>
        public int Line { get; private set; } = 1;

        /// <summary>The text's last line: a final line end closes a line, it does not open one.</summary>
        public int LastLine => text.Length > 0 && IsLineEnd(text[^1]) ? Line - 1 : Line;

        /// <summary>The next record, skipping blank lines; null at the end of the text.</summary>
        public Record? Next()
        {
            while (_position < text.Length && (IsLineEnd(text[_position]) || IsBlankLine()))
            {
                SkipToNextLine();
            }

            if (_position >= text.Length)
            {
                return null;
            }

            var line = Line;
            var fields = new List<string>();
            while (true)
            {
                if (_position < text.Length && text[_position] == '"')
                {
                    var quoteLine = Line;
                    var field = ReadQuoted();
                    if (field is null)
                    {
                        return new Record(line, Line, fields, quoteLine, Unclosed: true, Malformed: false);
                    }

                    fields.Add(FormulaGuard.Remove(field));
                    if (_position < text.Length && text[_position] != ',' && !IsLineEnd(text[_position]))
                    {
                        var endLine = Line;
                        SkipToNextLine();
                        return new Record(line, endLine, fields, quoteLine, Unclosed: false, Malformed: true);
                    }
                }
                else
                {
                    var end = _position;
                    while (end < text.Length && text[end] != ',' && !IsLineEnd(text[end]))
                    {
                        end++;
                    }

                    fields.Add(FormulaGuard.Remove(Pooled(text.AsSpan(_position, end - _position))));
                    _position = end;
                }

                if (_position < text.Length && text[_position] == ',')
                {
                    _position++;
                    continue;
                }

                var recordEnd = Line;
                SkipLineEnd();
                return new Record(line, recordEnd, fields, 0, Unclosed: false, Malformed: false);
            }
        }

        /// <summary>Reads a quoted field from its opening quote; null when the text ends before the closing quote.</summary>
        private string? ReadQuoted()
        {
            var value = new StringBuilder();
            _position++;
            while (_position < text.Length)
            {
                var c = text[_position];
                if (c == '"')
                {
                    if (_position + 1 < text.Length && text[_position + 1] == '"')
                    {
                        value.Append('"');
                        _position += 2;
                        continue;
                    }

                    _position++;
                    return value.ToString();
                }

                if (IsLineEnd(c))
                {
                    var start = _position;
                    SkipLineEnd();
                    value.Append(text, start, _position - start);
                    continue;
                }

                value.Append(c);
                _position++;
            }

            return null;
        }

        private string Pooled(ReadOnlySpan<char> field)
        {
            if (field.Length > PooledLength || _pool.Count >= PoolSize)
            {
                return field.ToString();
            }

            var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(field, out var pooled))
            {
                pooled = field.ToString();
                _pool.Add(pooled, pooled);
            }

            return pooled;
        }

        private bool IsBlankLine()
        {
            for (var i = _position; i < text.Length && !IsLineEnd(text[i]); i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private void SkipToNextLine()
        {
            while (_position < text.Length && !IsLineEnd(text[_position]))
            {
                _position++;
            }

            SkipLineEnd();
        }

        private void SkipLineEnd()
        {
            if (_position >= text.Length)
            {
                return;
            }

            _position += text[_position] == '\r' && _position + 1 < text.Length && text[_position + 1] == '\n' ? 2 : 1;
            Line++;
        }

        private static bool IsLineEnd(char c) => c is '\n' or '\r';
    }
}
