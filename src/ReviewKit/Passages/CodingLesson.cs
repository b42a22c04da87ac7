using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Passages;

/// <summary>
/// A lesson in coding text: passages to code, an answer key, and the codebook whose rules decide. A learner's coding is
/// compared with the key unit by unit, and every disagreement comes with the rule of the codebook that settles it.
/// </summary>
/// <remarks>
/// <see cref="Paper"/> holds 29 passages quoted from the Results and Discussion of Varadarajan, Koh &amp; Daniel (2023),
/// built into the library from <c>data/examples/coding-lesson/</c>. The key is this project's reading of where the paper
/// places each passage, not the authors' own coding of those sentences.
/// </remarks>
public sealed class CodingLesson
{
    /// <summary>The passages file: <c>passage_id,section,text</c>.</summary>
    public const string PassagesFile = "passages.csv";

    /// <summary>The answer key: <c>passage_id,code</c> (and an optional <c>reason</c>), one row per code, an empty code for a passage with none.</summary>
    public const string KeyFile = "answer-key.csv";

    private static readonly string[] PassageColumns = ["passage_id", "section", "text"];
    private static readonly string[] CodingColumns = ["passage_id", "code"];
    private static readonly Lazy<CodingLesson> EmbeddedPaper = new(() =>
        Parse(EmbeddedData.Read(PassagesFile), EmbeddedData.Read(KeyFile), ReviewDataset.Paper));

    private CodingLesson(IReadOnlyList<Code> codebook, IReadOnlyList<Passage> passages, PassageCoder key)
    {
        Codebook = codebook;
        Passages = passages;
        Key = key;
    }

    /// <summary>The codebook the passages are coded with.</summary>
    public IReadOnlyList<Code> Codebook { get; }

    /// <summary>The passages, in file order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>The answer key: every passage with its codes and the reason for them.</summary>
    public PassageCoder Key { get; }

    /// <summary>The paper's coding lesson: 29 passages of Varadarajan, Koh &amp; Daniel (2023), its key, and the paper's codebook.</summary>
    public static CodingLesson Paper => EmbeddedPaper.Value;

    /// <summary>Reads <c>passages.csv</c> and <c>answer-key.csv</c> from a folder; the key's codes must be in the dataset's codebook.</summary>
    /// <exception cref="ReviewDataException">A file has a problem; every problem found is listed as <c>FILE:LINE: message</c>.</exception>
    public static CodingLesson Load(string directory, ReviewDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new ProblemLog();
        var passagesPath = Path.Combine(directory, PassagesFile);
        var keyPath = Path.Combine(directory, KeyFile);
        var passages = CsvTable.ReadText(passagesPath, passagesPath, problems);
        var key = CsvTable.ReadText(keyPath, keyPath, problems);
        return passages is null || key is null
            ? throw new ReviewDataException(problems)
            : Build(passagesPath, passages, keyPath, key, dataset);
    }

    /// <summary>Builds a lesson from the text of its two files, e.g. for a small example.</summary>
    /// <example>
    /// <code>
    /// var lesson = CodingLesson.Parse(
    ///     "passage_id,section,text\nP1,Results,Learners value flexible study.\n",
    ///     "passage_id,code\nP1,LO2\n",
    ///     ReviewDataset.Paper);
    /// // lesson.Key.CodesOf("P1") ⇒ LO2
    /// </code>
    /// </example>
    /// <exception cref="ReviewDataException">The text has a problem; every problem found is listed.</exception>
    public static CodingLesson Parse(string passagesCsv, string keyCsv, ReviewDataset dataset) =>
        Build(PassagesFile, passagesCsv, KeyFile, keyCsv, dataset);

    /// <summary>Looks a passage up by its id.</summary>
    /// <exception cref="KeyNotFoundException">The lesson has no such passage.</exception>
    public Passage GetPassage(string id) =>
        Passages.FirstOrDefault(passage => string.Equals(passage.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The lesson has no passage '{id}'; its passages are {Passages[0].Id}–{Passages[Passages.Count - 1].Id}.");

    /// <summary>
    /// Reads a coder's coding written as <c>passage_id,code</c> lines under that header, one line per code, a line with an
    /// empty code (<c>P05,</c>) for a passage read and given no code. Ids and codes may be in any case. Text with no lines
    /// under the header gives a coder who coded nothing.
    /// </summary>
    /// <example><c>ReadCoding("you", "passage_id,code\nP05,LC3\nP28,\n")</c> ⇒ P05: LC3; P28: no code.</example>
    /// <exception cref="ReviewDataException">A line names an unknown passage or code, or repeats one; every problem found is listed.</exception>
    public PassageCoder ReadCoding(string name, string? codingCsv)
    {
        if (string.IsNullOrWhiteSpace(codingCsv))
        {
            return new PassageCoder(name, []);
        }

        var problems = new ProblemLog();
        var coder = ReadCoder(name, name, codingCsv, Codebook, Passages, problems);
        return problems.Count == 0 && coder is not null ? coder : throw new ReviewDataException(problems);
    }

    /// <summary>
    /// The reliability data of a coder against the key: one unit per (passage, code) for every passage the coder coded and
    /// every code of the codebook, named like <c>P05 LC3</c>; the first column is the key, the second the coder.
    /// </summary>
    public ReliabilityData DataOf(PassageCoder coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        var units = UnitsOf(coder).ToList();
        return new ReliabilityData(
            units.Select(unit => new int?[] { unit.InKey ? 1 : 0, unit.ByCoder ? 1 : 0 }),
            units.Select(unit => $"{unit.PassageId} {unit.CodeId}").ToList(),
            [Key.Name, coder.Name]);
    }

    /// <summary>Compares a coder with the key: percent agreement, Cohen's kappa and Krippendorff's alpha over the (passage, code) units, and every disagreement with its deciding rule.</summary>
    public PassageAgreement Compare(PassageCoder coder)
    {
        var data = DataOf(coder);
        var reasons = Key.Passages.ToDictionary(passage => passage.PassageId, passage => passage.Reason, StringComparer.Ordinal);
        var disagreements = UnitsOf(coder)
            .Where(unit => unit.InKey != unit.ByCoder)
            .Select(unit => new PassageDisagreement(unit.PassageId, unit.CodeId, unit.InKey, RuleFor(unit.CodeId, unit.InKey), reasons.GetValueOrDefault(unit.PassageId)))
            .ToList();
        return new PassageAgreement(
            coder.Name,
            coder.Passages.Count,
            data.Units,
            AgreementCoefficients.PercentAgreement(data),
            AgreementCoefficients.CohenKappa(data),
            AgreementCoefficients.KrippendorffAlpha(data),
            disagreements);
    }

    private IEnumerable<(string PassageId, string CodeId, bool InKey, bool ByCoder)> UnitsOf(PassageCoder coder)
    {
        var coded = coder.Passages.ToDictionary(passage => passage.PassageId, passage => passage.CodeIds.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var passage in Passages.Where(passage => coded.ContainsKey(passage.Id)))
        {
            var key = Key.CodesOf(passage.Id) ?? [];
            foreach (var code in Codebook)
            {
                yield return (passage.Id, code.Id, key.Contains(code.Id, StringComparer.Ordinal), coded[passage.Id].Contains(code.Id));
            }
        }
    }

    private string RuleFor(string codeId, bool inKey)
    {
        var code = Codebook.First(code => code.Id == codeId);
        var rule = inKey ? code.Rules?.Inclusion : code.Rules?.Exclusion;
        return rule is not null
            ? $"{code.Id} {(inKey ? "includes" : "excludes")}: {rule}"
            : $"{code.Id} means: {code.Rules?.Definition ?? code.Label}";
    }

    private static CodingLesson Build(string passagesFile, string passagesCsv, string keyFile, string keyCsv, ReviewDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var problems = new ProblemLog();
        var passages = ReadPassages(passagesFile, passagesCsv, problems);
        var key = passages is null ? null : ReadCoder("key", keyFile, keyCsv, dataset.Codebook, passages, problems);
        if (passages is not null && key is not null)
        {
            var keyed = key.Passages.Select(passage => passage.PassageId).ToHashSet(StringComparer.Ordinal);
            foreach (var passage in passages.Where(passage => !keyed.Contains(passage.Id)))
            {
                problems.Add(keyFile, 0, $"passage {passage.Id} has no row in the key; give its codes, or an empty code if it has none ({passage.Id},)");
            }
        }

        return problems.Count == 0 && passages is not null && key is not null
            ? new CodingLesson(dataset.Codebook, passages, key)
            : throw new ReviewDataException(problems);
    }

    private static List<Passage>? ReadPassages(string file, string text, ProblemLog problems)
    {
        var table = CsvTable.Parse(file, text, PassageColumns, problems);
        if (table is null)
        {
            return null;
        }

        var passages = new List<Passage>();
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var id = row["passage_id"];
            if (id.Length == 0 || row["text"].Length == 0)
            {
                problems.Add(file, row.Line, "a passage needs an id and a text");
            }
            else if (!lines.TryAdd(id, row.Line))
            {
                problems.Add(file, row.Line, $"passage {id} is listed twice (first on line {lines[id]})");
            }
            else
            {
                passages.Add(new Passage(id, row["section"], row["text"]));
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(file, 1, "the passages file has a header but no passages");
        }

        return passages;
    }

    private static PassageCoder? ReadCoder(string name, string file, string text, IReadOnlyList<Code> codebook, IReadOnlyList<Passage> passages, ProblemLog problems)
    {
        var before = problems.Count;
        var table = CsvTable.Parse(file, text, CodingColumns, problems);
        if (table is null)
        {
            return null;
        }

        var passageIds = passages.ToDictionary(passage => passage.Id, passage => passage.Id, StringComparer.OrdinalIgnoreCase);
        var codeIds = codebook.ToDictionary(code => code.Id, code => code.Id, StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var lines = new Dictionary<(string, string), int>();
        foreach (var row in table.Rows)
        {
            var ok = true;
            if (!passageIds.TryGetValue(row["passage_id"], out var passageId))
            {
                problems.Add(file, row.Line, $"unknown passage '{row["passage_id"]}'{VisibleText.InvisibleCharacterHint(row["passage_id"])}; the passages are {passages[0].Id}–{passages[^1].Id}");
                ok = false;
            }

            string? codeId = null;
            if (row["code"].Length > 0 && !codeIds.TryGetValue(row["code"], out codeId))
            {
                problems.Add(file, row.Line, $"unknown code '{row["code"]}'{VisibleText.InvisibleCharacterHint(row["code"])}; every code must be in the codebook (LC1, LO4, …)");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            if (codeId is not null && !lines.TryAdd((passageId!, codeId), row.Line))
            {
                problems.Add(file, row.Line, $"passage {passageId} is coded {codeId} twice (first on line {lines[(passageId!, codeId)]})");
                continue;
            }

            codes.TryAdd(passageId!, []);
            if (codeId is not null)
            {
                codes[passageId!].Add(codeId);
            }

            if (row.Optional("reason") is { } reason && !(reasons.GetValueOrDefault(passageId!)?.Contains(reason) ?? false))
            {
                reasons.TryAdd(passageId!, []);
                reasons[passageId!].Add(reason);
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        var order = codebook.Select((code, index) => (code.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        return new PassageCoder(name, passages
            .Where(passage => codes.ContainsKey(passage.Id))
            .Select(passage => new PassageCoding(
                passage.Id,
                codes[passage.Id].OrderBy(code => order[code]).ToList(),
                reasons.TryGetValue(passage.Id, out var why) ? string.Join(" ", why) : null))
            .ToList());
    }
}
