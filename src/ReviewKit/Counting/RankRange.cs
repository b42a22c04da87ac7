namespace ReviewKit.Counting;

/// <summary>Where a code stands in a ranking, and how far the data let it move.</summary>
/// <param name="Row">The code and its frequency.</param>
/// <param name="Rank">Its place in the ranking as printed (1 = most frequent).</param>
/// <param name="Best">The highest place the data allow: 1 + the codes whose interval lies wholly above its own.</param>
/// <param name="Worst">The lowest place the data allow: the number of codes less those whose interval lies wholly below its own.</param>
public sealed record RankRange(CodeFrequency Row, int Rank, int Best, int Worst)
{
    /// <summary>Whether the data fix the code's place: no other code can swap with it.</summary>
    public bool IsFirm => Best == Worst;

    /// <summary>The range as text: <c>1</c> when firm, else <c>2–3</c>.</summary>
    public string Places => IsFirm ? $"{Best}" : $"{Best}–{Worst}";
}
