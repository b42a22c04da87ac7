using System.Buffers;
using System.Globalization;
using System.Text;

namespace ReviewKit.Data;

/// <summary>The fast reading of a data folder whose files are clean.</summary>
public sealed partial record ReviewDataset
{
    /// <summary>About the bytes of a row, to size the lists from the file's length rather than grow them row by row.</summary>
    private const int BytesPerCodingEstimate = 13, BytesPerStudyEstimate = 28;

    /// <summary>
    /// Reads one data folder in a single pass over the bytes of its files, straight into a <see cref="CodingMatrix"/>:
    /// no text of the whole file, no string per field, no record per coding. It handles the files a tool or a careful
    /// hand writes (any column order, extra columns, BOM, CRLF, quoted fields on one line, blank lines) and gives up,
    /// returning null, at the first thing that is not clean: a problem, a quoted field across lines, a long line, a bare
    /// CR. The caller then reads the folder with <see cref="CsvTable"/>, which reports every problem with its line; so
    /// clean data are read fast and messages stay exactly what they were.
    /// </summary>
    internal static ReviewDataset? TryLoadClean(string directory)
    {
        var ignored = new ProblemLog();
        var paths = new[] { CodebookFile, StudiesFile, CodingsFile }.Select(file => Path.Combine(directory, file)).ToList();
        if (paths.Any(path => CsvTable.RegularFile(path, path, ignored) is null))
        {
            return null;
        }

        try
        {
            var codes = new Dictionary<string, Definition<Code>>(StringComparer.Ordinal);
            var codebook = new List<Code>();
            if (CsvTable.Read(paths[0], CodebookColumns, ignored) is not { } codebookTable)
            {
                return null;
            }

            ReadCodebook(codebookTable, codes, codebook, ignored);
            if (ignored.Count > 0 || ReadCleanStudies(paths[1]) is not { } studies)
            {
                return null;
            }

            var matrix = ReadCleanCodings(paths[2], codebook, studies);
            if (matrix is null || Enumerable.Range(0, studies.Studies.Count).Any(study => matrix.Row(study).IndexOfAnyExcept(0UL) < 0))
            {
                return null; // a study without codings is a problem the full reader reports
            }

            return new ReviewDataset(codebook, studies.Studies, matrix, directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record CleanStudies(List<Study> Studies, Dictionary<string, int> IndexById);

    private static CleanStudies? ReadCleanStudies(string path)
    {
        using var reader = new CsvLineReader(path);
        if (CleanHeader(reader, StudiesColumns) is not { } header)
        {
            return null;
        }

        var (id, authors, year) = (header.IndexOf("study_id"), header.IndexOf("authors"), header.IndexOf("year"));
        var label = header.IndexOf("label");
        var expected = (int)Math.Min(new FileInfo(path).Length / BytesPerStudyEstimate, Array.MaxLength / 2);
        var studies = new List<Study>(expected);
        var index = new Dictionary<string, int>(expected, StringComparer.Ordinal);
        var fields = new List<string>(header.Count);
        var ranges = new Range[header.Count + 1];
        while (reader.Next(out var line))
        {
            if (IsBlank(line))
            {
                continue;
            }

            if (!Split(line, fields, header.Count, ranges))
            {
                return null;
            }

            var studyId = fields[id].Trim();
            var studyAuthors = fields[authors].Trim();
            var yearText = fields[year].Trim();
            if (studyId.Length == 0 || studyAuthors.Length == 0
                || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var studyYear) || studyYear < MinYear || studyYear > MaxYear
                || !index.TryAdd(studyId, studies.Count))
            {
                return null;
            }

            var studyLabel = label >= 0 && fields[label].Trim() is { Length: > 0 } given ? given : $"{studyAuthors} ({studyYear})";
            studies.Add(new Study(studyId, studyAuthors, studyYear, studyLabel));
        }

        return reader.Unusual || studies.Count == 0 ? null : new CleanStudies(studies, index);
    }

    private static CodingMatrix? ReadCleanCodings(string path, List<Code> codebook, CleanStudies studies)
    {
        var codeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < codebook.Count; i++)
        {
            codeIndex.Add(codebook[i].Id, i);
        }

        var studyLookup = studies.IndexById.GetAlternateLookup<ReadOnlySpan<char>>();
        var codeLookup = codeIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        var expected = (int)Math.Min(new FileInfo(path).Length / BytesPerCodingEstimate, Array.MaxLength / 2);
        var matrix = new CodingMatrix(studies.Studies.Count, codebook.Count, expected);
        using var reader = new CsvLineReader(path);
        if (CleanHeader(reader, CodingsColumns) is not { } header)
        {
            return null;
        }

        var (studyColumn, codeColumn) = (header.IndexOf("study_id"), header.IndexOf("code"));
        var fields = new List<string>(header.Count);
        var chars = new char[CsvTable.MaxLineLength];
        var ranges = new Range[header.Count + 1];
        var lastStudy = new byte[64];
        var (lastStudyLength, lastStudyIndex) = (-1, -1);
        var codeByBytes = new Dictionary<ulong, int>();
        while (reader.Next(out var line))
        {
            int study, code;
            if (line.IndexOf((byte)'"') < 0)
            {
                if (SplitAtCommas(line, ranges) != header.Count)
                {
                    if (IsBlank(line))
                    {
                        continue;
                    }

                    return null;
                }

                // Codings are usually grouped by study, and codes are few: remember the last study, key short codes by their bytes.
                var studyBytes = line[ranges[studyColumn]];
                if (lastStudyLength >= 0 && studyBytes.SequenceEqual(lastStudy.AsSpan(0, lastStudyLength)))
                {
                    study = lastStudyIndex;
                }
                else if (studyLookup.TryGetValue(Decode(studyBytes, chars).Trim(), out study))
                {
                    if (studyBytes.Length <= lastStudy.Length)
                    {
                        studyBytes.CopyTo(lastStudy);
                        (lastStudyLength, lastStudyIndex) = (studyBytes.Length, study);
                    }
                }
                else
                {
                    return null;
                }

                var codeBytes = line[ranges[codeColumn]];
                if (!(ShortKey(codeBytes) is { } key && codeByBytes.TryGetValue(key, out code)))
                {
                    if (!codeLookup.TryGetValue(Decode(codeBytes, chars).Trim(), out code))
                    {
                        return null;
                    }

                    if (ShortKey(codeBytes) is { } newKey)
                    {
                        codeByBytes[newKey] = code;
                    }
                }
            }
            else if (!Split(line, fields, header.Count, ranges)
                || !studies.IndexById.TryGetValue(fields[studyColumn].Trim(), out study) || !codeIndex.TryGetValue(fields[codeColumn].Trim(), out code))
            {
                return null;
            }

            if (!matrix.Add(study, code))
            {
                return null; // a (study, code) pair coded twice
            }
        }

        return reader.Unusual ? null : matrix;
    }

    /// <summary>The header's trimmed column names when they hold every required column once; null otherwise.</summary>
    private static List<string>? CleanHeader(CsvLineReader reader, IReadOnlyList<string> required)
    {
        if (!reader.Next(out var line))
        {
            return null;
        }

        var header = CsvTable.SplitLine(Encoding.UTF8.GetString(line))?.Select(name => name.Trim()).ToList();
        return header is null || header.Distinct(StringComparer.Ordinal).Count() != header.Count || required.Any(column => !header.Contains(column, StringComparer.Ordinal))
            ? null
            : header;
    }

    /// <summary>Splits a line holding one whole record into <paramref name="fields"/>; false when it is not such a line or has another number of fields.</summary>
    private static bool Split(ReadOnlySpan<byte> line, List<string> fields, int count, Range[] ranges)
    {
        fields.Clear();
        if (line.IndexOf((byte)'"') < 0)
        {
            if (SplitAtCommas(line, ranges) != count)
            {
                return false;
            }

            for (var i = 0; i < count; i++)
            {
                fields.Add(Encoding.UTF8.GetString(line[ranges[i]]));
            }

            return true;
        }

        if (CsvTable.SplitLine(Encoding.UTF8.GetString(line)) is not { } split || split.Count != count)
        {
            return false;
        }

        fields.AddRange(split);
        return true;
    }

    /// <summary>The fields of a line without quotes, as ranges; how many there are (at most the length of <paramref name="ranges"/>).</summary>
    private static int SplitAtCommas(ReadOnlySpan<byte> line, Range[] ranges)
    {
        var count = 0;
        var start = 0;
        while (count < ranges.Length)
        {
            var comma = line[start..].IndexOf((byte)',');
            if (comma < 0)
            {
                ranges[count++] = start..line.Length;
                return count;
            }

            ranges[count++] = start..(start + comma);
            start += comma + 1;
        }

        return count + 1; // more fields than asked for
    }

    /// <summary>A field of one to seven ASCII letters and digits as a number (its bytes and its length), or null: such a field needs no decoding or trimming.</summary>
    private static ulong? ShortKey(ReadOnlySpan<byte> field)
    {
        if (field.Length is 0 or > 7)
        {
            return null;
        }

        ulong key = (ulong)field.Length;
        foreach (var b in field)
        {
            if (!char.IsAsciiLetterOrDigit((char)b))
            {
                return null;
            }

            key = (key << 8) | b;
        }

        return key;
    }

    private static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> field, Span<char> chars) =>
        chars[..Encoding.UTF8.GetChars(field, chars)];

    private static readonly SearchValues<byte> BlankBytes = SearchValues.Create(" \t\f\v"u8);

    /// <summary>A line of spaces and tabs, or empty: the full reader skips it, so may this one. Other white space is left to the full reader.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(BlankBytes) < 0;
}
