using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Stakeholders;
using ReviewKit.Statistics;
using static System.FormattableString;

namespace ReviewKit.Findings;

/// <summary>The sentences of notebook <c>04-stakeholder-analysis</c>, each with the computation that decides it.</summary>
public static class Notebook04Findings
{
    /// <summary>Every sentence of the notebook that states a number or a comparison.</summary>
    public static IReadOnlyList<Finding<ReviewInputs>> All { get; } =
    [
        new("table-size", "the coding table holds 60 studies and 865 code assignments", inputs =>
        {
            var review = inputs.Dataset;
            return new(review.Studies.Count == 60 && review.Codings.Count == 865, Invariant($"{review.Studies.Count} studies, {review.Codings.Count} assignments"));
        }),
        new("shares-fit-assignments", "institutions' 32%, learners' 27% and employers' 26% fit their shares of the code assignments once rounded", inputs =>
        {
            var paper = new Dictionary<Stakeholder, int> { [Stakeholder.HigherEducation] = 32, [Stakeholder.Learners] = 27, [Stakeholder.Employers] = 26 };
            var shares = ContentAnalysis.StakeholderShares(inputs.Dataset);
            var fit = paper.All(pair => Math.Round(ShareOf(shares, pair.Key).Percent, MidpointRounding.AwayFromZero) == pair.Value);
            return new(fit, DescribeShares(shares));
        }),
        new("government-truncated", "government holds 127 of the 865 assignments, 14.7%, which rounds to 15%: the paper's 14% is the truncated value", inputs =>
        {
            var government = ShareOf(ContentAnalysis.StakeholderShares(inputs.Dataset), Stakeholder.Government);
            var holds = government.Assignments == 127 && Math.Round(government.Percent, 1) == 14.7 && Math.Floor(government.Percent) == 14
                && Math.Round(government.Percent, MidpointRounding.AwayFromZero) == 15;
            return new(holds, Invariant($"government {government.Assignments} of {government.TotalAssignments}, {government.Percent:0.0}%"));
        }),
        new("reach", "all 60 studies carry learner and institution codes, 59 employer codes and 49 government codes", inputs =>
        {
            var shares = ContentAnalysis.StakeholderShares(inputs.Dataset);
            var reach = Enum.GetValues<Stakeholder>().Select(stakeholder => ShareOf(shares, stakeholder).StudiesCoding).ToList();
            return new(reach.SequenceEqual([60, 59, 60, 49]) && inputs.Dataset.Studies.Count == 60, DescribeReach(shares));
        }),
        new("reach-intervals", "the 95% Wilson intervals are 94.0–100% for learners and institutions, 91.1–99.7% for employers (98.3%) and 70.1–89.4% for government (81.7%)", inputs =>
        {
            var shares = ContentAnalysis.StakeholderShares(inputs.Dataset);
            string Interval(Stakeholder stakeholder)
            {
                var share = ShareOf(shares, stakeholder);
                var interval = Proportion.Wilson(share.StudiesCoding, share.Studies);
                return Invariant($"{100.0 * share.StudiesCoding / share.Studies:0.0}% [{100 * interval.Low:0.0}, {100 * interval.High:0.0}]");
            }

            var intervals = Enum.GetValues<Stakeholder>().Select(Interval).ToList();
            string[] expected = ["100.0% [94.0, 100.0]", "98.3% [91.1, 99.7]", "100.0% [94.0, 100.0]", "81.7% [70.1, 89.4]"];
            return new(intervals.SequenceEqual(expected), string.Join("; ", intervals));
        }),
        new("mcnemar-government", "11 studies speak for learners without government and none the other way round, exact McNemar p ≈ 0.001", inputs =>
        {
            var (learnersOnly, governmentOnly) = Discordant(inputs.Dataset, Stakeholder.Learners, Stakeholder.Government);
            var test = McNemar.Exact(learnersOnly, governmentOnly);
            return new(learnersOnly == 11 && governmentOnly == 0 && Math.Round(test.P, 3) == 0.001, Invariant($"b = {learnersOnly}, c = {governmentOnly}, p = {test.P:0.0000}"));
        }),
        new("codes-per-stakeholder", "the codebook gives institutions 11 codes, the others 8 or 9", inputs =>
        {
            var counts = Enum.GetValues<Stakeholder>().Select(stakeholder => inputs.Dataset.Codebook.Count(code => code.Stakeholder == stakeholder)).ToList();
            return new(counts.SequenceEqual([9, 8, 11, 8]), string.Join(", ", Enum.GetValues<Stakeholder>().Zip(counts, (stakeholder, count) => $"{Names.Of(stakeholder)} {count}")));
        }),
        new("challenge-shares", "by assignments, employers' and government's hold the largest share of challenges (37% each; learners 26%, institutions 28%)", inputs =>
        {
            var balances = StakeholderAnalysis.PolarityBalances(inputs.Dataset);
            var percents = balances.Select(row => Math.Round(row.ChallengePercent, MidpointRounding.AwayFromZero)).ToList();
            return new(percents.SequenceEqual([26.0, 37.0, 28.0, 37.0]), string.Join("; ", balances.Select(row => Invariant($"{Names.Of(row.Stakeholder)} {row.Challenges} of {row.Challenges + row.Opportunities}"))));
        }),
        new("per-code", "per code, government's challenges are carried by about ten more studies on average than its opportunities; employers' are level (within one study), institutions' close (within 1.5), and learners' opportunities ahead", inputs =>
        {
            var gaps = Enum.GetValues<Stakeholder>().Select(stakeholder => Gap(inputs.Dataset, stakeholder)).ToList();
            var holds = Math.Round(gaps[3]) == 10 && Math.Abs(gaps[1]) < 1 && Math.Abs(gaps[2]) < 1.5 && gaps[0] < 0;
            return new(holds, string.Join("; ", Enum.GetValues<Stakeholder>().Zip(PerCodeMeans(inputs.Dataset), (stakeholder, mean) => $"{Names.Of(stakeholder)} {mean}")));
        }),
        new("per-study", "more studies raise an opportunity than a challenge of every stakeholder, government included (48 against 35)", inputs =>
        {
            var counts = Enum.GetValues<Stakeholder>().Select(stakeholder =>
                (Challenge: StudiesRaising(inputs.Dataset, stakeholder, Polarity.Challenge), Opportunity: StudiesRaising(inputs.Dataset, stakeholder, Polarity.Opportunity))).ToList();
            var holds = counts.All(count => count.Opportunity > count.Challenge) && counts[3] == (35, 48);
            return new(holds, string.Join("; ", Enum.GetValues<Stakeholder>().Zip(counts, (stakeholder, count) => Invariant($"{Names.Of(stakeholder)} {count.Opportunity} against {count.Challenge}"))));
        }),
        new("lc3-uo6", "LC3 and UO6 top the Jaccard ranking: 14 of the 18 studies that carry either carry both (0.78), with a phi of 0.84", inputs =>
        {
            var pairs = StakeholderAnalysis.CodePairs(inputs.Dataset);
            var top = pairs.OrderByDescending(pair => pair.Jaccard).ThenBy(pair => pair.First.Id, StringComparer.Ordinal).First();
            var lc3uo6 = Pair(pairs, "LC3", "UO6");
            var holds = lc3uo6 is not null && top == lc3uo6 && lc3uo6.Both == 14 && Either(lc3uo6) == 18 && Rounded(lc3uo6.Phi) == 0.84;
            return new(holds, $"top {Describe(top)}");
        }),
        new("ec1-uc1", "EC1 and UC1 have the same Jaccard as LC3 and UO6 (0.78) but a phi near zero (0.15): they are carried by 48 and 55 of the 60 studies", inputs =>
        {
            var pairs = StakeholderAnalysis.CodePairs(inputs.Dataset);
            var (ec1uc1, lc3uo6) = (Pair(pairs, "EC1", "UC1"), Pair(pairs, "LC3", "UO6"));
            var holds = ec1uc1 is not null && lc3uo6 is not null && Math.Round(ec1uc1.Jaccard, 2) == Math.Round(lc3uo6.Jaccard, 2)
                && (ec1uc1.Both, Either(ec1uc1)) == (45, 58) && Rounded(ec1uc1.Phi) == 0.15
                && (ec1uc1.Both + ec1uc1.FirstOnly, ec1uc1.Both + ec1uc1.SecondOnly) == (48, 55);
            return new(holds, ec1uc1 is null ? "no EC1 or UC1" : Describe(ec1uc1));
        }),
        new("uc1-uo1", "UC1 and UO1 (Jaccard 0.71) have a phi below zero", inputs =>
        {
            var pair = Pair(StakeholderAnalysis.CodePairs(inputs.Dataset), "UC1", "UO1");
            return new(pair is not null && Math.Round(pair.Jaccard, 2) == 0.71 && pair.Phi < 0, pair is null ? "no UC1 or UO1" : Describe(pair));
        }),
        new("money-codes", "the three highest phi of all pairs are LC3 with UO6, UO6 with GC2 and LC3 with GC2", inputs =>
        {
            var pairs = StakeholderAnalysis.CodePairs(inputs.Dataset);
            var top = pairs.Where(pair => pair.Phi is not null).OrderByDescending(pair => pair.Phi).Take(3).ToList();
            var uo6gc2 = Pair(pairs, "UO6", "GC2");
            var lc3gc2 = Pair(pairs, "LC3", "GC2");
            var holds = top.Select(pair => pair.First.Id + pair.Second.Id).SequenceEqual(["LC3UO6", "UO6GC2", "LC3GC2"])
                && uo6gc2 is not null && lc3gc2 is not null;
            return new(holds, string.Join("; ", top.Select(Describe)));
        }),
        new("heatmap-blocks", "LC3, UO6 and GC2 sit next to each other in the heatmap's order, and so do UC1, EC1, UO1, LO1 and EO1", inputs =>
        {
            var order = StakeholderAnalysis.SimilarityOrder(inputs.Dataset).Select(code => code.Id).ToList();
            return new(Adjacent(order, "LC3", "UO6", "GC2") && Adjacent(order, "UC1", "EC1", "UO1", "LO1", "EO1"), string.Join(" ", order));
        }),
        new("frequent-block-phi", "8 of the 10 pairs among UC1, EC1, UO1, LO1 and EO1 have a phi below 0.2", inputs =>
        {
            string[] block = ["UC1", "EC1", "UO1", "LO1", "EO1"];
            var pairs = StakeholderAnalysis.CodePairs(inputs.Dataset).Where(pair => block.Contains(pair.First.Id) && block.Contains(pair.Second.Id)).ToList();
            var low = pairs.Count(pair => pair.Phi < 0.2);
            return new(pairs.Count == 10 && low == 8, Invariant($"{low} of {pairs.Count} below 0.2"));
        }),
        new("near-duplicates", "all but two of the 14 studies that carry both LC3 and UO6 have a coding profile within one code of another study's", inputs =>
        {
            var (both, nearTwin) = BothAndNearTwin(inputs.Dataset, "LC3", "UO6");
            return new(both == 14 && nearTwin == 12, Invariant($"{nearTwin} of {both}"));
        }),
        new("without-later-twins", "without the later study of each pair within one code, LC3 and UO6 rest on far fewer studies (6 of the 38 kept) and their phi is unchanged (0.84)", inputs =>
        {
            var review = inputs.Dataset;
            var later = CodingDiagnostics.SimilarPairs(review, maxDifferences: 1).Select(pair => pair.Second.Id).ToHashSet(StringComparer.Ordinal);
            var kept = review.Studies.Select(study => study.Id).Where(id => !later.Contains(id)).ToHashSet(StringComparer.Ordinal);
            var (a, b, c, d) = Table(review, "LC3", "UO6", kept);
            var phi = Phi(a, b, c, d);
            var holds = kept.Count == 38 && (a, a + b + c) == (6, 8) && phi is not null && Math.Round(phi.Value, 2) == 0.84;
            return new(holds, Invariant($"{kept.Count} studies kept; LC3+UO6 {a} of {a + b + c}, phi {phi:0.00}"));
        }),
        new("pathway-support", "the learning pathway has the most support and the qualification framework the least (38, 29 and 11 studies)", inputs =>
        {
            var supports = StakeholderAnalysis.PathwaySupports(inputs.Dataset);
            return new(supports.Select(row => row.BothStudies).SequenceEqual([38, 29, 11]), string.Join("; ", supports.Select(row => $"{row.Pathway.Name} {row.BothStudies}")));
        }),
        new("pathway-caps", "each pathway's institution side is one code (UO1, UO3, UC2: 46, 29 and 14 studies); every study with UO3 carries an employer code of the pathway", inputs =>
        {
            var review = inputs.Dataset;
            var supports = StakeholderAnalysis.PathwaySupports(review);
            var sides = StakeholderAnalysis.Pathways.Select(pathway => pathway.CodeIds.Where(id => review.FindCode(id)?.Stakeholder == Stakeholder.HigherEducation).ToList()).ToList();
            var single = sides.All(side => side.Count == 1);
            var studies = supports.Select(row => row.InstitutionStudies).ToList();
            var employment = supports.Single(row => row.Pathway.Partner == Stakeholder.Employers);
            var holds = single && studies.SequenceEqual([46, 29, 14]) && employment.BothStudies == employment.InstitutionStudies;
            return new(holds, string.Join("; ", sides.Zip(studies, (side, n) => $"{string.Join(" ", side)} {n}")) + Invariant($"; UO3 with an employer code {employment.BothStudies}"));
        }),
        new("pathway-sensitivity", "with UO5 added to the institutions' side the three become 42, 36 and 22, and with only government's opportunity codes the qualification framework falls to 7; the order learning, employment, qualification framework holds in each variant", inputs =>
        {
            var review = inputs.Dataset;
            var widened = StakeholderAnalysis.Pathways.Select(pathway => StakeholderAnalysis.Support(review, pathway with { CodeIds = [.. pathway.CodeIds, "UO5"] }).BothStudies).ToList();
            var qualification = StakeholderAnalysis.Pathways.Single(pathway => pathway.Partner == Stakeholder.Government);
            var opportunitiesOnly = StakeholderAnalysis.Support(review, qualification with
            {
                CodeIds = [.. qualification.CodeIds.Where(id => review.FindCode(id) is { } code && (code.Stakeholder != Stakeholder.Government || code.Polarity == Polarity.Opportunity))],
            }).BothStudies;
            var asRead = StakeholderAnalysis.PathwaySupports(review).Select(row => row.BothStudies).ToList();
            bool Ordered(IReadOnlyList<int> counts) => counts[0] > counts[1] && counts[1] > counts[2];
            var holds = widened.SequenceEqual([42, 36, 22]) && opportunitiesOnly == 7 && Ordered(widened) && Ordered([asRead[0], asRead[1], opportunitiesOnly]);
            return new(holds, Invariant($"with UO5 {string.Join(", ", widened)}; qualification with opportunities only {opportunitiesOnly}"));
        }),
        new("pathway-moves", "adding UO5 moves the three by 4, 7 and 11 studies; as read, the learning and employment pathways are 9 studies apart", inputs =>
        {
            var review = inputs.Dataset;
            var asRead = StakeholderAnalysis.PathwaySupports(review).Select(row => row.BothStudies).ToList();
            var moves = StakeholderAnalysis.Pathways
                .Select((pathway, index) => StakeholderAnalysis.Support(review, pathway with { CodeIds = [.. pathway.CodeIds, "UO5"] }).BothStudies - asRead[index])
                .ToList();
            return new(moves.SequenceEqual([4, 7, 11]) && asRead[0] - asRead[1] == 9, Invariant($"moves {string.Join(", ", moves)}; gap {asRead[0] - asRead[1]}"));
        }),
        new("link-width", "each stakeholder pair's studies are within one of the studies that speak for the less-covered stakeholder of the two", inputs =>
        {
            var review = inputs.Dataset;
            var shares = ContentAnalysis.StakeholderShares(review);
            var pairs = StakeholderAnalysis.StakeholderPairs(review);
            var gaps = pairs.Select(pair => Math.Min(ShareOf(shares, pair.First).StudiesCoding, ShareOf(shares, pair.Second).StudiesCoding) - pair.CodingBoth).ToList();
            return new(gaps.All(gap => gap <= 1), string.Join("; ", pairs.Zip(gaps, (pair, gap) => $"{Names.Of(pair.First)}–{Names.Of(pair.Second)} {pair.CodingBoth} ({gap} fewer)")));
        }),
        new("centre", "institutions hold the largest share of the coding and are coded in every study; so are learners, and the learner–employer link (59 studies) equals the employer–institution link", inputs =>
        {
            var review = inputs.Dataset;
            var shares = ContentAnalysis.StakeholderShares(review);
            var pairs = StakeholderAnalysis.StakeholderPairs(review);
            int Both(Stakeholder first, Stakeholder second) => pairs.Single(pair => pair.First == first && pair.Second == second).CodingBoth;
            var holds = shares.MaxBy(row => row.Assignments)!.Stakeholder == Stakeholder.HigherEducation
                && ShareOf(shares, Stakeholder.HigherEducation).StudiesCoding == review.Studies.Count
                && ShareOf(shares, Stakeholder.Learners).StudiesCoding == review.Studies.Count
                && Both(Stakeholder.Learners, Stakeholder.Employers) == 59 && Both(Stakeholder.Employers, Stakeholder.HigherEducation) == 59;
            return new(holds, DescribeShares(shares) + Invariant($"; learner–employer {Both(Stakeholder.Learners, Stakeholder.Employers)}, employer–institution {Both(Stakeholder.Employers, Stakeholder.HigherEducation)}"));
        }),
    ];

    private static StakeholderShare ShareOf(IReadOnlyList<StakeholderShare> shares, Stakeholder stakeholder) =>
        shares.Single(row => row.Stakeholder == stakeholder);

    private static string DescribeShares(IReadOnlyList<StakeholderShare> shares) =>
        string.Join("; ", shares.Select(row => Invariant($"{Names.Of(row.Stakeholder)} {row.Assignments} ({row.Percent:0.0}%)")));

    private static string DescribeReach(IReadOnlyList<StakeholderShare> shares) =>
        string.Join("; ", shares.Select(row => Invariant($"{Names.Of(row.Stakeholder)} {row.StudiesCoding} of {row.Studies}")));

    /// <summary>The studies that carry a code of the first stakeholder and none of the second, and the reverse.</summary>
    private static (int FirstOnly, int SecondOnly) Discordant(ReviewDataset review, Stakeholder first, Stakeholder second)
    {
        var firstStudies = StudiesCoding(review, code => code.Stakeholder == first);
        var secondStudies = StudiesCoding(review, code => code.Stakeholder == second);
        return (firstStudies.Count(study => !secondStudies.Contains(study)), secondStudies.Count(study => !firstStudies.Contains(study)));
    }

    private static HashSet<string> StudiesCoding(ReviewDataset review, Func<Code, bool> which) =>
        review.Codings.Where(coding => which(review.CodeOf(coding))).Select(coding => coding.StudyId).ToHashSet(StringComparer.Ordinal);

    private static int StudiesRaising(ReviewDataset review, Stakeholder stakeholder, Polarity polarity) =>
        StudiesCoding(review, code => code.Stakeholder == stakeholder && code.Polarity == polarity).Count;

    /// <summary>Mean studies per challenge code minus mean studies per opportunity code.</summary>
    private static double Gap(ReviewDataset review, Stakeholder stakeholder)
    {
        var rows = StakeholderAnalysis.MeanStudiesPerCode(review).Where(row => row.Stakeholder == stakeholder).ToList();
        return (rows.Single(row => row.Polarity == Polarity.Challenge).Mean ?? double.NaN) - (rows.Single(row => row.Polarity == Polarity.Opportunity).Mean ?? double.NaN);
    }

    /// <summary>Mean studies per challenge code and per opportunity code of each stakeholder, as "challenges/opportunities".</summary>
    private static List<string> PerCodeMeans(ReviewDataset review) =>
        StakeholderAnalysis.MeanStudiesPerCode(review)
            .GroupBy(row => row.Stakeholder)
            .Select(group => Invariant($"{group.Single(row => row.Polarity == Polarity.Challenge).Mean:0.0}/{group.Single(row => row.Polarity == Polarity.Opportunity).Mean:0.0}"))
            .ToList();

    private static CodePair? Pair(IReadOnlyList<CodePair> pairs, string first, string second) =>
        pairs.SingleOrDefault(pair => pair.First.Id == first && pair.Second.Id == second);

    private static int Either(CodePair pair) => pair.Both + pair.FirstOnly + pair.SecondOnly;

    private static double? Rounded(double? value) => value is null ? null : Math.Round(value.Value, 2);

    private static string Describe(CodePair pair) =>
        Invariant($"{pair.First.Id}+{pair.Second.Id}: {pair.Both} of {Either(pair)}, Jaccard {pair.Jaccard:0.00}, phi {pair.Phi:0.00}");

    private static bool Adjacent(List<string> order, params string[] codes)
    {
        var places = codes.Select(code => order.IndexOf(code)).Order().ToList();
        return places[0] >= 0 && places[^1] - places[0] == codes.Length - 1;
    }

    /// <summary>Studies carrying both codes, and how many of them have a profile within one code of another study's.</summary>
    private static (int Both, int NearTwin) BothAndNearTwin(ReviewDataset review, string first, string second)
    {
        if (review.FindCode(first) is null || review.FindCode(second) is null)
        {
            return (0, 0);
        }

        var both = review.StudiesWith(first).Intersect(review.StudiesWith(second), StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var twins = CodingDiagnostics.SimilarPairs(review, maxDifferences: 1).SelectMany(pair => new[] { pair.First.Id, pair.Second.Id }).ToHashSet(StringComparer.Ordinal);
        return (both.Count, both.Count(twins.Contains));
    }

    /// <summary>The 2×2 table of two codes over some studies: both, first only, second only, neither.</summary>
    private static (int A, int B, int C, int D) Table(ReviewDataset review, string first, string second, IReadOnlySet<string> studies)
    {
        var withFirst = review.FindCode(first) is null ? [] : review.StudiesWith(first).Where(studies.Contains).ToHashSet(StringComparer.Ordinal);
        var withSecond = review.FindCode(second) is null ? [] : review.StudiesWith(second).Where(studies.Contains).ToHashSet(StringComparer.Ordinal);
        var both = withFirst.Count(withSecond.Contains);
        return (both, withFirst.Count - both, withSecond.Count - both, studies.Count - withFirst.Count - withSecond.Count + both);
    }

    private static double? Phi(int a, int b, int c, int d)
    {
        var denominator = Math.Sqrt((double)(a + b) * (c + d) * (a + c) * (b + d));
        return denominator == 0 ? null : ((double)a * d - (double)b * c) / denominator;
    }
}
