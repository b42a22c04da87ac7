using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReviewKit.Data;

/// <summary>
/// A review's coding table: the codebook, the included studies and the codes assigned to them.
/// Load it from a folder with <see cref="Load(string[])"/> (one folder, or several merged as layers), or use <see cref="Paper"/>, the published dataset embedded in the library.
/// </summary>
public sealed partial record ReviewDataset
{
    /// <summary>The codebook file name.</summary>
    public const string CodebookFile = "codebook.csv";

    /// <summary>The studies file name.</summary>
    public const string StudiesFile = "studies.csv";

    /// <summary>The codings file name.</summary>
    public const string CodingsFile = "codings.csv";

    /// <summary>
    /// The earliest and latest publication years a layer may hold: 1500 lets a review include early printed works (a
    /// study of 1878); 2100 leaves room for planned studies. Imports from reference managers accept years up to next year only.
    /// </summary>
    public const int MinYear = 1500, MaxYear = 2100;

    private static readonly string[] CodebookColumns = ["code", "stakeholder", "polarity", "label"];
    private static readonly string[] StudiesColumns = ["study_id", "authors", "year"];
    private static readonly string[] CodingsColumns = ["study_id", "code"];
    private static readonly Lazy<ReviewDataset> EmbeddedPaper = new(LoadEmbedded);

    private readonly Lazy<IReadOnlyDictionary<string, Code>> _codeById;
    private readonly Lazy<Dictionary<string, int>> _codeIndex;
    private readonly Lazy<ILookup<string, string>> _studiesByCode;

    private ReviewDataset(IReadOnlyList<Code> codebook, IReadOnlyList<Study> studies, CodingMatrix matrix, string source)
    {
        Codebook = codebook;
        Studies = studies;
        Matrix = matrix;
        Codings = new CodingList(this);
        Source = source;
        _codeById = new(() => codebook.ToDictionary(code => code.Id, StringComparer.Ordinal));
        _codeIndex = new(() => codebook.Select((code, index) => (code.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal));
        _studiesByCode = new(() => Codings.ToLookup(coding => coding.CodeId, coding => coding.StudyId, StringComparer.Ordinal));
    }

    private ReviewDataset(IReadOnlyList<Code> codebook, IReadOnlyList<Study> studies, IReadOnlyList<Coding> codings, string source)
        : this(codebook, studies, ToMatrix(codebook, studies, codings), source)
    {
    }

    /// <summary>The codes, in codebook order.</summary>
    public IReadOnlyList<Code> Codebook { get; }

    /// <summary>The included studies, in file order.</summary>
    public IReadOnlyList<Study> Studies { get; }

    /// <summary>One entry per (study, code) pair, in file order.</summary>
    public IReadOnlyList<Coding> Codings { get; }

    /// <summary>The codings by position in <see cref="Studies"/> and <see cref="Codebook"/>, for counting at scale.</summary>
    internal CodingMatrix Matrix { get; }

    /// <summary>The position of a code in the codebook, or -1.</summary>
    internal int IndexOfCode(string id) => _codeIndex.Value.GetValueOrDefault(id, -1);

    private static CodingMatrix ToMatrix(IReadOnlyList<Code> codebook, IReadOnlyList<Study> studies, IReadOnlyList<Coding> codings)
    {
        var studyIndex = new Dictionary<string, int>(studies.Count, StringComparer.Ordinal);
        for (var i = 0; i < studies.Count; i++)
        {
            studyIndex.TryAdd(studies[i].Id, i);
        }

        var codeIndex = new Dictionary<string, int>(codebook.Count, StringComparer.Ordinal);
        for (var i = 0; i < codebook.Count; i++)
        {
            codeIndex.TryAdd(codebook[i].Id, i);
        }

        var matrix = new CodingMatrix(studies.Count, codebook.Count, codings.Count);
        foreach (var coding in codings)
        {
            matrix.Add(studyIndex[coding.StudyId], codeIndex[coding.CodeId]);
        }

        return matrix;
    }

    /// <summary>The codings in file order, each made when asked for: a million studies' codings need no record each.</summary>
    private sealed class CodingList(ReviewDataset dataset) : IReadOnlyList<Coding>
    {
        public int Count => dataset.Matrix.Count;

        public Coding this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                var (study, code) = dataset.Matrix.CodingAt(index);
                return new Coding(dataset.Studies[study].Id, dataset.Codebook[code].Id);
            }
        }

        public IEnumerator<Coding> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

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
        FindCode(id) ?? throw new KeyNotFoundException($"The codebook has no code '{id}'.");

    /// <summary>Looks a code up by its identifier; null when the codebook has no such code.</summary>
    public Code? FindCode(string id) => _codeById.Value.GetValueOrDefault(id);

    /// <summary>The code a coding assigns (every coding's code is in the codebook: the loader checks it).</summary>
    public Code CodeOf(Coding coding) => GetCode(coding.CodeId);

    /// <summary>The studies that carry a code, in file order; empty for a code no study carries.</summary>
    /// <example><c>ReviewDataset.Paper.StudiesWith("UC1").Count()</c> ⇒ 55.</example>
    public IEnumerable<string> StudiesWith(string codeId) => _studiesByCode.Value[codeId];

    /// <summary>
    /// A short SHA-256 fingerprint of the content (not of the file bytes), so two copies that differ only in
    /// line endings, BOM or quoting share it. The codebook's coding rules are left out: they guide coding and change no count.
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
    public static ReviewDataset Load(string directory) => Load(new[] { directory });

    /// <summary>
    /// Loads several data folders as layers and merges them in order: the first usually holds the paper's data,
    /// the later ones a reviewer's additions. A layer may hold any of the three files. Studies and codings are
    /// united; a later codebook may add codes but not redefine one, and a later studies file may add studies but not
    /// change one (an identical repetition is accepted); a (study, code) pair may be coded in one layer only.
    /// A coding may refer to a study or code of any layer. Conflicts name both files and lines.
    /// </summary>
    /// <example>
    /// <code>
    /// var updated = ReviewDataset.Load("data", "data/examples/update-2023");
    /// // updated.Studies.Count ⇒ 65 (60 of the paper + 5 made-up studies)
    /// </code>
    /// </example>
    /// <exception cref="ReviewDataException">Any file has a problem, or the layers conflict; every problem found is listed.</exception>
    public static ReviewDataset Load(params string[] directories)
    {
        if (directories is [{ Length: > 0 } single] && TryLoadClean(single) is { } clean)
        {
            return clean;
        }

        var (dataset, problems, layerOf) = TryLoad(directories);
        return dataset ?? throw new ReviewDataException(problems, layerOf);
    }

    /// <summary>Checks the three files of a folder and lists every problem as <c>FILE:LINE: message</c>; empty when the data are valid.</summary>
    public static IReadOnlyList<DataProblem> Validate(string directory) => Validate(new[] { directory });

    /// <summary>Checks data folders merged as layers (see <see cref="Load(string[])"/>); empty when they are valid together.</summary>
    public static IReadOnlyList<DataProblem> Validate(params string[] directories)
    {
        if (directories is [{ Length: > 0 } single] && TryLoadClean(single) is not null)
        {
            return [];
        }

        var (_, problems, layerOf) = TryLoad(directories);
        return problems.Sorted(layerOf);
    }

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
    public static ReviewDataset Parse(string codebookCsv, string studiesCsv, string codingsCsv) =>
        FromText(codebookCsv, studiesCsv, codingsCsv, "text");

    private static ReviewDataset FromText(string codebookCsv, string studiesCsv, string codingsCsv, string source)
    {
        var problems = new ProblemLog();
        var layer = new Layer(
            Table.Of(CsvTable.Parse(CodebookFile, codebookCsv, CodebookColumns, problems)),
            Table.Of(CsvTable.Parse(StudiesFile, studiesCsv, StudiesColumns, problems)),
            Table.Of(CsvTable.Parse(CodingsFile, codingsCsv, CodingsColumns, problems)));
        var dataset = Build([layer], source, problems);
        return dataset ?? throw new ReviewDataException(problems);
    }

    private static (ReviewDataset? Dataset, ProblemLog Problems, IReadOnlyDictionary<string, int> LayerOf) TryLoad(IReadOnlyList<string> directories)
    {
        var problems = new ProblemLog();
        if (directories.Count == 0)
        {
            problems.Add("", 0, "no data folder given");
            return (null, problems, new Dictionary<string, int>());
        }

        var layerOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var folderGiven = new Dictionary<string, string>(StringComparer.Ordinal);
        var fileRead = new Dictionary<string, string>(StringComparer.Ordinal);
        var layers = new List<Layer>();
        for (var index = 0; index < directories.Count; index++)
        {
            var directory = directories[index];
            if (string.IsNullOrWhiteSpace(directory))
            {
                problems.Add(directory, 0, "an empty folder name; give the folder that holds codebook.csv, studies.csv and codings.csv");
                layers.Add(new Layer(Table.Broken, Table.Broken, Table.Broken));
                continue;
            }

            // Compare where the folders really are: "data", "data/" and a link to data are one layer.
            var canonical = FilePaths.Canonical(directory);
            if (folderGiven.TryGetValue(canonical, out var earlier))
            {
                problems.Add(directory, 0, earlier == directory
                    ? "this data folder is given twice; give each layer once"
                    : $"this data folder is the same folder as {earlier}, given earlier; give each layer once");
                continue;
            }

            folderGiven.Add(canonical, directory);
            layerOf.TryAdd(directory, index);
            if (FilePaths.BrokenLink(directory, "a data folder") is { } brokenLink)
            {
                problems.Add(directory, 0, brokenLink);
                layers.Add(new Layer(Table.Broken, Table.Broken, Table.Broken));
                continue;
            }

            if (File.Exists(directory) && !Directory.Exists(directory))
            {
                var hint = Path.GetFileName(directory) is CodebookFile or StudiesFile or CodingsFile
                    ? $" (give its folder: {(Path.GetDirectoryName(directory) is { Length: > 0 } folder ? folder : ".")})"
                    : "";
                problems.Add(directory, 0, $"is a file, not a folder; a data folder holds codebook.csv, studies.csv and codings.csv{hint}");
                layers.Add(new Layer(Table.Broken, Table.Broken, Table.Broken));
                continue;
            }

            if (!Directory.Exists(directory))
            {
                problems.Add(directory, 0, "data folder not found; expected a folder holding codebook.csv, studies.csv and codings.csv");
                layers.Add(new Layer(Table.Broken, Table.Broken, Table.Broken));
                continue;
            }

            if (!CanList(directory))
            {
                problems.Add(directory, 0, "the data folder cannot be read: permission denied");
                layers.Add(new Layer(Table.Broken, Table.Broken, Table.Broken));
                continue;
            }

            Table Read(string fileName, string[] columns)
            {
                var path = Path.Combine(directory, fileName);
                layerOf.TryAdd(path, index);
                if (directories.Count > 1 && !File.Exists(path) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
                {
                    return Table.Absent; // a layer may hold any subset of the three files
                }

                var canonicalFile = FilePaths.Canonical(path);
                if (fileRead.TryGetValue(canonicalFile, out var earlierPath))
                {
                    problems.Add(path, 0, $"is the same file as {earlierPath}, read in an earlier layer; each layer needs files of its own");
                    return Table.Broken;
                }

                fileRead.Add(canonicalFile, path);
                return Table.Of(CsvTable.Read(path, columns, problems));
            }

            var layer = new Layer(Read(CodebookFile, CodebookColumns), Read(StudiesFile, StudiesColumns), Read(CodingsFile, CodingsColumns));
            if (layer.Files.All(table => table.IsAbsent))
            {
                problems.Add(new DataProblem(directory, 0, $"the folder holds none of {CodebookFile}, {StudiesFile} and {CodingsFile}; is it the right folder?"));
            }

            layers.Add(layer);
        }

        foreach (var (fileName, tables) in new[] { (CodebookFile, layers.Select(l => l.Codebook)), (StudiesFile, layers.Select(l => l.Studies)), (CodingsFile, layers.Select(l => l.Codings)) })
        {
            if (tables.All(table => table.IsAbsent))
            {
                problems.Add(new DataProblem(fileName, 0, $"no data folder holds {fileName} (looked in {string.Join(", ", directories)}); the first folder usually holds the paper's data"));
            }
        }

        var dataset = Build(layers, string.Join(" + ", directories), problems);
        return (dataset, problems, layerOf);
    }

    private static bool CanList(string directory)
    {
        try
        {
            _ = Directory.EnumerateFileSystemEntries(directory).Any();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static ReviewDataset LoadEmbedded() =>
        FromText(EmbeddedData.Read(CodebookFile), EmbeddedData.Read(StudiesFile), EmbeddedData.Read(CodingsFile), "embedded");

    /// <summary>One of a layer's three files: read, absent from the layer (allowed), or present but unreadable.</summary>
    private sealed record Table(CsvTable? Csv, bool IsAbsent)
    {
        public static readonly Table Absent = new(null, true);
        public static readonly Table Broken = new(null, false);

        public bool IsBroken => Csv is null && !IsAbsent;

        public static Table Of(CsvTable? csv) => csv is null ? Broken : new Table(csv, false);
    }

    private sealed record Layer(Table Codebook, Table Studies, Table Codings)
    {
        public IEnumerable<Table> Files => [Codebook, Studies, Codings];
    }

    /// <summary>Where a record was first defined, for messages that name both places.</summary>
    private sealed record Definition<T>(T? Value, string File, int Line)
    {
        public string Place => $"{File}:{Line}";
    }

    private static ReviewDataset? Build(IReadOnlyList<Layer> layers, string source, ProblemLog problems)
    {
        var codes = new Dictionary<string, Definition<Code>>(StringComparer.Ordinal);
        var codebook = new List<Code>();
        foreach (var table in layers.Select(layer => layer.Codebook.Csv).OfType<CsvTable>())
        {
            ReadCodebook(table, codes, codebook, problems);
        }

        var studyDefinitions = new Dictionary<string, Definition<Study>>(StringComparer.Ordinal);
        var studies = new List<Study>();
        foreach (var table in layers.Select(layer => layer.Studies.Csv).OfType<CsvTable>())
        {
            ReadStudies(table, studyDefinitions, studies, problems);
        }

        var referencesCheckable = !layers.Any(layer => layer.Codebook.IsBroken || layer.Studies.IsBroken)
            && layers.Any(layer => layer.Codebook.Csv is not null) && layers.Any(layer => layer.Studies.Csv is not null);
        var codingLines = new Dictionary<(string, string), Definition<Coding>>();
        var codings = new List<Coding>();
        if (referencesCheckable)
        {
            foreach (var table in layers.Select(layer => layer.Codings.Csv).OfType<CsvTable>())
            {
                ReadCodings(table, codes.Keys.ToHashSet(StringComparer.Ordinal), studyDefinitions.Keys.ToHashSet(StringComparer.Ordinal), codingLines, codings, problems);
            }
        }

        if (referencesCheckable && !layers.Any(layer => layer.Codings.IsBroken) && layers.Any(layer => layer.Codings.Csv is not null))
        {
            var coded = codingLines.Keys.Select(pair => pair.Item1).ToHashSet(StringComparer.Ordinal);
            foreach (var study in studies.Where(study => !coded.Contains(study.Id)))
            {
                var definition = studyDefinitions[study.Id];
                problems.Add(new DataProblem(definition.File, definition.Line, $"study {study.Id} has no codings in {CodingsFile}; every included study needs at least one code"));
            }
        }

        if (layers.Any(layer => layer.Files.Any(table => table.IsBroken)) || problems.Count > 0)
        {
            return null;
        }

        return new ReviewDataset(codebook, studies, codings, source);
    }

    private static void ReadCodebook(CsvTable table, Dictionary<string, Definition<Code>> defined, List<Code> codes, ProblemLog problems)
    {
        foreach (var row in table.Rows)
        {
            var id = row["code"];
            var ok = true;
            if (id.Length == 0)
            {
                problems.Add(new DataProblem(table.File, row.Line, "empty code; expected an identifier such as LO1"));
                continue;
            }

            defined.TryGetValue(id, out var earlier);
            if (earlier is not null && earlier.File == table.File)
            {
                problems.Add(new DataProblem(table.File, row.Line, $"code {id} is defined twice (first on line {earlier.Line})"));
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

            var definition = row.Optional("definition");
            if (definition is null && (row.Optional("inclusion") ?? row.Optional("exclusion") ?? row.Optional("example")) is not null)
            {
                problems.Add(new DataProblem(table.File, row.Line, $"code {id} has an inclusion rule, exclusion rule or example but no definition; give the definition too"));
                ok = false;
            }

            var rules = definition is null ? null : new CodingRules(definition, row.Optional("inclusion"), row.Optional("exclusion"), row.Optional("example"));
            var code = ok ? new Code(id, stakeholder, polarity, row["label"], row.Optional("table_label")) { Rules = rules } : null;
            if (earlier is null)
            {
                defined.Add(id, new Definition<Code>(code, table.File, row.Line));
                if (code is not null)
                {
                    codes.Add(code);
                }
            }
            else if (code is not null && earlier.Value is { } first && Redefines(code, first))
            {
                problems.Add(new DataProblem(table.File, row.Line,
                    $"code {id} is already defined in {earlier.Place} as {first.Stakeholder} {first.Polarity} '{first.Label}'; a later data folder may add codes but not redefine one"));
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new DataProblem(table.File, 1, "the codebook has a header but no codes"));
        }
    }

    /// <summary>A later layer may repeat a code; it redefines it when its fields differ, or when it states rules that differ (leaving them out is no change).</summary>
    private static bool Redefines(Code later, Code first) =>
        later with { Rules = null } != first with { Rules = null } || (later.Rules is not null && later.Rules != first.Rules);

    private static void ReadStudies(CsvTable table, Dictionary<string, Definition<Study>> defined, List<Study> studies, ProblemLog problems)
    {
        foreach (var row in table.Rows)
        {
            var id = row["study_id"];
            var ok = true;
            if (id.Length == 0)
            {
                problems.Add(new DataProblem(table.File, row.Line, "empty study_id; expected an identifier such as JA01"));
                continue;
            }

            defined.TryGetValue(id, out var earlier);
            if (earlier is not null && earlier.File == table.File)
            {
                problems.Add(new DataProblem(table.File, row.Line, $"duplicate study_id {id} (first on line {earlier.Line})"));
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

            var study = ok ? new Study(id, authors, year, row.Optional("label") ?? $"{authors} ({year})") : null;
            if (earlier is null)
            {
                defined.Add(id, new Definition<Study>(study, table.File, row.Line));
                if (study is not null)
                {
                    studies.Add(study);
                }
            }
            else if (study is not null && earlier.Value is { } first && (first.Authors != study.Authors || first.Year != study.Year))
            {
                var differences = new List<string>();
                if (first.Authors != study.Authors)
                {
                    differences.Add($"authors '{first.Authors}'");
                }

                if (first.Year != study.Year)
                {
                    differences.Add($"year {first.Year}");
                }

                problems.Add(new DataProblem(table.File, row.Line,
                    $"study {id} is already defined in {earlier.Place} with {string.Join(" and ", differences)}; a later data folder may add studies but not change one"));
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new DataProblem(table.File, 1, "the studies file has a header but no studies"));
        }
    }

    /// <summary>Reads one codings file on its own, e.g. a coder's; with <paramref name="allowNoCode"/>, a row with an empty code declares a study coded with no code.</summary>
    internal static List<Coding> ReadCodings(CsvTable table, IReadOnlySet<string> knownCodes, IReadOnlySet<string> knownStudies, ProblemLog problems, bool allowNoCode = false)
    {
        var codings = new List<Coding>();
        ReadCodings(table, knownCodes, knownStudies, [], codings, problems, allowNoCode);
        return codings;
    }

    /// <remarks>A code or study declared on an invalid row still counts as known here, so one mistake is reported once.</remarks>
    private static void ReadCodings(
        CsvTable table, IReadOnlySet<string> knownCodes, IReadOnlySet<string> knownStudies, Dictionary<(string, string), Definition<Coding>> defined, List<Coding> codings, ProblemLog problems, bool allowNoCode = false)
    {
        foreach (var row in table.Rows)
        {
            var studyId = row["study_id"];
            var codeId = row["code"];
            var ok = true;
            var noCode = allowNoCode && codeId.Length == 0;
            if (!knownStudies.Contains(studyId))
            {
                problems.Add(new DataProblem(table.File, row.Line, $"unknown study '{studyId}'{VisibleText.InvisibleCharacterHint(studyId)}; every study_id must be listed in {StudiesFile}"));
                ok = false;
            }

            if (!noCode && !knownCodes.Contains(codeId))
            {
                problems.Add(new DataProblem(table.File, row.Line, $"unknown code '{codeId}'{VisibleText.InvisibleCharacterHint(codeId)}; every code must be defined in {CodebookFile}"));
                ok = false;
            }

            if (ok && noCode)
            {
                continue;
            }

            if (ok && defined.TryGetValue((studyId, codeId), out var earlier))
            {
                problems.Add(new DataProblem(table.File, row.Line, earlier.File == table.File
                    ? $"study {studyId} is coded {codeId} twice (first on line {earlier.Line}); a study counts once per code"
                    : $"study {studyId} is already coded {codeId} in {earlier.Place}; a study counts once per code"));
                ok = false;
            }

            if (ok)
            {
                var coding = new Coding(studyId, codeId);
                defined.Add((studyId, codeId), new Definition<Coding>(coding, table.File, row.Line));
                codings.Add(coding);
            }
        }
    }
}
