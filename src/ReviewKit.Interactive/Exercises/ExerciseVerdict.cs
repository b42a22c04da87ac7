namespace ReviewKit.Interactive;

/// <summary>What a check concluded about an answer.</summary>
public enum ExerciseVerdict
{
    /// <summary>There is no answer yet; nothing else is shown, so a notebook's committed output gives nothing away.</summary>
    NotAnswered,

    /// <summary>The answer is right.</summary>
    Right,

    /// <summary>The answer is not right; the message gives a hint about the method.</summary>
    NotRight,

    /// <summary>The answer has no single right value (an interpretation, a coding): the message sets it beside a model answer or the key.</summary>
    Compared,
}
