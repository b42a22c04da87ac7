namespace ReviewKit.Interactive;

/// <summary>The exercises of one notebook. Implement it in an internal class of the library; <see cref="Exercises"/> finds it.</summary>
internal interface IExerciseSet
{
    /// <summary>The notebook's exercises with a right answer.</summary>
    IEnumerable<Exercise> Exercises { get; }

    /// <summary>The notebook's interpretation questions, each with a model answer.</summary>
    IEnumerable<InterpretationQuestion> Questions { get; }
}
