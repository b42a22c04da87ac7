using System.Globalization;
using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>Reads the exports of reference managers: RIS (Scopus, Web of Science, EndNote, Zotero) and CSL-JSON (Zotero, Mendeley).</summary>
public static class References
{
    /// <summary>Reads every file; a file whose first character is <c>[</c> or <c>{</c> is CSL-JSON, any other RIS.</summary>
    /// <returns>The records of all files, in file order.</returns>
    /// <exception cref="ReviewDataException">A file cannot be read or holds a malformed record; every problem of every file is listed as <c>FILE:LINE: message</c>.</exception>
    public static IReadOnlyList<Reference> Load(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var problems = new ProblemLog();
        var references = new List<Reference>();
        foreach (var path in paths)
        {
            var text = CsvTable.ReadText(path, path, "an RIS or CSL-JSON file", "an RIS or CSL-JSON file", problems);
            if (text is not null)
            {
                references.AddRange(Read(path, text, problems));
            }
        }

        return problems.Count == 0 ? references : throw new ReviewDataException(problems);
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
        var problems = new ProblemLog();
        var references = Read(file, text, problems);
        return problems.Count == 0 ? references : throw new ReviewDataException(problems);
    }

    /// <summary>
    /// The most characters a record's authors, title, DOI and source may take: its row of <c>studies.csv</c> also holds an
    /// id, a year, commas and quotes, and must stay within a data line, or the layer written would not read back.
    /// </summary>
    private const int LongestRecord = CsvTable.MaxLineLength / 2 - StudyImport.MaxNewIdLength;

    private static List<Reference> Read(string file, string text, ProblemLog problems)
    {
        var references = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n') is ['[' or '{', ..]
            ? CslJsonReader.Parse(file, text, problems)
            : RisReader.Parse(file, text, problems);
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
