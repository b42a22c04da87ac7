using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Passages;

/// <summary>
/// A lesson in coding text: passages of several studies to code, an answer key, a second coder's study-level coding,
/// and the codebook whose rules decide. A learner codes passages, rolls them up to the codes of each study
/// (<see cref="RollUp"/>), compares those with the second coder (<see cref="CompareStudies"/>), and then with the key
/// (<see cref="Compare"/>), where every disagreement comes with the rule of the codebook that settles it.
/// </summary>
/// <remarks>
/// <see cref="Paper"/> is the lesson of <c>data/examples/coding-lesson/</c>, built into the library: passages written for
/// teaching in the style of the studies the review covers, made up and labelled so; they quote no study and not the
/// paper. Its key and its second coder are made up as well.
/// </remarks>
public sealed class CodingLesson
{
    /// <summary>The passages file: <c>passage_id,study_id,text</c>.</summary>
    public const string PassagesFile = "passages.csv";

    /// <summary>The answer key: <c>passage_id,code</c> (and an optional <c>reason</c>), one row per code, an empty code for a passage with none.</summary>
    public const string KeyFile = "answer-key.csv";

    /// <summary>A second coder's study-level coding of the lesson's studies: <c>study_id,code</c>, one row per (study, code), an empty code for a study read and given none.</summary>
    public const string PeerFile = "peer-coder.csv";

    private static readonly string[] PassageColumns = ["passage_id", "study_id", "text"];
    private static readonly string[] CodingColumns = ["passage_id", "code"];
    private static readonly string[] StudyCodingColumns = ["study_id", "code"];
    private static readonly Lazy<CodingLesson> EmbeddedPaper = new(() =>
        Parse(EmbeddedData.Read(PassagesFile), EmbeddedData.Read(KeyFile), EmbeddedData.Read(PeerFile), ReviewDataset.Paper));

    private CodingLesson(IReadOnlyList<Code> codebook, IReadOnlyList<Passage> passages, PassageCoder key, Coder peer)
    {
        Codebook = codebook;
        Passages = passages;
        Key = key;
        Peer = peer;
        Studies = passages.Select(passage => passage.StudyId).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The codebook the passages are coded with.</summary>
    public IReadOnlyList<Code> Codebook { get; }

    /// <summary>The passages, in file order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    /// <summary>The answer key: every passage with its codes and the reason for them.</summary>
    public PassageCoder Key { get; }

    /// <summary>A second coder's study-level coding of the lesson's studies, to compare a roll-up with.</summary>
    public Coder Peer { get; }

    /// <summary>The studies the passages come from, in the order of their first passage.</summary>
    public IReadOnlyList<string> Studies { get; }

    /// <summary>The coding lesson of <c>data/examples/coding-lesson/</c> (made-up passages of seven studies, its key and a second coder) with the paper's codebook.</summary>
    public static CodingLesson Paper => EmbeddedPaper.Value;

    /// <summary>Reads <c>passages.csv</c>, <c>answer-key.csv</c> and <c>peer-coder.csv</c> from a folder; their codes must be in the dataset's codebook.</summary>
    /// <exception cref="ReviewDataException">A file has a problem; every problem found is listed as <c>FILE:LINE: message</c>.</exception>
    public static CodingLesson Load(string directory, ReviewDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new ProblemLog();
        var passagesPath = Path.Combine(directory, PassagesFile);
        var keyPath = Path.Combine(directory, KeyFile);
        var peerPath = Path.Combine(directory, PeerFile);
        var passages = CsvTable.ReadText(passagesPath, passagesPath, problems);
        var key = CsvTable.ReadText(keyPath, keyPath, problems);
        var peer = CsvTable.ReadText(peerPath, peerPath, problems);
        return passages is null || key is null || peer is null
            ? throw new ReviewDataException(problems)
            : Build(new LessonText(passagesPath, passages, keyPath, key, peerPath, peer), dataset);
    }

    /// <summary>Builds a lesson from the text of its three files, e.g. for a small example.</summary>
    /// <example>
    /// <code>
    /// var lesson = CodingLesson.Parse(
    ///     "passage_id,study_id,text\nP1,S1,Learners study in the evenings.\nP2,S1,They enjoy it.\n",
    ///     "passage_id,code\nP1,LO2\nP2,\n",
    ///     "study_id,code\nS1,LO1\n",
    ///     ReviewDataset.Paper);
    /// // lesson.Key.CodesOf("P1") ⇒ LO2; lesson.RollUp(lesson.Key).Codings ⇒ (S1, LO2)
    /// </code>
    /// </example>
    /// <exception cref="ReviewDataException">The text has a problem; every problem found is listed.</exception>
    public static CodingLesson Parse(string passagesCsv, string keyCsv, string peerCsv, ReviewDataset dataset) =>
        Build(new LessonText(PassagesFile, passagesCsv, KeyFile, keyCsv, PeerFile, peerCsv), dataset);

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
            .Select(unit => new PassageDisagreement(unit.PassageId, unit.CodeId, unit.InKey, RuleFor(unit.CodeId, inReference: unit.InKey), reasons.GetValueOrDefault(unit.PassageId)))
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

    /// <summary>
    /// Rolls a coder's passage coding up to the codes of each study: a study carries a code when at least one of its
    /// passages does, and carries it once however many passages do. Only the studies whose every passage the coder coded
    /// are rolled up; a study read in part is left out, since a code may sit in a passage not read.
    /// </summary>
    /// <example>
    /// Passages P1 and P2 of study S1, coded <c>P1,LO2</c>, <c>P2,LO2</c> and <c>P2,LO1</c> ⇒ a coder of study S1 with
    /// codings (S1, LO1) and (S1, LO2): three (passage, code) rows, two (study, code) pairs.
    /// </example>
    /// <returns>A study-level coder, in the format of <see cref="Reliability.Coder"/> (as <c>codings.csv</c>): studies in lesson order, each study's codes in codebook order.</returns>
    public Coder RollUp(PassageCoder coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        var coded = coder.Passages.ToDictionary(passage => passage.PassageId, passage => passage.CodeIds, StringComparer.Ordinal);
        var studies = Studies
            .Where(study => Passages.Where(passage => passage.StudyId == study).All(passage => coded.ContainsKey(passage.Id)))
            .ToList();
        var codings = studies
            .SelectMany(study => Codebook
                .Where(code => Passages.Any(passage => passage.StudyId == study && coded[passage.Id].Contains(code.Id, StringComparer.Ordinal)))
                .Select(code => new Coding(study, code.Id)))
            .ToList();
        return new Coder(coder.Name, studies, codings);
    }

    /// <summary>
    /// Compares two study-level codings over the studies both coded: every (study, code) pair that one gives and the
    /// other does not, by study (lesson order) then codebook order, each with the rule to read it by, taking the first
    /// coding as the reference (see <see cref="StudyCodeDifference"/>).
    /// </summary>
    /// <example>
    /// <c>CompareStudies(RollUp(Key), Peer)</c> ⇒ where the second coder departs from the key's roll-up, e.g.
    /// (S1, LC3, given by key, left out by peer, <c>LC3 includes: …</c>).
    /// </example>
    public IReadOnlyList<StudyCodeDifference> CompareStudies(Coder first, Coder second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var firstPairs = first.Codings.ToHashSet();
        var secondPairs = second.Codings.ToHashSet();
        var both = second.Studies.ToHashSet(StringComparer.Ordinal);
        return Studies
            .Where(study => first.Studies.Contains(study, StringComparer.Ordinal) && both.Contains(study))
            .SelectMany(study => Codebook.Select(code => (study, code.Id, InFirst: firstPairs.Contains(new Coding(study, code.Id)), InSecond: secondPairs.Contains(new Coding(study, code.Id)))))
            .Where(unit => unit.InFirst != unit.InSecond)
            .Select(unit => unit.InFirst
                ? new StudyCodeDifference(unit.study, unit.Id, first.Name, second.Name, RuleFor(unit.Id, inReference: true))
                : new StudyCodeDifference(unit.study, unit.Id, second.Name, first.Name, RuleFor(unit.Id, inReference: false)))
            .ToList();
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

    /// <summary>
    /// The rule that decides a disagreement with a reference coding: the inclusion rule when the reference gives the
    /// code, the exclusion rule when it does not. A codebook without rules (only <c>code,stakeholder,polarity,label</c>)
    /// still gets an answer: the definition if there is one, else a note that no rules are written for the code.
    /// </summary>
    private string RuleFor(string codeId, bool inReference)
    {
        var code = Codebook.First(code => code.Id == codeId);
        var rule = inReference ? code.Rules?.Inclusion : code.Rules?.Exclusion;
        return (rule, code.Rules?.Definition) switch
        {
            ({ } written, _) => $"{code.Id} {(inReference ? "includes" : "excludes")}: {written}",
            (null, { } definition) => $"{code.Id} means: {definition}",
            _ => $"{code.Id} ({code.Label}): the codebook has no rules written for this code.",
        };
    }

    private static CodingLesson Build(LessonText text, ReviewDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var problems = new ProblemLog();
        var passages = ReadPassages(text.PassagesFile, text.Passages, problems);
        var key = passages is null ? null : ReadCoder("key", text.KeyFile, text.Key, dataset.Codebook, passages, problems);
        var peer = passages is null ? null : ReadPeer(text.PeerFile, text.Peer, dataset.Codebook, passages, problems);
        if (passages is not null && key is not null)
        {
            var keyed = key.Passages.Select(passage => passage.PassageId).ToHashSet(StringComparer.Ordinal);
            foreach (var passage in passages.Where(passage => !keyed.Contains(passage.Id)))
            {
                problems.Add(text.KeyFile, 0, $"passage {passage.Id} has no row in the key; give its codes, or an empty code if it has none ({passage.Id},)");
            }
        }

        return problems.Count == 0 && passages is not null && key is not null && peer is not null
            ? new CodingLesson(dataset.Codebook, passages, key, peer)
            : throw new ReviewDataException(problems);
    }

    private static Coder? ReadPeer(string file, string text, IReadOnlyList<Code> codebook, IReadOnlyList<Passage> passages, ProblemLog problems)
    {
        var before = problems.Count;
        var table = CsvTable.Parse(file, text, StudyCodingColumns, problems);
        if (table is null)
        {
            return null;
        }

        var studies = passages.Select(passage => passage.StudyId).Distinct(StringComparer.Ordinal).ToList();
        var codeIds = codebook.Select(code => code.Id).ToHashSet(StringComparer.Ordinal);
        var lines = new Dictionary<Coding, int>();
        var coded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var (studyId, codeId) = (row["study_id"], row["code"]);
            if (!studies.Contains(studyId, StringComparer.Ordinal))
            {
                problems.Add(file, row.Line, $"unknown study '{studyId}'{VisibleText.InvisibleCharacterHint(studyId)}; the studies are those of {PassagesFile}: {string.Join(", ", studies)}");
            }
            else if (codeId.Length > 0 && !codeIds.Contains(codeId))
            {
                problems.Add(file, row.Line, $"unknown code '{codeId}'{VisibleText.InvisibleCharacterHint(codeId)}; every code must be in the codebook");
            }
            else if (codeId.Length > 0 && !lines.TryAdd(new Coding(studyId, codeId), row.Line))
            {
                problems.Add(file, row.Line, $"study {studyId} is coded {codeId} twice (first on line {lines[new Coding(studyId, codeId)]})");
            }
            else
            {
                coded.Add(studyId);
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(file, 1, "the second coder's file has a header but no rows");
        }

        if (problems.Count > before)
        {
            return null;
        }

        var order = codebook.Select((code, index) => (code.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        return new Coder(
            "peer",
            studies.Where(coded.Contains).ToList(),
            lines.Keys.OrderBy(coding => studies.IndexOf(coding.StudyId)).ThenBy(coding => order[coding.CodeId]).ToList());
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
            if (id.Length == 0 || row["study_id"].Length == 0 || row["text"].Length == 0)
            {
                problems.Add(file, row.Line, "a passage needs an id, a study and a text");
            }
            else if (!lines.TryAdd(id, row.Line))
            {
                problems.Add(file, row.Line, $"passage {id} is listed twice (first on line {lines[id]})");
            }
            else
            {
                passages.Add(new Passage(id, row["study_id"], row["text"]));
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

    private sealed record LessonText(string PassagesFile, string Passages, string KeyFile, string Key, string PeerFile, string Peer);
}
