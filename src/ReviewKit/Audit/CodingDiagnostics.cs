using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Audit;

/// <summary>
/// Diagnostics of a coding table's quality that need no second coder: studies coded alike, and codes that (almost) every
/// study or (almost) no study carries.
/// </summary>
public static class CodingDiagnostics
{
    /// <summary>
    /// The default thresholds of <see cref="ExtremeCodes"/>: a code carried by at most 10% or at least 90% of the studies.
    /// A convention borrowed from item analysis, where items almost everyone or almost no one passes are flagged as
    /// telling units apart poorly; at such prevalences agreement statistics such as Cohen's kappa also become unstable
    /// (Feinstein &amp; Cicchetti 1990, "High agreement but low kappa").
    /// </summary>
    public const double RarePercent = 10, CommonPercent = 90;

    /// <summary>Groups of studies whose profiles (all codes, or one stakeholder's) are identical, largest group first.</summary>
    /// <example>All codes of the paper's data ⇒ three groups: JA02, JA07, JA13, JA31; JA26, JA33; JA44, JA49.</example>
    public static IReadOnlyList<ProfileGroup> IdenticalProfiles(ReviewDataset dataset, Stakeholder? stakeholder = null)
    {
        var profiles = Profiles(dataset, stakeholder);
        return profiles
            .GroupBy(profile => string.Join(" ", profile.Codes), StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => new ProfileGroup(stakeholder, group.First().Codes, group.Select(profile => profile.Study).ToList()))
            .OrderByDescending(group => group.Studies.Count)
            .ToList();
    }

    /// <summary>Pairs of studies whose full profiles differ in at most <paramref name="maxDifferences"/> codes, in study order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDifferences"/> is negative.</exception>
    public static IReadOnlyList<SimilarPair> SimilarPairs(ReviewDataset dataset, int maxDifferences = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDifferences);
        var position = dataset.Codebook.Select((code, index) => (code.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var profiles = Profiles(dataset, null).Select(profile => (profile.Study, Codes: profile.Codes.ToHashSet(StringComparer.Ordinal))).ToList();
        var pairs = new List<SimilarPair>();
        for (var i = 0; i < profiles.Count; i++)
        {
            for (var j = i + 1; j < profiles.Count; j++)
            {
                var difference = new HashSet<string>(profiles[i].Codes, StringComparer.Ordinal);
                difference.SymmetricExceptWith(profiles[j].Codes);
                if (difference.Count <= maxDifferences)
                {
                    pairs.Add(new SimilarPair(profiles[i].Study, profiles[j].Study, difference.OrderBy(code => position[code]).ToList()));
                }
            }
        }

        return pairs;
    }

    /// <summary>Identical profiles over all codes and within each stakeholder, each against the independent-coding baseline.</summary>
    public static IReadOnlyList<ProfileDuplication> Duplication(ReviewDataset dataset) =>
        new Stakeholder?[] { null }.Concat(Enum.GetValues<Stakeholder>().Select(stakeholder => (Stakeholder?)stakeholder))
            .Select(stakeholder =>
            {
                var groups = IdenticalProfiles(dataset, stakeholder);
                var frequencies = ContentAnalysis.CodeFrequencies(dataset).Where(row => stakeholder is null || row.Code.Stakeholder == stakeholder).ToList();
                var studies = dataset.Studies.Count;
                var sameByChance = frequencies.Aggregate(1.0, (product, row) => product * (Square(row.Percent / 100) + Square(1 - (row.Percent / 100))));
                return new ProfileDuplication(
                    stakeholder,
                    frequencies.Count,
                    groups.Count,
                    groups.Sum(group => group.Studies.Count),
                    groups.Sum(group => Pairs(group.Studies.Count)),
                    Pairs(studies) * sameByChance);
            })
            .ToList();

    /// <summary>Codes that at most <paramref name="rarePercent"/>% or at least <paramref name="commonPercent"/>% of the studies carry, in codebook order.</summary>
    /// <example>The paper's data ⇒ UC1 alone (55 of 60 studies, 92%); the rarest codes, GO5 and GO6, reach 13%.</example>
    public static IReadOnlyList<CodeFrequency> ExtremeCodes(ReviewDataset dataset, double rarePercent = RarePercent, double commonPercent = CommonPercent) =>
        ContentAnalysis.CodeFrequencies(dataset).Where(row => row.Percent <= rarePercent || row.Percent >= commonPercent).ToList();

    private static double Square(double value) => value * value;

    private static int Pairs(int count) => count * (count - 1) / 2;

    private static IEnumerable<(Study Study, IReadOnlyList<string> Codes)> Profiles(ReviewDataset dataset, Stakeholder? stakeholder) =>
        ContentAnalysis.StudyProfiles(dataset)
            .Select(profile => (profile.Study, (IReadOnlyList<string>)profile.Codes.Where(code => stakeholder is null || code.Stakeholder == stakeholder).Select(code => code.Id).ToList()));
}
