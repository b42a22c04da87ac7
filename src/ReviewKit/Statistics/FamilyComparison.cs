using ReviewKit.Counting;

namespace ReviewKit.Statistics;

/// <summary>
/// A family of codes counted on the same studies, tested as a whole and pair by pair: Cochran's Q over the family, then
/// the exact McNemar test of each pair with Holm-adjusted p-values.
/// </summary>
/// <param name="Ranked">The codes with their frequencies, most frequent first (ties in codebook order), as the paper's Tables 1–8 rank them.</param>
/// <param name="Overall">Cochran's Q over all the codes of the family.</param>
/// <param name="Pairs">The pairs tested (adjacent in rank order, or all), first the higher-ranked code.</param>
public sealed record FamilyComparison(IReadOnlyList<CodeFrequency> Ranked, CochranQTest Overall, IReadOnlyList<CodeComparison> Pairs)
{
    /// <summary>
    /// The ranking in one line: a code is joined to the next by "&gt;" when the exact McNemar test tells them apart at the
    /// family-wise level (Holm-adjusted p ≤ level), else by "≈".
    /// </summary>
    /// <example>The paper's Table 6 (UC1 55, UC2 14, UC3 9 of 60) ⇒ <c>UC1 &gt; UC2 ≈ UC3</c>.</example>
    public string Describe(double level = CodeComparison.DefaultLevel)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < Ranked.Count; i++)
        {
            if (i > 0)
            {
                var pair = Pairs.Single(p => p.First.Code.Id == Ranked[i - 1].Code.Id && p.Second.Code.Id == Ranked[i].Code.Id);
                text.Append(pair.Differs(level) ? " > " : " ≈ ");
            }

            text.Append(Ranked[i].Code.Id);
        }

        return text.ToString();
    }
}
