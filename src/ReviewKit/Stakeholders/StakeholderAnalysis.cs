using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Stakeholders;

/// <summary>
/// The stakeholder analysis (Brugha &amp; Varvasovszky 2000) the paper reads its counts through:
/// whose perspective the coding speaks for, how challenges weigh against opportunities, and how codes
/// and stakeholders occur together in the same studies.
/// </summary>
public static class StakeholderAnalysis
{
    /// <summary>
    /// The paper's three pathways (Discussion, Fig. 3). Which codes support each is this project's reading
    /// of the Discussion's wording, not a table of the paper; each code is named in the quote's terms.
    /// </summary>
    public static IReadOnlyList<Pathway> Pathways { get; } =
    [
        new("Learning pathway", Stakeholder.Learners, ["LO1", "LO5", "LO6", "UO1"],
            "micro-credentials can be opportunities to acquire 21st-century skills in more student-centred ways … Higher education institutions, too, see micro-credentials as avenues for pedagogical innovation … Institutions need to develop comprehensive pathways from micro-credentials to macro-credential"),
        new("Employment pathway", Stakeholder.Employers, ["EO1", "EO2", "EO3", "EO5", "UO3"],
            "Employers can also use micro credential as digital credentials to shortlist candidates based on their required abilities for a position … Employers are demanding people with skills and not merely paper qualifications … many of these micro-credentials can now be converted to university credit for a master’s degree … help employers to have sustainable development goals for their employees, support continuous professional development (CPD) and workplace training"),
        new("Qualification framework", Stakeholder.Government, ["GC1", "GC2", "GO1", "GO6", "UC2"],
            "governments are looking for a method to standardise, certify, recognise, and fund alternative credentials that can help them respond to emerging population demographics"),
    ];

    /// <summary>Challenge and opportunity assignments per stakeholder, in stakeholder order.</summary>
    /// <example>Paper: employers 84 challenges and 143 opportunities (37% challenges).</example>
    public static IReadOnlyList<PolarityBalance> PolarityBalances(ReviewDataset dataset)
    {
        var frequencies = ContentAnalysis.CodeFrequencies(dataset);
        return Enum.GetValues<Stakeholder>()
            .Select(stakeholder =>
            {
                var own = frequencies.Where(row => row.Code.Stakeholder == stakeholder).ToList();
                var challenges = own.Where(row => row.Code.Polarity == Polarity.Challenge).ToList();
                var opportunities = own.Where(row => row.Code.Polarity == Polarity.Opportunity).ToList();
                return new PolarityBalance(stakeholder, challenges.Sum(row => row.N), opportunities.Sum(row => row.N), challenges.Count, opportunities.Count);
            })
            .ToList();
    }

    /// <summary>
    /// Studies per code for every stakeholder and polarity (stakeholder order, challenges first): the fair way to compare
    /// stakeholders, since a share of all assignments grows with the number of codes a stakeholder has.
    /// </summary>
    /// <example>
    /// Paper: employers' challenges 28.0 studies per code, opportunities 28.6; government's challenges 23.5, opportunities 13.3,
    /// although by assignments government's opportunities (80) outweigh its challenges (47).
    /// </example>
    public static IReadOnlyList<StudiesPerCode> MeanStudiesPerCode(ReviewDataset dataset)
    {
        var frequencies = ContentAnalysis.CodeFrequencies(dataset);
        return Enum.GetValues<Stakeholder>()
            .SelectMany(stakeholder => Enum.GetValues<Polarity>().Select(polarity => new StudiesPerCode(
                stakeholder,
                polarity,
                frequencies.Where(row => row.Code.Stakeholder == stakeholder && row.Code.Polarity == polarity).ToList())))
            .ToList();
    }

    /// <summary>Every pair of distinct codes with its 2×2 table over studies, in codebook order (first before second).</summary>
    public static IReadOnlyList<CodePair> CodePairs(ReviewDataset dataset)
    {
        var studiesOf = dataset.Matrix.StudiesPerCode();
        var total = dataset.Studies.Count;
        var pairs = new List<CodePair>();
        for (var i = 0; i < dataset.Codebook.Count; i++)
        {
            for (var j = i + 1; j < dataset.Codebook.Count; j++)
            {
                var both = dataset.Matrix.StudiesWithBoth(i, j);
                pairs.Add(new CodePair(dataset.Codebook[i], dataset.Codebook[j], both, studiesOf[i] - both, studiesOf[j] - both, total - studiesOf[i] - studiesOf[j] + both));
            }
        }

        return pairs;
    }

    /// <summary>For every pair of stakeholders, the studies that carry codes of both.</summary>
    /// <example>Paper: 49 studies code both learners and government.</example>
    public static IReadOnlyList<StakeholderPair> StakeholderPairs(ReviewDataset dataset)
    {
        var stakeholders = Enum.GetValues<Stakeholder>();
        var masks = stakeholders.Select(stakeholder => dataset.Matrix.Mask(
            Enumerable.Range(0, dataset.Codebook.Count).Where(code => dataset.Codebook[code].Stakeholder == stakeholder))).ToList();
        var both = new int[stakeholders.Length, stakeholders.Length];
        var carries = new bool[stakeholders.Length];
        for (var study = 0; study < dataset.Studies.Count; study++)
        {
            for (var s = 0; s < stakeholders.Length; s++)
            {
                carries[s] = dataset.Matrix.CarriesAny(study, masks[s]);
            }

            for (var i = 0; i < stakeholders.Length; i++)
            {
                for (var j = i + 1; j < stakeholders.Length && carries[i]; j++)
                {
                    both[i, j] += carries[j] ? 1 : 0;
                }
            }
        }

        return stakeholders
            .SelectMany((first, i) => stakeholders.Skip(i + 1).Select((second, k) => new StakeholderPair(first, second, both[i, i + 1 + k])))
            .ToList();
    }

    /// <summary>How many studies support each of the paper's three pathways.</summary>
    public static IReadOnlyList<PathwaySupport> PathwaySupports(ReviewDataset dataset) =>
        Pathways.Select(pathway => Support(dataset, pathway)).ToList();

    /// <summary>
    /// How many studies support one pathway, the paper's or one of your own: a study supports it when it carries at
    /// least one of the pathway's codes of the partner stakeholder and at least one of its institution codes.
    /// </summary>
    /// <example><c>Support(review, Pathways[0] with { CodeIds = [.. Pathways[0].CodeIds, "UO5"] })</c> counts the learning pathway with UO5 added.</example>
    public static PathwaySupport Support(ReviewDataset dataset, Pathway pathway)
    {
        HashSet<string> CodesOf(Stakeholder stakeholder) =>
            pathway.CodeIds.Where(id => dataset.FindCode(id)?.Stakeholder == stakeholder).ToHashSet(StringComparer.Ordinal);
        var partnerCodes = CodesOf(pathway.Partner);
        var institutionCodes = CodesOf(Stakeholder.HigherEducation);
        var partnerMask = dataset.Matrix.Mask(partnerCodes.Select(dataset.IndexOfCode));
        var institutionMask = dataset.Matrix.Mask(institutionCodes.Select(dataset.IndexOfCode));
        var (partner, institution, both) = (0, 0, 0);
        for (var study = 0; study < dataset.Studies.Count; study++)
        {
            var carriesPartner = dataset.Matrix.CarriesAny(study, partnerMask);
            var carriesInstitution = dataset.Matrix.CarriesAny(study, institutionMask);
            partner += carriesPartner ? 1 : 0;
            institution += carriesInstitution ? 1 : 0;
            both += carriesPartner && carriesInstitution ? 1 : 0;
        }

        return new PathwaySupport(pathway, partner, institution, both, dataset.Studies.Count);
    }

    /// <summary>
    /// The codes in an order that puts codes with similar study sets next to each other: average-linkage
    /// agglomerative clustering on Jaccard distance (1 − Jaccard), read off left to right; ties broken by
    /// codebook order, so the order is deterministic.
    /// </summary>
    public static IReadOnlyList<Code> SimilarityOrder(ReviewDataset dataset)
    {
        var codes = dataset.Codebook;
        var distance = new double[codes.Count, codes.Count];
        foreach (var pair in CodePairs(dataset))
        {
            var i = IndexOf(codes, pair.First);
            var j = IndexOf(codes, pair.Second);
            distance[i, j] = distance[j, i] = 1 - pair.Jaccard;
        }

        var clusters = Enumerable.Range(0, codes.Count).Select(index => new List<int> { index }).ToList();
        while (clusters.Count > 1)
        {
            var (bestA, bestB, bestDistance) = (0, 1, double.MaxValue);
            for (var a = 0; a < clusters.Count; a++)
            {
                for (var b = a + 1; b < clusters.Count; b++)
                {
                    var average = clusters[a].SelectMany(i => clusters[b].Select(j => distance[i, j])).Average();
                    if (average < bestDistance - 1e-12)
                    {
                        (bestA, bestB, bestDistance) = (a, b, average);
                    }
                }
            }

            clusters[bestA] = [.. clusters[bestA], .. clusters[bestB]];
            clusters.RemoveAt(bestB);
        }

        return clusters[0].Select(index => codes[index]).ToList();
    }

    private static int IndexOf(IReadOnlyList<Code> codes, Code code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i].Id == code.Id)
            {
                return i;
            }
        }

        return -1;
    }
}
