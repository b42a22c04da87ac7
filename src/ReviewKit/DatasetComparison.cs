namespace ReviewKit;

/// <summary>How one code's frequency changed between a base dataset and a new one (e.g. the paper and the paper plus an update).</summary>
/// <param name="Code">The code (the new dataset's definition when it has one).</param>
/// <param name="BaseN">Studies carrying the code in the base dataset; 0 when its codebook lacks the code.</param>
/// <param name="BaseStudies">All studies of the base dataset.</param>
/// <param name="BaseRank">The code's rank in the base dataset, 1 = most frequent (competition ranking).</param>
/// <param name="NewN">Studies carrying the code in the new dataset.</param>
/// <param name="NewStudies">All studies of the new dataset.</param>
/// <param name="NewRank">The code's rank in the new dataset.</param>
public sealed record CodeChange(Code Code, int BaseN, int BaseStudies, int BaseRank, int NewN, int NewStudies, int NewRank)
{
    /// <summary>100 · BaseN / BaseStudies.</summary>
    public double BasePercent => BaseStudies == 0 ? 0 : 100.0 * BaseN / BaseStudies;

    /// <summary>100 · NewN / NewStudies.</summary>
    public double NewPercent => NewStudies == 0 ? 0 : 100.0 * NewN / NewStudies;

    /// <summary>The change of the percentage, in percentage points (new − base).</summary>
    /// <example>26 of 60 (43.33%) ⇒ 29 of 65 (44.62%): +1.28 points.</example>
    public double DeltaPoints => NewPercent - BasePercent;

    /// <summary>Places gained in the ranking: positive when the code moved up, negative when it moved down.</summary>
    public int RankChange => BaseRank - NewRank;
}

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
