using System.Collections;
using System.Globalization;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Interactive;

/// <summary>What an exercise's answer is computed from: the dataset a notebook works on and, for agreement exercises, the coders.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Coders">The coders, first the dataset's own coding; null when the notebook has none.</param>
public sealed record ExerciseData(ReviewDataset Dataset, IReadOnlyList<Coder>? Coders = null)
{
    /// <summary>The coders, or an explanation of how to pass them.</summary>
    /// <exception cref="ArgumentException">No coders were given.</exception>
    public IReadOnlyList<Coder> RequireCoders(string exerciseId) =>
        Coders is { Count: >= 2 } coders
            ? coders
            : throw new ArgumentException($"Exercise {exerciseId} is about agreement between coders: pass them, Exercises.Check(\"{exerciseId}\", answer, review, coders).");
}

/// <summary>
/// One exercise at the end of a notebook. Its answer is not stored: <see cref="Answer"/> computes it from the data, so
/// it stays right when the data change. An answer is a number (compared within <see cref="Tolerance"/>), a text such as
/// a code or study id (compared ignoring case and surrounding spaces), a <see cref="Stakeholder"/>, or a set of texts
/// (compared ignoring order).
/// </summary>
/// <param name="Id">The exercise's id, <c>NN.K</c>: notebook number and exercise number, e.g. <c>03.1</c>.</param>
/// <param name="Question">The question as the notebook asks it.</param>
/// <param name="Hint">A hint that points the way without giving the answer away.</param>
/// <param name="Answer">Computes the answer from the data.</param>
/// <param name="Tolerance">For numbers: how far an answer may be from the computed one and still be right.</param>
public sealed record Exercise(string Id, string Question, string Hint, Func<ExerciseData, object> Answer, double Tolerance = 0);

/// <summary>The verdict on an answer: right or not, and a message that never gives the answer away.</summary>
/// <param name="Id">The exercise's id.</param>
/// <param name="Correct">Whether the answer is right.</param>
/// <param name="Message">What to tell the learner: right, or not yet and why, with the hint.</param>
public sealed record ExerciseResult(string Id, bool Correct, string Message)
{
    /// <summary>The message.</summary>
    public override string ToString() => Message;
}

/// <summary>
/// The exercises the notebooks end with, and the check a learner runs on an answer:
/// <c>Exercises.Check("03.1", 47)</c> says whether 47 is right, with a hint if it is not, and never prints the answer.
/// </summary>
/// <remarks>
/// <b>Adding exercises for a notebook.</b> Write one internal class per notebook that implements
/// <see cref="IExerciseSet"/> (see <c>Exercises/Notebook03Exercises.cs</c>) and give each exercise an answer computed
/// from <see cref="ExerciseData"/>. Every such class in the library is found on first use; nothing else needs editing.
/// </remarks>
public static class Exercises
{
    private static readonly Lazy<IReadOnlyDictionary<string, Exercise>> Registry = new(Discover);

    /// <summary>Every exercise, ordered by id.</summary>
    public static IReadOnlyList<Exercise> All => Registry.Value.Values.OrderBy(exercise => exercise.Id, StringComparer.Ordinal).ToList();

    /// <summary>Looks an exercise up by id.</summary>
    /// <exception cref="KeyNotFoundException">There is no such exercise.</exception>
    public static Exercise Get(string id) =>
        Registry.Value.TryGetValue(id, out var exercise)
            ? exercise
            : throw new KeyNotFoundException($"There is no exercise {id}; the exercises are {string.Join(", ", Registry.Value.Keys.Order(StringComparer.Ordinal))}.");

    /// <summary>Checks an answer to one of the notebooks' exercises against the answer computed from the data.</summary>
    /// <param name="id">The exercise, e.g. <c>03.1</c>.</param>
    /// <param name="answer">The learner's answer; null while there is none.</param>
    /// <param name="dataset">The dataset the notebook works on; the paper's when null.</param>
    /// <param name="coders">The coders, for the agreement exercises of notebook 07.</param>
    /// <example>
    /// <c>Exercises.Check("03.1", 45)</c> ⇒ "✘ 03.1: 45 is not right: too low. Hint: …";
    /// <c>Exercises.Check("03.1", null)</c> ⇒ "03.1: no answer yet …".
    /// </example>
    public static ExerciseResult Check(string id, object? answer, ReviewDataset? dataset = null, IReadOnlyList<Coder>? coders = null) =>
        Check(Get(id), answer, new ExerciseData(dataset ?? ReviewDataset.Paper, coders));

    /// <summary>Checks an answer to any exercise, e.g. one a notebook defines for itself.</summary>
    public static ExerciseResult Check(Exercise exercise, object? answer, ExerciseData data)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(data);
        if (answer is null)
        {
            return new ExerciseResult(exercise.Id, false, $"{exercise.Id}: no answer yet. Replace null with your answer and run the cell again. Hint: {exercise.Hint}");
        }

        var expected = exercise.Answer(data);
        var (correct, why) = Compare(expected, answer, exercise.Tolerance);
        var shown = Show(answer);
        return correct
            ? new ExerciseResult(exercise.Id, true, $"✔ {exercise.Id}: {shown} is right.")
            : new ExerciseResult(exercise.Id, false, $"✘ {exercise.Id}: {shown} is not right{(why.Length > 0 ? ": " + why : "")}. Hint: {exercise.Hint}");
    }

    private static (bool Correct, string Why) Compare(object expected, object answer, double tolerance) => expected switch
    {
        int or long or double => CompareNumber(Convert.ToDouble(expected, CultureInfo.InvariantCulture), answer, tolerance),
        Stakeholder stakeholder => (IsStakeholder(answer, stakeholder), Enum.GetValues<Stakeholder>().Any(any => IsStakeholder(answer, any)) ? "" : "the answer is one of the four stakeholders, e.g. Stakeholder.Learners"),
        string text => (Texts(answer) is [var single] && string.Equals(single, text, StringComparison.OrdinalIgnoreCase), ""),
        IEnumerable items => CompareSets(Texts(items), Texts(answer)),
        _ => throw new InvalidOperationException($"An exercise's answer must be a number, a text, a stakeholder or a set of texts, not {expected.GetType().Name}."),
    };

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

        if (value != 0 && Near(value / 100))
        {
            return (false, "it looks like a percentage; the question asks for a proportion");
        }

        return (false, value > expected ? "too high" : "too low");
    }

    private static (bool, string) CompareSets(IReadOnlyList<string> expected, IReadOnlyList<string> given)
    {
        var want = expected.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var have = given.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (want.SetEquals(have))
        {
            return (true, "");
        }

        var right = have.Count(want.Contains);
        var wrong = have.Count - right;
        var missing = want.Count - right;
        return (false, $"{right} of your {have.Count} {(have.Count == 1 ? "item is" : "items are")} right, {wrong} {(wrong == 1 ? "does" : "do")} not belong and {missing} {(missing == 1 ? "is" : "are")} missing");
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
        IEnumerable and not string => $"[{string.Join(", ", Texts(answer))}]",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => string.Join(", ", Texts(answer)),
    };

    private static IReadOnlyDictionary<string, Exercise> Discover()
    {
        var exercises = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        var sets = typeof(Exercises).Assembly.GetTypes()
            .Where(type => typeof(IExerciseSet).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false })
            .OrderBy(type => type.FullName, StringComparer.Ordinal);
        foreach (var type in sets)
        {
            var set = (IExerciseSet)Activator.CreateInstance(type, nonPublic: true)!;
            foreach (var exercise in set.Exercises)
            {
                if (!exercises.TryAdd(exercise.Id, exercise))
                {
                    throw new InvalidOperationException($"Exercise {exercise.Id} is defined twice (in {type.Name} and another set).");
                }
            }
        }

        return exercises;
    }
}

/// <summary>The exercises of one notebook. Implement it in an internal class of the library; <see cref="Exercises"/> finds it.</summary>
internal interface IExerciseSet
{
    /// <summary>The notebook's exercises.</summary>
    IEnumerable<Exercise> Exercises { get; }
}
