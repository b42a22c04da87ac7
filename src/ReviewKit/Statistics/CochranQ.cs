using ReviewKit.Data;

namespace ReviewKit.Statistics;

/// <summary>
/// Cochran's Q test: are k codes equally frequent on the same n studies? The extension of McNemar's test to more than
/// two codes; with k = 2 it equals McNemar's chi-square (b − c)² / (b + c) without continuity correction.
/// </summary>
/// <remarks>
/// With xᵢⱼ = 1 when study i carries code j, Cⱼ = Σᵢ xᵢⱼ the column totals, Rᵢ = Σⱼ xᵢⱼ the row totals and N = Σⱼ Cⱼ,
/// <c>Q = (k − 1) · (k · Σⱼ Cⱼ² − N²) / (k · N − Σᵢ Rᵢ²)</c>, referred to a chi-square distribution with k − 1 degrees of
/// freedom. Studies that carry all k codes or none add k·Rᵢ − Rᵢ² = 0 to the denominator and nothing to the test. When
/// every study does, the denominator is 0 and Q is undefined: the codes never differ on any study. The chi-square
/// approximation wants enough studies that carry some but not all of the codes (Tate &amp; Brown 1970 suggest the
/// number of such studies times k to be at least 24). Reference: Cochran, W. G. (1950). The comparison of percentages in
/// matched samples. <i>Biometrika</i>, 37, 256–266.
/// </remarks>
public static class CochranQ
{
    /// <summary>Cochran's Q from a 0/1 table: one row per study (subject), one column per code (condition), true = present.</summary>
    /// <param name="studies">The rows, each with one value per code.</param>
    /// <param name="codes">Names of the codes, one per column; by default 1, 2, 3, …</param>
    /// <example>
    /// Siegel (1956), ch. 7: 18 households, three interviews, Cⱼ = 13, 13, 3, ΣRᵢ = 29, ΣRᵢ² = 63
    /// ⇒ Q = 2 · (3 · 347 − 29²) / (3 · 29 − 63) = 400 / 24 = 16.67, df = 2, p = 0.00024.
    /// </example>
    /// <exception cref="ArgumentException">Fewer than two codes, or rows of different lengths.</exception>
    public static CochranQTest Test(IEnumerable<IReadOnlyList<bool>> studies, IReadOnlyList<string>? codes = null)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var rows = studies.ToList();
        var k = codes?.Count ?? (rows.Count > 0 ? rows[0].Count : 0);
        if (k < 2)
        {
            throw new ArgumentException($"Cochran's Q compares two or more codes; {k} given.", nameof(studies));
        }

        if (rows.Any(row => row.Count != k))
        {
            throw new ArgumentException($"Every study needs one value per code ({k}).", nameof(studies));
        }

        var names = codes?.ToList() ?? Enumerable.Range(1, k).Select(i => $"{i}").ToList();
        var totals = Enumerable.Range(0, k).Select(j => rows.Count(row => row[j])).ToList();
        var rowTotals = rows.Select(row => row.Count(value => value)).ToList();
        double n = totals.Sum();
        var denominator = (k * n) - rowTotals.Sum(r => (double)r * r);
        if (denominator == 0)
        {
            var reason = rows.Count == 0
                ? "no studies"
                : "every study carries either all of the codes or none of them, so the codes never differ on a study";
            return new CochranQTest(names, rows.Count, totals, null, null, reason);
        }

        var q = (k - 1) * ((k * totals.Sum(c => (double)c * c)) - (n * n)) / denominator;
        return new CochranQTest(names, rows.Count, totals, q, ChiSquare.UpperTail(Math.Max(0, q), k - 1), null);
    }

    /// <summary>Cochran's Q of some codes over all the dataset's studies.</summary>
    /// <example><c>CochranQ.Test(ReviewDataset.Paper, ["UC1", "UC2", "UC3"])</c>: the paper's Table 6, 55, 14 and 9 of 60 studies.</example>
    /// <exception cref="KeyNotFoundException">The codebook has no such code.</exception>
    public static CochranQTest Test(ReviewDataset dataset, IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(codes);
        var sets = codes.Select(code => dataset.StudiesWith(dataset.GetCode(code).Id).ToHashSet(StringComparer.Ordinal)).ToList();
        return Test(dataset.Studies.Select(study => (IReadOnlyList<bool>)sets.Select(set => set.Contains(study.Id)).ToList()), codes);
    }
}
