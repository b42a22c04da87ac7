using ReviewKit.Passages;

namespace ReviewKit.Interactive;

/// <summary>
/// The exercises of <c>02-coding-from-text</c>, on the paper's coding lesson (<see cref="CodingLesson.Paper"/>). Its first
/// exercise, coding the passages, is checked by <see cref="Exercises.CheckCoding"/>.
/// </summary>
internal sealed class Notebook02Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "02.2",
            "You code 10 of the passages and compare your coding with the key. Over how many units is the agreement computed?",
            "a unit is not a passage: recall what one unit of this comparison is, and how many of them one passage brings.",
            _ => 10 * CodingLesson.Paper.Codebook.Count),
        new(
            "02.3",
            "A coder reads every passage and gives none of them any code. What is this coder's percent agreement with the key, to one decimal?",
            "go through the units: on which of them can this coder disagree with the key? Every other unit counts as agreement.",
            _ => Silent().PercentAgreement ?? double.NaN,
            Tolerance: 0.05),
        new(
            "02.4",
            "And that coder's Cohen's kappa with the key?",
            "kappa sets the observed agreement against the agreement expected by chance from each coder's own rate of saying 'present'. What is this coder's rate, and what chance agreement follows from it?",
            _ => Silent().CohenKappa ?? double.NaN,
            Tolerance: 0.005),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "02.5",
            "Your kappa against the key is not an inter-coder reliability in Krippendorff's sense. Why not, and what would you need before you could report the reliability of coding these passages?",
            "The key is not an independent coder: it is one reading (this project's) of where the paper places each passage, written "
                + "with the codebook's rules in view and with the paper's own counts as clues. Agreement with it measures how closely you follow "
                + "that reading (accuracy against a standard, useful for training), not whether two coders working apart with the same codebook "
                + "reach the same codes. For reliability you would need at least two coders who code the same passages independently, trained on "
                + "the codebook but not on the key, a sample of passages chosen in advance (including passages that carry rare codes and "
                + "passages that carry none), and an agreement statistic per code and pooled, such as Krippendorff's alpha with its interval. "
                + "Then disagreements would point to rules that need sharpening."),
    ];

    /// <summary>A coder who read every passage and gave no code.</summary>
    private static PassageAgreement Silent()
    {
        var lesson = CodingLesson.Paper;
        return lesson.Compare(new PassageCoder("no codes", lesson.Passages.Select(passage => new PassageCoding(passage.Id, [])).ToList()));
    }
}
