namespace ReviewKit.Statistics;

/// <summary>
/// Holm's (1979) step-down adjustment of a family of p-values, so that the chance of at least one false "differs" in
/// the whole family stays at most the level chosen (the family-wise error rate), with more power than Bonferroni.
/// </summary>
/// <remarks>
/// Sort the m p-values ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎; the adjusted value of p₍ᵢ₎ is
/// <c>min(1, maxⱼ≤ᵢ (m − j + 1) · p₍ⱼ₎)</c>. Comparing an adjusted value with α is Holm's procedure: reject in
/// ascending order while p₍ᵢ₎ ≤ α / (m − i + 1), and stop at the first that is not. Reference: Holm, S. (1979). A simple
/// sequentially rejective multiple test procedure. <i>Scandinavian Journal of Statistics</i>, 6, 65–70.
/// </remarks>
public static class Holm
{
    /// <summary>The Holm-adjusted p-values, in the order given: each at least its raw value, at most 1, and in the order of the raw values.</summary>
    /// <example><c>Holm.Adjust([0.01, 0.04, 0.03, 0.005])</c> ⇒ [0.03, 0.06, 0.06, 0.02].</example>
    /// <exception cref="ArgumentOutOfRangeException">A p-value is not a number between 0 and 1.</exception>
    public static IReadOnlyList<double> Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        if (pValues.Any(p => double.IsNaN(p) || p < 0 || p > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(pValues), "A p-value lies between 0 and 1.");
        }

        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => pValues[i]).ThenBy(i => i).ToList();
        var adjusted = new double[m];
        var running = 0.0;
        for (var rank = 0; rank < m; rank++)
        {
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[order[rank]]));
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }
}
