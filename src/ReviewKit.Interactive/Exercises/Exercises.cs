using System.Collections;
using System.Globalization;
using System.Text;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Passages;
using ReviewKit.Reliability;

namespace ReviewKit.Interactive;

/// <summary>
/// The notebooks' exercises and the check a learner runs on an answer. <c>Exercises.Check("03.1", null)</c> prints only
/// that the exercise is not answered yet, so a notebook's committed output gives nothing away; a wrong answer gets a hint
/// about the method, never the formula, the answer or whether it is too high; an interpretation question shows its model
/// answer only after the learner has written one.
/// </summary>
/// <remarks>
/// <b>Adding exercises for a notebook.</b> Write one internal class per notebook that implements
/// <see cref="IExerciseSet"/> (see <c>Exercises/Notebook03Exercises.cs</c>) and give each exercise an answer computed
/// from <see cref="ExerciseData"/>. Every such class in the library is found on first use; nothing else needs editing.
/// </remarks>
public static class Exercises
{
    /// <summary>The fewest words an answer to an interpretation question needs before the model answer is shown.</summary>
    public const int MinimumWords = 10;

    /// <summary>The id of notebook 02's coding exercise, checked by <see cref="CheckCoding"/>.</summary>
    public const string CodingExerciseId = "02.1";

    private static readonly Lazy<Registry> Sets = new(Discover);

    /// <summary>Every exercise with a right answer, ordered by id.</summary>
    public static IReadOnlyList<Exercise> All => Sets.Value.Exercises.Values.OrderBy(exercise => exercise.Id, StringComparer.Ordinal).ToList();

    /// <summary>Every interpretation question, ordered by id.</summary>
    public static IReadOnlyList<InterpretationQuestion> Questions => Sets.Value.Questions.Values.OrderBy(question => question.Id, StringComparer.Ordinal).ToList();

    /// <summary>Looks an exercise with a right answer up by id.</summary>
    /// <exception cref="KeyNotFoundException">There is no such exercise.</exception>
    public static Exercise Get(string id) =>
        Sets.Value.Exercises.TryGetValue(id, out var exercise) ? exercise : throw Unknown(id);

    /// <summary>
    /// Checks an answer to one of the notebooks' exercises or interpretation questions. For an exercise, the answer is
    /// compared with the one computed from the data; for an interpretation question, an answer of at least
    /// <see cref="MinimumWords"/> words is set beside the model answer.
    /// </summary>
    /// <param name="id">The exercise, e.g. <c>03.1</c>.</param>
    /// <param name="answer">The learner's answer; null while there is none.</param>
    /// <param name="dataset">The dataset the notebook works on; the paper's when null.</param>
    /// <param name="coders">The coders, for the agreement exercises of notebook 07.</param>
    /// <example>
    /// <c>Exercises.Check("03.1", null)</c> ⇒ "03.1: not answered yet.";
    /// <c>Exercises.Check("03.1", 45)</c> ⇒ "✘ 03.1: 45 is not right. Hint: …" (a hint about the method).
    /// </example>
    /// <exception cref="KeyNotFoundException">There is no such exercise.</exception>
    public static ExerciseResult Check(string id, object? answer, ReviewDataset? dataset = null, IReadOnlyList<Coder>? coders = null)
    {
        if (Sets.Value.Questions.TryGetValue(id, out var question))
        {
            return Check(question, answer);
        }

        return Check(Get(id), answer, new ExerciseData(dataset ?? ReviewDataset.Paper, coders));
    }

    /// <summary>
    /// Checks an answer given as a list of texts, as the prompts show it: <c>Exercises.Check("04.2", ["LO1", "LO2"], review)</c>.
    /// A collection expression has no type of its own, so it cannot stand where an <see cref="object"/> is expected; this
    /// overload gives it one. It checks as <see cref="Check(string, object?, ReviewDataset?, IReadOnlyList{Coder}?)"/> does, and
    /// <c>null</c> (an exercise not answered yet) comes here too.
    /// </summary>
    /// <param name="id">The exercise, e.g. <c>04.2</c>.</param>
    /// <param name="answer">The learner's answer; null or empty while there is none.</param>
    /// <param name="dataset">The dataset the notebook works on; the paper's when null.</param>
    /// <param name="coders">The coders, for the agreement exercises of notebook 07.</param>
    /// <example><c>Exercises.Check("04.2", ["LO1", "LO2"])</c> ⇒ "✘ 04.2: [LO1, LO2] is not right. Hint: …".</example>
    /// <exception cref="KeyNotFoundException">There is no such exercise.</exception>
    public static ExerciseResult Check(string id, IReadOnlyList<string>? answer, ReviewDataset? dataset = null, IReadOnlyList<Coder>? coders = null) =>
        Check(id, (object?)answer, dataset, coders);

    /// <summary>Checks an answer to any exercise, e.g. one a notebook defines for itself.</summary>
    public static ExerciseResult Check(Exercise exercise, object? answer, ExerciseData data)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(data);
        if (IsUnanswered(answer))
        {
            return NotAnswered(exercise.Id);
        }

        var expected = exercise.Answer(data);
        var (correct, note) = Compare(expected, answer!, exercise.Tolerance);
        var shown = Show(answer!);
        return correct
            ? new ExerciseResult(exercise.Id, ExerciseVerdict.Right, $"✔ {exercise.Id}: {shown} is right.")
            : new ExerciseResult(exercise.Id, ExerciseVerdict.NotRight, $"✘ {exercise.Id}: {shown} is not right{(note.Length > 0 ? ": " + note : "")}. Hint: {exercise.Hint}");
    }

    /// <summary>Sets a written answer to an interpretation question beside its model answer, once the answer is long enough to be one.</summary>
    /// <example><c>Check(question, null)</c> ⇒ "04.4: not answered yet."</example>
    public static ExerciseResult Check(InterpretationQuestion question, object? answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (IsUnanswered(answer))
        {
            return NotAnswered(question.Id);
        }

        var words = (Convert.ToString(answer, CultureInfo.InvariantCulture) ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words < MinimumWords
            ? new ExerciseResult(question.Id, ExerciseVerdict.NotAnswered, $"{question.Id}: write your answer in a few sentences of your own (at least {MinimumWords} words); the model answer shows once you have.")
            : new ExerciseResult(question.Id, ExerciseVerdict.Compared, $"{question.Id}: your answer is written. Compare it with a model answer:\n{question.ModelAnswer}");
    }

    /// <summary>
    /// Checks a learner's coding of the passages of a coding lesson against its key: percent agreement, Cohen's kappa and
    /// Krippendorff's alpha over the (passage, code) units, and every disagreement with the rule of the codebook that
    /// decides it and the key's reason.
    /// </summary>
    /// <param name="coding">The coding as <c>passage_id,code</c> lines under that header (see <see cref="CodingLesson.ReadCoding"/>); null or the header alone while there is none.</param>
    /// <param name="lesson">The lesson; the paper's (<see cref="CodingLesson.Paper"/>) when null.</param>
    /// <example><c>Exercises.CheckCoding("passage_id,code\n")</c> ⇒ "02.1: not answered yet."</example>
    public static ExerciseResult CheckCoding(string? coding, CodingLesson? lesson = null)
    {
        lesson ??= CodingLesson.Paper;
        PassageCoder coder;
        try
        {
            coder = lesson.ReadCoding("your coding", coding);
        }
        catch (ReviewDataException error)
        {
            return new ExerciseResult(CodingExerciseId, ExerciseVerdict.NotRight, $"✘ {CodingExerciseId}: the coding cannot be read:\n{error.Message}");
        }

        if (coder.Passages.Count == 0)
        {
            return NotAnswered(CodingExerciseId);
        }

        var agreement = lesson.Compare(coder);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{CodingExerciseId}: you coded {agreement.Passages} of the {lesson.Passages.Count} passages; compared with the key over {agreement.Units} (passage, code) units.\n");
        text.Append(CultureInfo.InvariantCulture, $"Percent agreement {agreement.PercentAgreement:0.0}% · Cohen's kappa {Statistic(agreement.CohenKappa)}{(agreement.CohenKappa is { } kappa ? $" ({AgreementCoefficients.LandisKochBand(kappa)})" : "")} · Krippendorff's alpha {Statistic(agreement.Alpha)}\n");
        if (agreement.Disagreements.Count == 0)
        {
            text.Append("No disagreement with the key.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"{agreement.Disagreements.Count} {(agreement.Disagreements.Count == 1 ? "disagreement" : "disagreements")}, each with the rule of the code at stake (its inclusion rule if you left it out, its exclusion rule if you gave it) and the key's reason:");
            foreach (var passage in agreement.Disagreements.GroupBy(disagreement => disagreement.PassageId))
            {
                foreach (var disagreement in passage)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n• {disagreement.PassageId} {disagreement.CodeId}: {(disagreement.InKey ? "the key gives it, you did not" : "you gave it, the key does not")}. {disagreement.Rule}");
                }

                if (passage.First().KeyReason is { } reason)
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n  The key's reason for {passage.Key}: {reason}");
                }
            }
        }

        return new ExerciseResult(CodingExerciseId, ExerciseVerdict.Compared, text.ToString());
    }

    private static string Statistic(double? value) =>
        value is null ? "undefined (no code given by either)" : FormattableString.Invariant($"{value:0.00}");

    private static ExerciseResult NotAnswered(string id) => new(id, ExerciseVerdict.NotAnswered, $"{id}: not answered yet.");

    private static bool IsUnanswered(object? answer) => answer switch
    {
        null => true,
        string text => string.IsNullOrWhiteSpace(text),
        IEnumerable items => !items.Cast<object>().Any(),
        _ => false,
    };

    private static (bool Correct, string Note) Compare(object expected, object answer, double tolerance) => expected switch
    {
        int or long or double => CompareNumber(Convert.ToDouble(expected, CultureInfo.InvariantCulture), answer, tolerance),
        Stakeholder stakeholder => (IsStakeholder(answer, stakeholder), Enum.GetValues<Stakeholder>().Any(any => IsStakeholder(answer, any)) ? "" : "the answer is one of the four stakeholders, e.g. Stakeholder.Learners"),
        string text => (Texts(answer) is [var single] && string.Equals(single, text, StringComparison.OrdinalIgnoreCase), ""),
        IEnumerable items => (Texts(items).ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(Texts(answer)), ""),
        _ => throw new InvalidOperationException($"An exercise's answer must be a number, a text, a stakeholder or a set of texts, not {expected.GetType().Name}."),
    };

    /// <summary>Right within the tolerance; otherwise a note only on the form of the answer (a number, a percentage), never on its size.</summary>
    private static (bool, string) CompareNumber(double expected, object answer, double tolerance)
    {
        var given = answer switch
        {
            int or long or double or float or decimal => Convert.ToDouble(answer, CultureInfo.InvariantCulture),
            string text when double.TryParse(text.Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => (double?)null,
        };
        if (given is not { } value)
        {
            return (false, "the answer is a number");
        }

        bool Near(double candidate) => Math.Abs(candidate - expected) <= tolerance + 1e-9;
        if (Near(value))
        {
            return (true, "");
        }

        if (Near(value * 100))
        {
            return (false, "it looks like a proportion; the question asks for a percentage");
        }

        return value != 0 && Near(value / 100)
            ? (false, "it looks like a percentage; the question asks for a proportion")
            : (false, "");
    }

    private static bool IsStakeholder(object answer, Stakeholder expected)
    {
        if (answer is Stakeholder stakeholder)
        {
            return stakeholder == expected;
        }

        static string Letters(string text) => new(text.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
        return answer is string text && (Letters(text) == Letters(expected.ToString()) || Letters(text) == Letters(Names.Of(expected)));
    }

    private static List<string> Texts(object value) => value switch
    {
        string text => [text.Trim()],
        Code code => [code.Id],
        Study study => [study.Id],
        CodeFrequency row => [row.Code.Id],
        IEnumerable items => items.Cast<object>().SelectMany(Texts).ToList(),
        _ => [Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? ""],
    };

    private static string Show(object answer) => answer switch
    {
        string text => $"\"{text.Trim()}\"",
        IEnumerable => $"[{string.Join(", ", Texts(answer))}]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => string.Join(", ", Texts(answer)),
    };

    private static KeyNotFoundException Unknown(string id) =>
        new($"There is no exercise {id}; the exercises are {string.Join(", ", Sets.Value.Exercises.Keys.Concat(Sets.Value.Questions.Keys).Order(StringComparer.Ordinal))}.");

    private static Registry Discover()
    {
        var exercises = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        var questions = new Dictionary<string, InterpretationQuestion>(StringComparer.Ordinal);
        var sets = typeof(Exercises).Assembly.GetTypes()
            .Where(type => typeof(IExerciseSet).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
        foreach (var type in sets)
        {
            var set = (IExerciseSet)Activator.CreateInstance(type, nonPublic: true)!;
            var ids = set.Exercises.Select(exercise => exercise.Id).Concat(set.Questions.Select(question => question.Id));
            foreach (var id in ids.Where(id => exercises.ContainsKey(id) || questions.ContainsKey(id) || id == CodingExerciseId))
            {
                throw new InvalidOperationException($"Exercise {id} is defined twice (in {type.Name} and elsewhere).");
            }

            foreach (var exercise in set.Exercises)
            {
                exercises.Add(exercise.Id, exercise);
            }

            foreach (var question in set.Questions)
            {
                questions.Add(question.Id, question);
            }
        }

        return new Registry(exercises, questions);
    }

    private sealed record Registry(IReadOnlyDictionary<string, Exercise> Exercises, IReadOnlyDictionary<string, InterpretationQuestion> Questions);
}
