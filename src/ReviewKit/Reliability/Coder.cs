using ReviewKit.Data;

namespace ReviewKit.Reliability;

/// <summary>
/// One coder's coding of some of a dataset's studies, for measuring agreement between coders (see <see cref="Agreement"/>).
/// A coder's file has the format of <c>codings.csv</c>, <c>study_id,code</c>, one row per (study, code).
/// </summary>
/// <remarks>
/// <b>Which studies a coder coded</b> is read from the file: the studies it names, and only those. A study that is not
/// in the file was not coded by this coder (a missing value, not "no code"). A coder who read a study and found no
/// code for it declares it with an empty code, <c>JA05,</c>; that row adds the study and no code.
/// </remarks>
/// <param name="Name">The coder's name, e.g. the file name without extension.</param>
/// <param name="Studies">The studies the coder coded, in the dataset's order.</param>
/// <param name="Codings">The codes the coder assigned, one per (study, code), in file order.</param>
public sealed record Coder(string Name, IReadOnlyList<string> Studies, IReadOnlyList<Coding> Codings)
{
    private static readonly string[] Columns = ["study_id", "code"];

    /// <summary>The dataset's own coding as a coder who coded every study, e.g. the paper's coding as the first coder.</summary>
    public static Coder FromDataset(ReviewDataset dataset, string name)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new Coder(name, dataset.Studies.Select(study => study.Id).ToList(), dataset.Codings);
    }

    /// <summary>Reads a coder's file and checks it against the dataset's studies and codebook.</summary>
    /// <param name="path">The file, in the format of <c>codings.csv</c>.</param>
    /// <param name="dataset">The dataset whose studies and codes the file must use.</param>
    /// <param name="name">The coder's name; by default the file name without extension.</param>
    /// <exception cref="ReviewDataException">The file has a problem; every problem found is listed as <c>FILE:LINE: message</c>.</exception>
    public static Coder Load(string path, ReviewDataset dataset, string? name = null) => LoadAll([path], dataset, name is null ? null : [name])[0];

    /// <summary>Reads several coders' files and reports the problems of all of them at once.</summary>
    /// <param name="paths">The files, one per coder.</param>
    /// <param name="dataset">The dataset whose studies and codes the files must use.</param>
    /// <param name="names">The coders' names, one per file; by default the file names without extension.</param>
    /// <exception cref="ReviewDataException">Any file has a problem; every problem of every file is listed.</exception>
    public static IReadOnlyList<Coder> LoadAll(IReadOnlyList<string> paths, ReviewDataset dataset, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(dataset);
        if (names is not null && names.Count != paths.Count)
        {
            throw new ArgumentException($"{names.Count} names for {paths.Count} files.", nameof(names));
        }

        var problems = new ProblemLog();
        var coders = paths
            .Select((path, i) =>
            {
                var text = CsvTable.ReadText(path, path, problems);
                return text is null ? null : Read(names?[i] ?? Path.GetFileNameWithoutExtension(path), path, text, dataset, problems);
            })
            .ToList();
        return problems.Count == 0
            ? coders.Select(coder => coder!).ToList()
            : throw new ReviewDataException(problems);
    }

    /// <summary>Builds a coder from the text of a file in the format of <c>codings.csv</c>, e.g. for a small teaching example.</summary>
    /// <example>
    /// <code>
    /// var b = Coder.Parse("B", "study_id,code\nJA01,LO1\nJA02,\n", ReviewDataset.Paper);
    /// // b.Studies ⇒ JA01, JA02 (JA02 coded with no code); b.Codings ⇒ (JA01, LO1)
    /// </code>
    /// </example>
    /// <exception cref="ReviewDataException">The text has a problem; every problem found is listed.</exception>
    public static Coder Parse(string name, string codingsCsv, ReviewDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var problems = new ProblemLog();
        var coder = Read(name, name, codingsCsv, dataset, problems);
        return problems.Count == 0 ? coder! : throw new ReviewDataException(problems);
    }

    private static Coder? Read(string name, string file, string text, ReviewDataset dataset, ProblemLog problems)
    {
        var before = problems.Count;
        var table = CsvTable.Parse(file, text, Columns, problems);
        if (table is null)
        {
            return null;
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new DataProblem(file, 1, "the coder's file has a header but no rows; list every study the coder coded (a study coded with no code as a row with an empty code, e.g. JA05,)"));
            return null;
        }

        var knownStudies = dataset.Studies.Select(study => study.Id).ToHashSet(StringComparer.Ordinal);
        var knownCodes = dataset.Codebook.Select(code => code.Id).ToHashSet(StringComparer.Ordinal);
        var codings = ReviewDataset.ReadCodings(table, knownCodes, knownStudies, problems, allowNoCode: true);
        if (problems.Count > before)
        {
            return null;
        }

        var coded = table.Rows.Select(row => row["study_id"]).ToHashSet(StringComparer.Ordinal);
        return new Coder(name, dataset.Studies.Select(study => study.Id).Where(coded.Contains).ToList(), codings);
    }
}
