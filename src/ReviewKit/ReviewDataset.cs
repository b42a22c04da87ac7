using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReviewKit;

/// <summary>
/// A review's coding table: the codebook, the included studies and the codes assigned to them.
/// Load it from a folder with <see cref="Load"/>, or use <see cref="Paper"/>, the published dataset embedded in the library.
/// </summary>
public sealed record ReviewDataset
{
    /// <summary>The codebook file name.</summary>
    public const string CodebookFile = "codebook.csv";

    /// <summary>The studies file name.</summary>
    public const string StudiesFile = "studies.csv";

    /// <summary>The codings file name.</summary>
    public const string CodingsFile = "codings.csv";

    /// <summary>The earliest and latest publication years accepted.</summary>
    public const int MinYear = 1900, MaxYear = 2100;

    private static readonly string[] CodebookColumns = ["code", "stakeholder", "polarity", "label"];
    private static readonly string[] StudiesColumns = ["study_id", "authors", "year"];
    private static readonly string[] CodingsColumns = ["study_id", "code"];
    private static readonly Lazy<ReviewDataset> EmbeddedPaper = new(LoadEmbedded);

    private ReviewDataset(IReadOnlyList<Code> codebook, IReadOnlyList<Study> studies, IReadOnlyList<Coding> codings, string source)
    {
        Codebook = codebook;
        Studies = studies;
        Codings = codings;
        Source = source;
    }

    /// <summary>The codes, in codebook order.</summary>
    public IReadOnlyList<Code> Codebook { get; }

    /// <summary>The included studies, in file order.</summary>
    public IReadOnlyList<Study> Studies { get; }

    /// <summary>One entry per (study, code) pair, in file order.</summary>
    public IReadOnlyList<Coding> Codings { get; }

    /// <summary>Where the data came from: a folder, or <c>embedded</c>.</summary>
    public string Source { get; }

    /// <summary>
    /// The dataset of Varadarajan, Koh &amp; Daniel (2023), Appendix 1: 60 studies, 36 codes.
    /// It is built into the library from the repository's <c>data/</c> folder.
    /// </summary>
    public static ReviewDataset Paper => EmbeddedPaper.Value;

    /// <summary>Looks a code up by its identifier.</summary>
    /// <exception cref="KeyNotFoundException">The codebook has no such code.</exception>
    public Code GetCode(string id) =>
        Codebook.FirstOrDefault(code => code.Id == id) ?? throw new KeyNotFoundException($"The codebook has no code '{id}'.");

    /// <summary>
    /// A short SHA-256 fingerprint of the content (not of the file bytes), so two copies that differ only in
    /// line endings, BOM or quoting share it.
    /// </summary>
    public string Fingerprint()
    {
        var canonical = new StringBuilder();
        foreach (var code in Codebook)
        {
            canonical.Append(CultureInfo.InvariantCulture, $"C\t{code.Id}\t{code.Stakeholder}\t{code.Polarity}\t{code.Label}\t{code.TableLabel}\n");
        }

        foreach (var study in Studies)
        {
            canonical.Append(CultureInfo.InvariantCulture, $"S\t{study.Id}\t{study.Authors}\t{study.Year}\t{study.Label}\n");
        }

        foreach (var coding in Codings)
        {
            canonical.Append(CultureInfo.InvariantCulture, $"K\t{coding.StudyId}\t{coding.CodeId}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..16];
    }

    /// <summary>Loads <c>codebook.csv</c>, <c>studies.csv</c> and <c>codings.csv</c> from a folder.</summary>
    /// <exception cref="ReviewDataException">Any file has a problem; every problem found is listed.</exception>
    public static ReviewDataset Load(string directory)
    {
        var (dataset, problems) = TryLoad(directory);
        return dataset ?? throw new ReviewDataException(problems);
    }

    /// <summary>Checks the three files of a folder and lists every problem as <c>FILE:LINE: message</c>; empty when the data are valid.</summary>
    public static IReadOnlyList<DataProblem> Validate(string directory) => TryLoad(directory).Problems;

    /// <summary>Builds a dataset from the text of the three files, e.g. for a small teaching example.</summary>
    /// <example>
    /// <code>
    /// var d = ReviewDataset.Parse(
    ///     "code,stakeholder,polarity,label\nLO1,Learners,Opportunity,Motivation\n",
    ///     "study_id,authors,year\nS1,Smith,2020\n",
    ///     "study_id,code\nS1,LO1\n");
    /// // d.Studies.Count ⇒ 1
    /// </code>
    /// </example>
    /// <exception cref="ReviewDataException">The text has a problem; every problem found is listed.</exception>
    public static ReviewDataset Parse(string codebookCsv, string studiesCsv, string codingsCsv)
    {
        var problems = new List<DataProblem>();
        var dataset = Build(
            CsvTable.Parse(CodebookFile, codebookCsv, CodebookColumns, problems),
            CsvTable.Parse(StudiesFile, studiesCsv, StudiesColumns, problems),
            CsvTable.Parse(CodingsFile, codingsCsv, CodingsColumns, problems),
            "text",
            problems);
        return dataset ?? throw new ReviewDataException(Sorted(problems));
    }

    private static (ReviewDataset? Dataset, IReadOnlyList<DataProblem> Problems) TryLoad(string directory)
    {
        var problems = new List<DataProblem>();
        if (!Directory.Exists(directory))
        {
            problems.Add(new DataProblem(directory, 0, "data folder not found; expected a folder holding codebook.csv, studies.csv and codings.csv"));
            return (null, problems);
        }

        CsvTable? Read(string fileName, string[] columns)
        {
            var path = Path.Combine(directory, fileName);
            var text = CsvTable.ReadText(path, path, problems);
            return text is null ? null : CsvTable.Parse(path, text, columns, problems);
        }

        var dataset = Build(Read(CodebookFile, CodebookColumns), Read(StudiesFile, StudiesColumns), Read(CodingsFile, CodingsColumns), directory, problems);
        return (dataset, Sorted(problems));
    }

    private static ReviewDataset LoadEmbedded()
    {
        static string Resource(string name)
        {
            using var stream = typeof(ReviewDataset).Assembly.GetManifestResourceStream($"ReviewKit.Data.{name}")
                ?? throw new InvalidOperationException($"The library was built without its embedded {name}.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        var problems = new List<DataProblem>();
        var dataset = Build(
            CsvTable.Parse(CodebookFile, Resource(CodebookFile), CodebookColumns, problems),
            CsvTable.Parse(StudiesFile, Resource(StudiesFile), StudiesColumns, problems),
            CsvTable.Parse(CodingsFile, Resource(CodingsFile), CodingsColumns, problems),
            "embedded",
            problems);
        return dataset ?? throw new ReviewDataException(Sorted(problems));
    }

    private static ReviewDataset? Build(CsvTable? codebookTable, CsvTable? studiesTable, CsvTable? codingsTable, string source, List<DataProblem> problems)
    {
        var codeLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var codebook = codebookTable is null ? [] : ReadCodebook(codebookTable, codeLines, problems);
        var studyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var studies = studiesTable is null ? [] : ReadStudies(studiesTable, studyLines, problems);
        var codings = codingsTable is null || codebookTable is null || studiesTable is null
            ? []
            : ReadCodings(codingsTable, codeLines.Keys.ToHashSet(StringComparer.Ordinal), studyLines.Keys.ToHashSet(StringComparer.Ordinal), problems);
        if (studiesTable is not null && codingsTable is not null)
        {
            var coded = codings.Select(coding => coding.StudyId).ToHashSet(StringComparer.Ordinal);
            foreach (var study in studies.Where(study => !coded.Contains(study.Id)))
            {
                problems.Add(new DataProblem(studiesTable.File, studyLines[study.Id], $"study {study.Id} has no codings in {CodingsFile}; every included study needs at least one code"));
            }
        }

        if (codebookTable is null || studiesTable is null || codingsTable is null || problems.Count > 0)
        {
            return null;
        }

        return new ReviewDataset(codebook, studies, codings, source);
    }

    private static List<Code> ReadCodebook(CsvTable table, Dictionary<string, int> firstLine, List<DataProblem> problems)
    {
        var codes = new List<Code>();
        foreach (var row in table.Rows)
        {
            var id = row["code"];
            var ok = true;
            if (id.Length == 0)
            {
                problems.Add(new DataProblem(table.File, row.Line, "empty code; expected an identifier such as LO1"));
                continue;
            }

            if (!firstLine.TryAdd(id, row.Line))
            {
                problems.Add(new DataProblem(table.File, row.Line, $"code {id} is defined twice (first on line {firstLine[id]})"));
                ok = false;
            }

            if (!Enum.TryParse<Stakeholder>(row["stakeholder"], ignoreCase: false, out var stakeholder) || !Enum.IsDefined(stakeholder))
            {
                problems.Add(new DataProblem(table.File, row.Line, $"stakeholder '{row["stakeholder"]}' of code {id} is not one of {string.Join("|", Enum.GetNames<Stakeholder>())}"));
                ok = false;
            }

            if (!Enum.TryParse<Polarity>(row["polarity"], ignoreCase: false, out var polarity) || !Enum.IsDefined(polarity))
            {
                problems.Add(new DataProblem(table.File, row.Line, $"polarity '{row["polarity"]}' of code {id} is not one of {string.Join("|", Enum.GetNames<Polarity>())}"));
                ok = false;
            }

            if (row["label"].Length == 0)
            {
                problems.Add(new DataProblem(table.File, row.Line, $"code {id} has an empty label"));
                ok = false;
            }

            if (ok)
            {
                codes.Add(new Code(id, stakeholder, polarity, row["label"], row.Optional("table_label")));
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new DataProblem(table.File, 1, "the codebook has a header but no codes"));
        }

        return codes;
    }

    private static List<Study> ReadStudies(CsvTable table, Dictionary<string, int> firstLine, List<DataProblem> problems)
    {
        var studies = new List<Study>();
        foreach (var row in table.Rows)
        {
            var id = row["study_id"];
            var ok = true;
            if (id.Length == 0)
            {
                problems.Add(new DataProblem(table.File, row.Line, "empty study_id; expected an identifier such as JA01"));
                continue;
            }

            if (!firstLine.TryAdd(id, row.Line))
            {
                problems.Add(new DataProblem(table.File, row.Line, $"duplicate study_id {id} (first on line {firstLine[id]})"));
                ok = false;
            }

            var authors = row["authors"];
            if (authors.Length == 0)
            {
                problems.Add(new DataProblem(table.File, row.Line, $"study {id} has no authors"));
                ok = false;
            }

            var yearText = row["year"];
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < MinYear || year > MaxYear)
            {
                problems.Add(new DataProblem(table.File, row.Line, $"year '{yearText}' of study {id} is not a whole number from {MinYear} to {MaxYear}"));
                ok = false;
            }

            if (ok)
            {
                studies.Add(new Study(id, authors, year, row.Optional("label") ?? $"{authors} ({year})"));
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new DataProblem(table.File, 1, "the studies file has a header but no studies"));
        }

        return studies;
    }

    /// <remarks>
    /// A code or study declared on an invalid row still counts as known here, so one mistake is reported once.
    /// With <paramref name="allowNoCode"/>, a row with an empty code declares a study coded with no code (a coder's file).
    /// </remarks>
    internal static List<Coding> ReadCodings(CsvTable table, IReadOnlySet<string> knownCodes, IReadOnlySet<string> knownStudies, List<DataProblem> problems, bool allowNoCode = false)
    {
        var firstLine = new Dictionary<(string, string), int>();
        var codings = new List<Coding>();
        foreach (var row in table.Rows)
        {
            var studyId = row["study_id"];
            var codeId = row["code"];
            var ok = true;
            var noCode = allowNoCode && codeId.Length == 0;
            if (!knownStudies.Contains(studyId))
            {
                problems.Add(new DataProblem(table.File, row.Line, $"unknown study '{studyId}'; every study_id must be listed in {StudiesFile}"));
                ok = false;
            }

            if (!noCode && !knownCodes.Contains(codeId))
            {
                problems.Add(new DataProblem(table.File, row.Line, $"unknown code '{codeId}'; every code must be defined in {CodebookFile}"));
                ok = false;
            }

            if (ok && noCode)
            {
                continue;
            }

            if (ok && !firstLine.TryAdd((studyId, codeId), row.Line))
            {
                problems.Add(new DataProblem(table.File, row.Line, $"study {studyId} is coded {codeId} twice (first on line {firstLine[(studyId, codeId)]}); a study counts once per code"));
                ok = false;
            }

            if (ok)
            {
                codings.Add(new Coding(studyId, codeId));
            }
        }

        return codings;
    }

    internal static List<DataProblem> Sorted(List<DataProblem> problems) =>
        problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ToList();
}
