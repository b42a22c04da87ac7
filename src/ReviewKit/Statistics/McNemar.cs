using ReviewKit.Data;

namespace ReviewKit.Statistics;

/// <summary>
/// The exact (conditional) McNemar test: are two codes equally frequent on the same studies? A code's count is not
/// independent of another's when both are counted on the same 60 studies, so comparing two counts, or their
/// intervals, as if they came from separate samples is wrong; McNemar's test compares them study by study.
/// </summary>
/// <remarks>
/// Of the n studies, b carry the first code only and c the second only. Under the null hypothesis that the two codes are
/// equally frequent, each of the b + c discordant studies is equally likely to fall either way, so b ~ Binomial(b + c, ½)
/// and the two-sided exact conditional p-value is <c>p = min(1, 2 · P(X ≤ min(b, c)))</c>, X ~ Binomial(b + c, ½);
/// with no discordant study, p = 1. The exact test is conservative; Fagerland, Lydersen &amp; Laake (2013) prefer the
/// mid-p for power, but the exact test never exceeds its nominal size, which suits a claim that one code is more
/// frequent than another. References: McNemar, Q. (1947). Note on the sampling error of the difference between
/// correlated proportions or percentages. <i>Psychometrika</i>, 12, 153–157. Fagerland, M. W., Lydersen, S., &amp;
/// Laake, P. (2013). The McNemar test for binary matched-pairs data: mid-p and asymptotic are better than exact
/// conditional. <i>BMC Medical Research Methodology</i>, 13, 91.
/// </remarks>
public static class McNemar
{
    /// <summary>The exact conditional McNemar test from the discordant counts b and c.</summary>
    /// <param name="onlyFirst">b: units with the first outcome only.</param>
    /// <param name="onlySecond">c: units with the second outcome only.</param>
    /// <example>
    /// Fagerland et al. (2013), airway hyper-responsiveness before and after stem cell transplantation: b = 1, c = 7
    /// ⇒ p = 2 · (1 + 8) / 2⁸ = 0.0703.
    /// </example>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static McNemarTest Exact(int onlyFirst, int onlySecond) => Test("first", "second", onlyFirst, onlySecond);

    /// <summary>The exact conditional McNemar test of two codes over the dataset's studies.</summary>
    /// <example><c>McNemar.Exact(ReviewDataset.Paper, "LO1", "LO6")</c> ⇒ LO1 38 and LO6 13 studies; b and c from the studies carrying one only.</example>
    /// <exception cref="KeyNotFoundException">The codebook has no such code.</exception>
    public static McNemarTest Exact(ReviewDataset dataset, string firstCode, string secondCode)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var first = dataset.StudiesWith(dataset.GetCode(firstCode).Id).ToHashSet(StringComparer.Ordinal);
        var second = dataset.StudiesWith(dataset.GetCode(secondCode).Id).ToHashSet(StringComparer.Ordinal);
        return Test(firstCode, secondCode, first.Count(study => !second.Contains(study)), second.Count(study => !first.Contains(study)));
    }

    internal static McNemarTest Test(string first, string second, int onlyFirst, int onlySecond)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onlyFirst);
        ArgumentOutOfRangeException.ThrowIfNegative(onlySecond);
        var n = onlyFirst + onlySecond;
        var p = n == 0 ? 1 : Math.Min(1, 2 * BinomialHalfLowerTail(Math.Min(onlyFirst, onlySecond), n));
        return new McNemarTest(first, second, onlyFirst, onlySecond, p);
    }

    /// <summary>
    /// P(X ≤ k) for X ~ Binomial(n, ½), summed in log space (ln C(n, i) built up by ln C(n, i) = ln C(n, i − 1) + ln((n − i + 1)/i)),
    /// so that large n neither overflows C(n, i) nor underflows 2⁻ⁿ.
    /// </summary>
    internal static double BinomialHalfLowerTail(int k, int n)
    {
        var logHalfPower = -n * Math.Log(2);
        var logChoose = 0.0;
        var logTerms = new double[k + 1];
        logTerms[0] = logHalfPower;
        for (var i = 1; i <= k; i++)
        {
            logChoose += Math.Log((n - i + 1) / (double)i);
            logTerms[i] = logChoose + logHalfPower;
        }

        var max = logTerms.Max();
        return Math.Min(1, Math.Exp(max) * logTerms.Sum(term => Math.Exp(term - max)));
    }
}
