using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>A study the review already holds, with the title and DOI its <c>studies.csv</c> may give, for finding duplicates.</summary>
/// <param name="Id">The study's id.</param>
/// <param name="Authors">Its authors, as its file gives them.</param>
/// <param name="Year">Its year.</param>
/// <param name="Title">Its title, when its file has a <c>title</c> column.</param>
/// <param name="Doi">Its DOI without a resolver prefix, when its file has a <c>doi</c> column.</param>
/// <param name="File">The file that defines it, or <c>the paper's data</c>.</param>
/// <param name="Line">The line that defines it; 0 for the paper's data.</param>
internal sealed record KnownStudy(string Id, string Authors, int Year, string? Title, string? Doi, string File, int Line)
{
    private const string PapersData = "the paper's data";

    private static readonly string[] Columns = ["study_id", "authors", "year"];

    /// <summary>Where it is defined: <c>FILE:LINE</c>, or <c>the paper's data</c>.</summary>
    public string Place => Line > 0 ? $"{File}:{Line}" : File;

    /// <summary>The studies of the layers (the paper's when none), first definition first; the layers must be valid.</summary>
    /// <exception cref="ReviewDataException">The layers have problems.</exception>
    public static IReadOnlyList<KnownStudy> Load(IReadOnlyList<string> directories)
    {
        var problems = new ProblemLog();
        if (directories.Count == 0)
        {
            var paper = CsvTable.Parse(ReviewDataset.StudiesFile, EmbeddedData.Read(ReviewDataset.StudiesFile), Columns, problems)!;
            return Read(paper, PapersData, new Dictionary<string, int>());
        }

        var dataset = ReviewDataset.Load([.. directories]);
        var years = dataset.Studies.ToDictionary(study => study.Id, study => study.Year, StringComparer.Ordinal);
        var known = new List<KnownStudy>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in directories.Select(directory => Path.Combine(directory, ReviewDataset.StudiesFile)).Where(System.IO.File.Exists))
        {
            if (CsvTable.Read(path, Columns, problems) is { } table)
            {
                known.AddRange(Read(table, null, years).Where(study => seen.Add(study.Id)));
            }
        }

        return problems.Count == 0 ? known : throw new ReviewDataException(problems);
    }

    private static List<KnownStudy> Read(CsvTable table, string? place, IReadOnlyDictionary<string, int> years) =>
        table.Rows.Select(row => new KnownStudy(
                row["study_id"],
                row["authors"],
                years.TryGetValue(row["study_id"], out var year) ? year : int.Parse(row["year"], System.Globalization.CultureInfo.InvariantCulture),
                row.Optional("title"),
                DoiText.Clean(row.Optional("doi")),
                place ?? table.File,
                place is null ? row.Line : 0))
            .ToList();
}
