using ReviewKit.Data;

namespace ReviewKit.Counting;

/// <summary>Compares the code frequencies of two datasets: what an update of a review changes.</summary>
public static class DatasetComparison
{
    /// <summary>
    /// One row per code of either codebook (the base's order, then codes only the new dataset has), with n and %
    /// on both sides, the change in percentage points and the ranks. Ranks use competition ranking ("1224"):
    /// a code's rank is 1 + the number of codes carried by more studies, so tied codes share a rank and the next
    /// rank is skipped. Codes missing from one side's codebook count n = 0 there and are ranked with the others.
    /// </summary>
    /// <example>Counts LC1 3, LO1 3, EO1 1, GC1 0 ⇒ ranks 1, 1, 3, 4.</example>
    public static IReadOnlyList<CodeChange> Compare(ReviewDataset baseDataset, ReviewDataset newDataset)
    {
        var newCodes = newDataset.Codebook.ToDictionary(code => code.Id, StringComparer.Ordinal);
        var codes = baseDataset.Codebook.Select(code => newCodes.GetValueOrDefault(code.Id) ?? code)
            .Concat(newDataset.Codebook.Where(code => !baseDataset.Codebook.Any(known => known.Id == code.Id)))
            .ToList();
        var baseCounts = Counts(baseDataset, codes);
        var newCounts = Counts(newDataset, codes);
        var baseRanks = CompetitionRanks(baseCounts);
        var newRanks = CompetitionRanks(newCounts);
        return codes
            .Select((code, i) => new CodeChange(code, baseCounts[i], baseDataset.Studies.Count, baseRanks[i], newCounts[i], newDataset.Studies.Count, newRanks[i]))
            .ToList();
    }

    /// <summary>Competition ranks ("1224") of counts, highest first: 1 + how many counts are strictly greater.</summary>
    internal static IReadOnlyList<int> CompetitionRanks(IReadOnlyList<int> counts) =>
        counts.Select(n => 1 + counts.Count(other => other > n)).ToList();

    private static List<int> Counts(ReviewDataset dataset, IReadOnlyList<Code> codes)
    {
        var n = ContentAnalysis.CodeFrequencies(dataset).ToDictionary(row => row.Code.Id, row => row.N, StringComparer.Ordinal);
        return codes.Select(code => n.GetValueOrDefault(code.Id)).ToList();
    }
}
