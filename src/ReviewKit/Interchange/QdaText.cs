using System.Globalization;
using System.Xml;
using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>
/// Finds text that XML 1.0, and so a REFI-QDA file, cannot carry: control characters other than tab, line feed and
/// carriage return, U+FFFE, U+FFFF and lone surrogates. Such text is refused rather than changed, so that importing an
/// export gives back the same data.
/// </summary>
internal static class QdaText
{
    /// <summary>The first character of <paramref name="text"/> that XML 1.0 cannot carry, as <c>U+XXXX</c>; null when there is none.</summary>
    /// <example><c>FirstUnwritable("a\vb")</c> ⇒ <c>U+000B</c>.</example>
    public static string? FirstUnwritable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return $"U+{((int)text[i]).ToString("X4", CultureInfo.InvariantCulture)}";
            }
        }

        return null;
    }

    /// <summary>Every field of the dataset that a REFI-QDA file would hold and cannot, named by file (line 0: the dataset keeps no lines).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="withStudies">Whether the studies are written too (a project), or only the codebook.</param>
    public static IReadOnlyList<DataProblem> Problems(ReviewDataset dataset, bool withStudies)
    {
        var problems = new List<DataProblem>();
        foreach (var code in dataset.Codebook)
        {
            Check(problems, ReviewDataset.CodebookFile, 0, "code", code.Id, [("id", code.Id), ("label", code.Label)]);
        }

        foreach (var study in withStudies ? dataset.Studies : [])
        {
            Check(problems, ReviewDataset.StudiesFile, 0, "study", study.Id, [("id", study.Id), ("authors", study.Authors), ("label", study.Label)]);
        }

        return problems;
    }

    /// <summary>
    /// The same problems as <see cref="Problems"/>, found in the layers' <c>codebook.csv</c> and <c>studies.csv</c> so
    /// that each names its file and line. Layers that the loader accepted are assumed.
    /// </summary>
    public static IReadOnlyList<DataProblem> ProblemsInLayers(IReadOnlyList<string> directories, bool withStudies)
    {
        var problems = new List<DataProblem>();
        var files = withStudies ? new[] { (ReviewDataset.CodebookFile, "code", "code"), (ReviewDataset.StudiesFile, "study", "study_id") } : [(ReviewDataset.CodebookFile, "code", "code")];
        foreach (var directory in directories)
        {
            foreach (var (fileName, what, idColumn) in files)
            {
                var path = Path.Combine(directory, fileName);
                if (!File.Exists(path) || CsvTable.Read(path, [idColumn], new ProblemLog()) is not { } table)
                {
                    continue;
                }

                foreach (var row in table.Rows)
                {
                    var id = row[idColumn];
                    var fields = what == "code"
                        ? new[] { ("id", id), ("label", row.Optional("label") ?? "") }
                        : [("id", id), ("authors", row.Optional("authors") ?? ""), ("label", row.Optional("label") ?? "")];
                    Check(problems, table.File, row.Line, what, id, fields);
                }
            }
        }

        return problems;
    }

    /// <summary>The studies' titles from the layers' <c>studies.csv</c> (its optional <c>title</c> column), by study id; the paper's studies have none.</summary>
    public static IReadOnlyDictionary<string, string> TitlesInLayers(IReadOnlyList<string> directories)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var directory in directories)
        {
            var path = Path.Combine(directory, ReviewDataset.StudiesFile);
            if (!File.Exists(path) || CsvTable.Read(path, ["study_id"], new ProblemLog()) is not { } table)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                if (row.Optional("title") is { Length: > 0 } title)
                {
                    titles[row["study_id"].Trim()] = title;
                }
            }
        }

        return titles;
    }

    private static void Check(List<DataProblem> problems, string file, int line, string what, string id, IReadOnlyList<(string Field, string Text)> fields)
    {
        foreach (var (field, text) in fields)
        {
            if (FirstUnwritable(text) is { } character)
            {
                problems.Add(new DataProblem(file, line,
                    $"the {field} of {what} {id} {(field == "authors" ? "hold" : "holds")} {character}, which XML 1.0, and so a REFI-QDA file, cannot carry; remove it or put a space in its place"));
            }
        }
    }
}
