using ReviewKit.Data;

namespace ReviewKit.Counting;

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
    public double BasePercent => new Share(BaseN, BaseStudies).Percent;

    /// <summary>100 · NewN / NewStudies.</summary>
    public double NewPercent => new Share(NewN, NewStudies).Percent;

    /// <summary>The change of the percentage, in percentage points (new − base).</summary>
    /// <example>26 of 60 (43.33%) ⇒ 29 of 65 (44.62%): +1.28 points.</example>
    public double DeltaPoints => NewPercent - BasePercent;

    /// <summary>Places gained in the ranking: positive when the code moved up, negative when it moved down.</summary>
    public int RankChange => BaseRank - NewRank;
}
