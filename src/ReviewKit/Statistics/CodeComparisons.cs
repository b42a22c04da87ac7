using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Statistics;

/// <summary>
/// Tests of difference between code frequencies counted on the same studies: Cochran's Q for a family of codes, then
/// exact McNemar tests of pairs with Holm's adjustment. These replace reading overlap of confidence intervals as a test:
/// two 95% intervals can overlap while the difference is significant (Schenker &amp; Gentleman 2001), and intervals
/// computed separately ignore that the codes are counted on the same studies.
/// </summary>
/// <remarks>
/// What a test means here: the 60 studies are every study the review included, not a random sample, so within them a
/// count is simply a fact (EC1 is in 48 studies, EC2 in 23). A p-value asks whether a difference this large could arise
/// by the chance of which studies happened to be written and found if the two codes were equally common in the
/// literature the search stands for. It says nothing about coding mistakes. Test only the comparisons a text makes, and
/// adjust for how many it makes: Holm's adjustment here covers the pairs of one family; across families (e.g. the eight
/// Tables), adjust the families' Q p-values with <see cref="Holm.Adjust"/> too.
/// </remarks>
public static class CodeComparisons
{
    /// <summary>Cochran's Q over some codes, then the exact McNemar test of the pairs chosen, Holm-adjusted over those pairs.</summary>
    /// <example>
    /// <code>
    /// var table4 = CodeComparisons.Compare(ReviewDataset.Paper, ["EC1", "EC2", "EC3"]);
    /// table4.Overall.ToString();  // "Q = 47.56, df = 2, p &lt; 0.0001"
    /// table4.Describe();          // "EC1 &gt; EC2 &gt; EC3"
    /// table4.Pairs[1].ToString(); // "EC2 (23 of 60) vs EC3 (13 of 60): b = 15, c = 5, McNemar exact p = 0.0414, Holm-adjusted p = 0.0414"
    /// </code>
    /// </example>
    /// <exception cref="ArgumentException">Fewer than two codes, or a code named twice.</exception>
    /// <exception cref="KeyNotFoundException">The codebook has no such code.</exception>
    public static FamilyComparison Compare(ReviewDataset dataset, IReadOnlyList<string> codes, PairsCompared pairs = PairsCompared.Adjacent)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count < 2 || codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            throw new ArgumentException("A family holds two or more different codes.", nameof(codes));
        }

        var frequencies = ContentAnalysis.CodeFrequencies(dataset).ToDictionary(row => row.Code.Id, StringComparer.Ordinal);
        var position = dataset.Codebook.Select((code, index) => (code.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var ranked = codes
            .Select(code => frequencies[dataset.GetCode(code).Id])
            .OrderByDescending(row => row.N)
            .ThenBy(row => position[row.Code.Id])
            .ToList();
        var overall = CochranQ.Test(dataset, ranked.Select(row => row.Code.Id).ToList());
        var chosen = pairs == PairsCompared.Adjacent
            ? Enumerable.Range(0, ranked.Count - 1).Select(i => (First: ranked[i], Second: ranked[i + 1])).ToList()
            : ranked.SelectMany((first, i) => ranked.Skip(i + 1).Select(second => (First: first, Second: second))).ToList();
        var tests = chosen.Select(pair => McNemar.Exact(dataset, pair.First.Code.Id, pair.Second.Code.Id)).ToList();
        var adjusted = Holm.Adjust(tests.Select(test => test.P).ToList());
        var comparisons = chosen
            .Select((pair, i) => new CodeComparison(pair.First, pair.Second, tests[i].OnlyFirst, tests[i].OnlySecond, tests[i].P, adjusted[i]))
            .ToList();
        return new FamilyComparison(ranked, overall, comparisons);
    }

    /// <summary>The codes of one of the paper's Tables 1–8 (one stakeholder and polarity), compared as a family.</summary>
    /// <example><c>CodeComparisons.Compare(ReviewDataset.Paper, ContentAnalysis.PaperTables[5])</c> ⇒ Table 6, <c>UC1 &gt; UC2 ≈ UC3</c>.</example>
    public static FamilyComparison Compare(ReviewDataset dataset, PaperTable table, PairsCompared pairs = PairsCompared.Adjacent)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(table);
        var codes = dataset.Codebook.Where(code => code.Stakeholder == table.Stakeholder && code.Polarity == table.Polarity).Select(code => code.Id).ToList();
        return Compare(dataset, codes, pairs);
    }
}
