namespace ReviewKit.Counting;

/// <summary>
/// Which places of a ranking of code frequencies the data can tell apart, by a simple and conservative rule:
/// two codes are told apart only when their 95% Wilson intervals do not overlap.
/// </summary>
/// <remarks>
/// The rule errs towards "cannot tell apart": two intervals can overlap a little although a test of the difference
/// would reject equality (Schenker &amp; Gentleman 2001, "On judging the significance of differences by examining the
/// overlap between confidence intervals", <i>The American Statistician</i> 55, 182–186). The codes are also counted on
/// the same studies, so their counts are not independent. Read the result as "the data give no reason to trust this
/// order", not as a test. The rank ranges follow the idea of intervals for ranks in league tables (Goldstein &amp;
/// Spiegelhalter 1996).
/// </remarks>
public static class Ranking
{
    /// <summary>Whether two codes are told apart: their 95% Wilson intervals do not overlap.</summary>
    /// <example>On the paper's data UC1 (55 of 60, [0.819, 0.964]) and UC2 (14, [0.144, 0.354]) ⇒ true; UC2 and UC3 (9) ⇒ false.</example>
    public static bool CanTellApart(CodeFrequency first, CodeFrequency second) => !first.Interval.Overlaps(second.Interval);

    /// <summary>
    /// For each code of a ranking (in the order given, place 1 first), the best and worst place it could take:
    /// a code can only be ranked below the codes whose intervals lie wholly above its own, and above those wholly below.
    /// </summary>
    /// <example>
    /// The paper's Table 6 (UC1 55, UC2 14, UC3 9 of 60) ⇒ UC1 place 1 (firm), UC2 places 2–3, UC3 places 2–3:
    /// the data put UC1 first but cannot order UC2 and UC3.
    /// </example>
    public static IReadOnlyList<RankRange> RankRanges(IReadOnlyList<CodeFrequency> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        return ranked
            .Select((row, index) =>
            {
                var above = ranked.Count(other => other.Interval.Low > row.Interval.High);
                var below = ranked.Count(other => other.Interval.High < row.Interval.Low);
                return new RankRange(row, index + 1, 1 + above, ranked.Count - below);
            })
            .ToList();
    }

    /// <summary>
    /// The ranking in one line: codes the data cannot order against their neighbour joined by "≈", codes told apart
    /// from the next by "&gt;".
    /// </summary>
    /// <example>The paper's Table 6 ⇒ <c>UC1 &gt; UC2 ≈ UC3</c>.</example>
    public static string Describe(IReadOnlyList<CodeFrequency> ranked)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < ranked.Count; i++)
        {
            if (i > 0)
            {
                text.Append(CanTellApart(ranked[i - 1], ranked[i]) ? " > " : " ≈ ");
            }

            text.Append(ranked[i].Code.Id);
        }

        return text.ToString();
    }
}
