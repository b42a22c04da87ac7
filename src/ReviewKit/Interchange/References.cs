using System.Globalization;
using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>Reads the exports of reference managers: RIS (Scopus, Web of Science, EndNote, Zotero) and CSL-JSON (Zotero, Mendeley).</summary>
public static class References
{
    /// <summary>Reads every file (UTF-8, or UTF-16 with a byte-order mark); a file whose first character is <c>[</c> or <c>{</c> is CSL-JSON, any other RIS.</summary>
    /// <returns>The records of all files, in file order.</returns>
    /// <exception cref="ReviewDataException">A file cannot be read or holds a malformed record; every problem of every file is listed as <c>FILE:LINE: message</c>.</exception>
    public static IReadOnlyList<Reference> Load(IReadOnlyList<string> paths)
    {
        var loaded = Load(paths, skipIncomplete: false, windows1252: false);
        return loaded.Failure is { } failure ? throw failure : loaded.References;
    }

    /// <summary>
    /// Reads every file in the encoding its byte-order mark names (UTF-8 without one, or Windows-1252 for RIS when
    /// <paramref name="windows1252"/> is set); with <paramref name="skipIncomplete"/>, a record without author or year is
    /// left out and listed instead of refusing the files.
    /// </summary>
    internal static LoadedReferences Load(IReadOnlyList<string> paths, bool skipIncomplete, bool windows1252)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var log = new RecordLog(new ProblemLog(), skipIncomplete);
        var notes = new List<string>();
        var references = new List<Reference>();
        foreach (var path in paths)
        {
            var bytes = CsvTable.ReadBytes(path, path, "an RIS or CSL-JSON file", "an RIS or CSL-JSON file", log.Problems);
            if (bytes is not null && ExportText.Decode(path, bytes, windows1252, log.Problems, notes) is { } text)
            {
                references.AddRange(Read(path, text, log));
            }
        }

        var failure = log.Problems.Count > 0 ? new ReviewDataException(log.Problems) : null;
        return new LoadedReferences(references, log.Skipped, notes, failure, log.IncompleteRecords);
    }

    /// <summary>Reads the text of one export, RIS or CSL-JSON as its first character says.</summary>
    /// <example>
    /// <code>
    /// References.Parse("new.ris", "TY  - JOUR\nAU  - Smith, Jane\nPY  - 2020/11//\nTI  - Badges\nER  - \n")
    /// // ⇒ one Reference: Authors ["Smith, Jane"], Year 2020, Title "Badges"
    /// </code>
    /// </example>
    /// <exception cref="ReviewDataException">The text is not RIS or CSL-JSON, or holds a malformed record; every problem is listed.</exception>
    public static IReadOnlyList<Reference> Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var log = new RecordLog(new ProblemLog(), skipIncomplete: false);
        var references = Read(file, text, log);
        return log.Problems.Count == 0 ? references : throw new ReviewDataException(log.Problems);
    }

    /// <summary>
    /// The most characters a record's authors, title, DOI and source may take: its row of <c>studies.csv</c> also holds an
    /// id, a year, commas and quotes, and must stay within a data line, or the layer written would not read back.
    /// </summary>
    private const int LongestRecord = CsvTable.MaxLineLength / 2 - StudyImport.MaxNewIdLength;

    private static List<Reference> Read(string file, string text, RecordLog log)
    {
        var problems = log.Problems;
        var references = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n') is ['[' or '{', ..]
            ? CslJsonReader.Parse(file, text, log)
            : RisReader.Parse(file, text, log);
        foreach (var reference in references)
        {
            var length = reference.AuthorsText.Length + (reference.Title?.Length ?? 0) + (reference.Doi?.Length ?? 0) + (reference.Source?.Length ?? 0);
            if (length > LongestRecord)
            {
                problems.Add(file, reference.Line,
                    $"the record's authors, title, DOI and source take {length.ToString("N0", CultureInfo.InvariantCulture)} characters; "
                    + $"a study holds at most {LongestRecord.ToString("N0", CultureInfo.InvariantCulture)}, so that its row of studies.csv stays within a data line");
            }
        }

        return references;
    }
}

/// <summary>What reading exports gave: the records, the records skipped, notes on encodings, and the problems that refuse the files.</summary>
/// <param name="References">The records read, in file order (empty when <paramref name="Failure"/> is set).</param>
/// <param name="Skipped">Each record left out as <c>FILE:LINE: skipped: why</c>.</param>
/// <param name="EncodingNotes">One line per file not read as plain UTF-8, e.g. <c>a.ris: read as UTF-16LE (byte-order mark)</c>.</param>
/// <param name="Failure">Every problem, when there is any.</param>
/// <param name="IncompleteRecords">How many of the problems' records lack an author or a year: skipping them would have read the rest.</param>
internal sealed record LoadedReferences(
    IReadOnlyList<Reference> References, IReadOnlyList<DataProblem> Skipped, IReadOnlyList<string> EncodingNotes, ReviewDataException? Failure, int IncompleteRecords);
