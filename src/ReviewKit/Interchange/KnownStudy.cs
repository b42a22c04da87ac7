using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>A study the review already holds, with the title and DOI its <c>studies.csv</c> may give, for finding duplicates.</summary>
internal sealed record KnownStudy(string Id, string Authors, int Year, string? Title, string? Doi, string Place)
{
    private static readonly string[] Columns = ["study_id", "authors", "year"];

    /// <summary>The studies of the layers (the paper's when none), first definition first; the layers must be valid.</summary>
    /// <exception cref="ReviewDataException">The layers have problems.</exception>
    public static IReadOnlyList<KnownStudy> Load(IReadOnlyList<string> directories)
    {
        var problems = new ProblemLog();
        if (directories.Count == 0)
        {
            var paper = CsvTable.Parse(ReviewDataset.StudiesFile, EmbeddedData.Read(ReviewDataset.StudiesFile), Columns, problems)!;
            return Read(paper, "the paper's data", new Dictionary<string, int>());
        }

        var dataset = ReviewDataset.Load([.. directories]);
        var years = dataset.Studies.ToDictionary(study => study.Id, study => study.Year, StringComparer.Ordinal);
        var known = new List<KnownStudy>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in directories.Select(directory => Path.Combine(directory, ReviewDataset.StudiesFile)).Where(File.Exists))
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
                place ?? $"{table.File}:{row.Line}"))
            .ToList();
}
