namespace ReviewKit.Interactive;

/// <summary>The verdict on an answer, and a message that never gives the answer away.</summary>
/// <param name="Id">The exercise's id.</param>
/// <param name="Verdict">Not answered, right, not right, or compared with a model answer.</param>
/// <param name="Message">What to tell the learner: only "not answered yet" while there is no answer; right; not right with a hint about the method; or the model answer to compare with.</param>
public sealed record ExerciseResult(string Id, ExerciseVerdict Verdict, string Message)
{
    /// <summary>Whether the answer is right.</summary>
    public bool Correct => Verdict == ExerciseVerdict.Right;

    /// <summary>The message.</summary>
    public override string ToString() => Message;
}
