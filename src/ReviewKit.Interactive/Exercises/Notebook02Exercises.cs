using ReviewKit.Data;
using ReviewKit.Passages;
using ReviewKit.Reliability;

namespace ReviewKit.Interactive;

/// <summary>
/// The exercises of <c>02-coding-from-text</c>, on the coding lesson of <c>data/examples/coding-lesson/</c>
/// (<see cref="CodingLesson.Paper"/>). Its first exercise, coding the passages, is checked by
/// <see cref="Exercises.CheckCoding"/>; the others ask for a few lines of analysis: counting studies, rolling passages up
/// to studies, and the agreement of two study-level codings.
/// </summary>
internal sealed class Notebook02Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "02.2",
            "In the second coder's study-level coding (lesson.Peer), how many studies carry at least one of the learners' codes (a code whose id starts with L)?",
            "the unit counted is the study: a study with several learner codes still counts once. Group the coder's (study, code) rows by study first.",
            _ => CodingLesson.Paper.Peer.Codings.Where(coding => coding.CodeId.StartsWith('L')).Select(coding => coding.StudyId).Distinct().Count()),
        new(
            "02.3",
            "Roll the answer key (lesson.Key) up to study codes in plain C#, without lesson.RollUp: how many (study, code) pairs does it hold?",
            "a study carries a code when any of its passages does, and carries it once; find each passage's study with lesson.GetPassage(id).StudyId, then keep distinct (study, code) pairs.",
            _ => KeyRollUp().Codings.Count),
        new(
            "02.4",
            "Over every study of the lesson and every code of the codebook, one unit per (study, code), what is Cohen's kappa between the key's roll-up and the second coder?",
            "count the four cells of the 2 × 2 table over all study × code units (both give it, only one, only the other, neither); kappa sets the observed agreement against the agreement expected from each coder's own rate of giving a code.",
            data => KeyPeerKappa(data.Dataset),
            Tolerance: 0.005),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "02.5",
            "The key and the second coder disagree on a few (study, code) units. Is the key's kappa with the second coder a reliability of the lesson's coding, and what would you need before you reported one for a review?",
            "No. The key is not an independent coder: it was written with the codebook's rules in view and with every reason spelt out, as a standard "
                + "to train against, and the second coder is made up to show the kinds of disagreement a rule decides. Their kappa measures how two "
                + "fixed codings of seven made-up studies compare, on units where most answers are 'no' by default, so it runs high for reasons that have "
                + "little to do with the hard calls. A reliability needs at least two coders who code the same studies independently, trained on the "
                + "codebook but not on each other's coding, a sample chosen in advance that includes studies with rare codes, and an agreement "
                + "statistic per code as well as pooled (Krippendorff's alpha with its interval, as in notebook 07), reported before the counting. "
                + "Then the disagreements show which rules need sharpening, as the ones here did for LC3 against GC2 and EO5 against EO3."),
    ];

    /// <summary>The key rolled up to the codes of each study.</summary>
    private static Coder KeyRollUp() => CodingLesson.Paper.RollUp(CodingLesson.Paper.Key);

    /// <summary>Kappa of the key's roll-up against the peer over study × code units, with the notebook's codebook.</summary>
    private static double KeyPeerKappa(ReviewDataset dataset)
    {
        var lesson = CodingLesson.Paper;
        var key = KeyRollUp().Codings.ToHashSet();
        var peer = lesson.Peer.Codings.ToHashSet();
        var units = lesson.Studies.SelectMany(study => dataset.Codebook.Select(code => new Coding(study, code.Id))).ToList();
        var data = new ReliabilityData(
            units.Select(unit => new int?[] { key.Contains(unit) ? 1 : 0, peer.Contains(unit) ? 1 : 0 }),
            units.Select(unit => $"{unit.StudyId} {unit.CodeId}").ToList(),
            ["key", "peer"]);
        return AgreementCoefficients.CohenKappa(data) ?? double.NaN;
    }
}
