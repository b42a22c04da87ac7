using System.Globalization;
using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Stakeholders;
using ReviewKit.Statistics;
using static ReviewKit.Findings.FindingQueries;

namespace ReviewKit.Findings;

/// <summary>The sentences of notebook <c>03-coding-and-counting</c>, each with the computation that decides it.</summary>
public static class Notebook03Findings
{
    /// <summary>Every sentence of the notebook that states a number or a comparison.</summary>
    public static IReadOnlyList<Finding<ReviewInputs>> All { get; } =
    [
        new("studies-and-codes", "the coding table holds 36 codes across 60 studies", inputs =>
            new(inputs.Dataset.Codebook.Count == 36 && inputs.Dataset.Studies.Count == 60,
                $"{inputs.Dataset.Codebook.Count} codes, {inputs.Dataset.Studies.Count} studies")),
        new("no-half-percent", "no count out of the 60 studies gives a percentage ending in exactly .5", inputs =>
        {
            var studies = inputs.Dataset.Studies.Count;
            var halves = Enumerable.Range(0, studies + 1).Where(n => IsHalfPercent(n, studies)).ToList();
            return new(halves.Count == 0, halves.Count == 0
                ? $"none of 0 to {studies} of {studies}"
                : $"{halves[0]} of {studies} is {Format(100.0 * halves[0] / studies, "0.0")}%");
        }),
        new("most-frequent", "UC1 is the most frequent code, followed by EC1, UO1 and EO1", inputs =>
        {
            var top = Ranked(inputs).Take(4).ToList();
            return new(top.Select(row => row.Code.Id).SequenceEqual(["UC1", "EC1", "UO1", "EO1"]), Counts(top));
        }),
        new("rarest", "the rarest codes are GO5 and GO6, 8 studies each", inputs =>
        {
            var rarest = WithNthFewest(inputs, 0);
            return new(rarest.Select(row => row.Code.Id).SequenceEqual(["GO5", "GO6"]) && rarest[0].N == 8, Counts(rarest));
        }),
        new("next-rarest", "UC3 and UO8 come next, 9 studies each", inputs =>
        {
            var next = WithNthFewest(inputs, 1);
            return new(next.Select(row => row.Code.Id).SequenceEqual(["UC3", "UO8"]) && next[0].N == 9, Counts(next));
        }),
        new("uc1-92", "UC1 is carried by 92% of the studies", inputs =>
        {
            var uc1 = Frequency(inputs, "UC1");
            return new(uc1.RoundedPercent == 92, $"UC1 {uc1.N} of {uc1.Studies} ({Format(uc1.Percent, "0.0")}%)");
        }),
        new("tables-quoted-in-full", "the text quotes an n and a percentage for every code of Tables 2, 4, 6 and 8, and not of the others",
            inputs =>
            {
                var full = ContentAnalysis.PaperTables.Where(table => QuotedInFull(inputs, table)).Select(table => table.Number).ToList();
                return new(full.SequenceEqual([2, 4, 6, 8]), "in full: Tables " + string.Join(", ", full));
            }),
        new("table-1", "every count the text quotes for Table 1 (LO1–LO4) agrees; LO5 and LO6 are not quoted", inputs =>
        {
            var table = Table(1);
            var quoted = Quoted(inputs, table).SelectMany(check => check.Claim.Quantity.Codes).Distinct().Order(StringComparer.Ordinal);
            return new(AllMatch(inputs, table) && quoted.SequenceEqual(["LO1", "LO2", "LO3", "LO4"]), Verdicts(inputs, table));
        }),
        new("table-2", "all three codes of Table 2 are quoted, and every quote agrees", inputs =>
            new(AllMatch(inputs, Table(2)) && Quoted(inputs, Table(2)).Count == 3, Verdicts(inputs, Table(2)))),
        new("table-3", "every number quoted for Table 3 agrees but EO3's n = 42 (C33), whose percentage agrees", inputs =>
            new(AllMatch(inputs, Table(3), "C33") && PercentRightCountWrong(inputs, "C33"), Verdicts(inputs, Table(3)))),
        new("table-4", "every number quoted for Table 4 agrees but EC1's n = 42 (C38), whose percentage agrees", inputs =>
            new(AllMatch(inputs, Table(4), "C38") && PercentRightCountWrong(inputs, "C38"), Verdicts(inputs, Table(4)))),
        new("table-5", "for Table 5 the quotes for UO1 and UO2 agree; \"revenue or enrolment\" (C43) has UO8's numbers alone, "
            + "and of UO7's two counts 11 agrees (C45) and 7 does not (C44)", inputs =>
            {
                var uo8 = Frequency(inputs, "UO8");
                var c43 = CheckOf(inputs, "C43");
                var holds = AllMatch(inputs, Table(5), "C43", "C44")
                    && c43 is { Verdict: Verdict.Mismatch } && c43.Claim.ReportedN == uo8.N && c43.Claim.ReportedPercent == uo8.RoundedPercent
                    && CheckOf(inputs, "C44") is { Verdict: Verdict.Mismatch } && CheckOf(inputs, "C45") is { Verdict: Verdict.Match };
                return new(holds, $"{Verdicts(inputs, Table(5))}; UO8 {uo8.N} ({uo8.RoundedPercent}%)");
            }),
        new("uo6-above-uo8", "UO6 (revenue and reputation) is carried by more studies than UO8 (enrolment)", inputs =>
            new(Frequency(inputs, "UO6").N > Frequency(inputs, "UO8").N, Counts([Frequency(inputs, "UO6"), Frequency(inputs, "UO8")])))
        {
            Fragility = inputs => FlipsToReverse(inputs, "UO6", "UO8"),
        },
        new("table-6", "Table 6 reproduces exactly", inputs =>
        {
            var rows = AuditOf(inputs).Where(check => check.Claim.Section == "Table 6").ToList();
            return new(rows.Count > 0 && rows.All(check => check.Verdict == Verdict.Match),
                rows.Count == 0 ? "no claim of these claims is a row of Table 6"
                    : string.Join(", ", rows.Select(check => $"{check.Claim.Id} {ReproductionAudit.Name(check.Verdict)}")));
        }),
        new("table-7", "for Table 7 every count agrees, but the studies carrying GO3 are fewer than half of those of 2021–2022 (C51)",
            inputs =>
            {
                var go3 = CheckOf(inputs, "C51");
                var holds = AllMatch(inputs, Table(7), "C51") && go3 is { Verdict: Verdict.Mismatch, ComputedPercent: < 50 }
                    && go3.ComputedN == go3.Claim.ReportedN;
                return new(holds, $"{Verdicts(inputs, Table(7))}; GO3 in 2021–2022: {Format(go3?.ComputedPercent ?? double.NaN, "0.0")}%");
            }),
        new("table-7-unquoted", "GO4 and GO5 are not quoted; GO5 and GO6 are tied and share a rank", inputs =>
        {
            var quoted = Quoted(inputs, Table(7)).SelectMany(check => check.Claim.Quantity.Codes).ToHashSet(StringComparer.Ordinal);
            var tied = Frequency(inputs, "GO5").N == Frequency(inputs, "GO6").N;
            return new(!quoted.Contains("GO4") && !quoted.Contains("GO5") && tied, Counts([Frequency(inputs, "GO5"), Frequency(inputs, "GO6")]));
        }),
        new("table-8", "both quotes of Table 8 agree", inputs =>
            new(AllMatch(inputs, Table(8)) && Quoted(inputs, Table(8)).Count == 2, Verdicts(inputs, Table(8)))),
        new("claims-in-short", "of the 28 claims about the codes of Tables 1–8 (Table 6's rows aside), 23 agree; three of the five others "
            + "(EO3, EC1, UO7) state an n that contradicts their own percentage, which agrees", inputs =>
            {
                var quoted = ContentAnalysis.PaperTables.SelectMany(table => Quoted(inputs, table)).ToList();
                var disagreeing = quoted.Where(check => check.Verdict != Verdict.Match).Select(check => check.Claim.Id).ToList();
                var holds = quoted.Count == 28 && disagreeing.SequenceEqual(["C33", "C38", "C43", "C44", "C51"])
                    && new[] { "C33", "C38", "C44" }.All(id => PercentRightCountWrong(inputs, id));
                return new(holds, $"{quoted.Count} claims, {quoted.Count - disagreeing.Count} agree; not: {string.Join(", ", disagreeing)}");
            }),
        new("assignments", "institutions, learners, employers and government hold 277, 234, 227 and 127 of the 865 assignments", inputs =>
        {
            var shares = ContentAnalysis.StakeholderShares(inputs.Dataset).OrderByDescending(row => row.Assignments).ToList();
            var holds = shares.Select(row => row.Assignments).SequenceEqual([277, 234, 227, 127])
                && shares.Select(row => row.Stakeholder).SequenceEqual(
                    [Stakeholder.HigherEducation, Stakeholder.Learners, Stakeholder.Employers, Stakeholder.Government])
                && shares[0].TotalAssignments == 865;
            return new(holds, string.Join(", ", shares.Select(row => $"{Names.Of(row.Stakeholder)} {row.Assignments}")) + $" of {shares[0].TotalAssignments}");
        }),
        new("more-opportunities", "every stakeholder has more opportunity than challenge assignments, and the codebook has 25 opportunity codes "
            + "against 11 challenge codes", inputs =>
            {
                var balances = StakeholderAnalysis.PolarityBalances(inputs.Dataset);
                var opportunityCodes = inputs.Dataset.Codebook.Count(code => code.Polarity == Polarity.Opportunity);
                var challengeCodes = inputs.Dataset.Codebook.Count(code => code.Polarity == Polarity.Challenge);
                return new(balances.All(row => row.Opportunities > row.Challenges) && opportunityCodes == 25 && challengeCodes == 11,
                    string.Join(", ", balances.Select(row => $"{Names.Of(row.Stakeholder)} {row.Challenges}:{row.Opportunities}"))
                        + $"; codes {opportunityCodes}:{challengeCodes}");
            }),
        new("challenge-share-tie", "employers and government give the largest part of their assignments to challenges, 37.0% each", inputs =>
        {
            var top = StakeholderAnalysis.PolarityBalances(inputs.Dataset).OrderByDescending(row => row.ChallengePercent).Take(2).ToList();
            var holds = top.Select(row => row.Stakeholder).Order().SequenceEqual([Stakeholder.Employers, Stakeholder.Government])
                && top.All(row => Math.Round(row.ChallengePercent, 1) == 37.0);
            return new(holds, string.Join(", ", top.Select(row => $"{Names.Of(row.Stakeholder)} {Format(row.ChallengePercent, "0.00")}%")));
        }),
        new("paper-shares", "the paper's stakeholder shares fit the stakeholders' shares of the 865 assignments", inputs =>
            {
                var shares = ContentAnalysis.StakeholderShares(inputs.Dataset).ToDictionary(row => row.Stakeholder);
                var government = shares[Stakeholder.Government].Percent;
                var holds = PercentRounding.Rounded(shares[Stakeholder.HigherEducation].Percent) == 32
                    && PercentRounding.Rounded(shares[Stakeholder.Learners].Percent) == 27
                    && PercentRounding.Rounded(shares[Stakeholder.Employers].Percent) == 26
                    && Math.Floor(government) == 14 && PercentRounding.Rounded(government) == 15 && Math.Round(government, 1) == 14.7;
                return new(holds, string.Join(", ", shares.Values.Select(row => $"{Names.Of(row.Stakeholder)} {Format(row.Percent, "0.00")}%")));
            }),
        new("learners-chart", "LO1, LO2 and LO3 are the learners' most frequent codes, and LC1, their most frequent challenge, comes after all three",
            inputs =>
            {
                var codes = ByStakeholder(inputs, Stakeholder.Learners);
                var firstChallenge = codes.First(row => row.Code.Polarity == Polarity.Challenge);
                var holds = codes.Take(3).Select(row => row.Code.Id).SequenceEqual(["LO1", "LO2", "LO3"])
                    && firstChallenge.Code.Id == "LC1" && firstChallenge.N < codes[2].N;
                return new(holds, $"{Counts(codes.Take(3))}; {Counts([firstChallenge])}");
            }),
        new("employers-chart", "EC1 is carried by three studies more than EO1, the employers' most frequent opportunity", inputs =>
        {
            var codes = ByStakeholder(inputs, Stakeholder.Employers);
            var topOpportunity = codes.First(row => row.Code.Polarity == Polarity.Opportunity);
            var ec1 = Frequency(inputs, "EC1");
            return new(codes[0].Code.Id == "EC1" && topOpportunity.Code.Id == "EO1" && ec1.N - topOpportunity.N == 3, Counts([ec1, topOpportunity]));
        }),
        new("institutions-chart", "UC1 is the most frequent code of the whole table and UO1 the institutions' most frequent opportunity", inputs =>
        {
            var top = Ranked(inputs).First();
            var topOpportunity = ByStakeholder(inputs, Stakeholder.HigherEducation).First(row => row.Code.Polarity == Polarity.Opportunity);
            return new(top.Code.Id == "UC1" && top.N > Ranked(inputs).ElementAt(1).N && topOpportunity.Code.Id == "UO1", Counts([top, topOpportunity]));
        }),
        new("government-chart", "GC1 is carried by more studies than any government opportunity; GO1 is the most frequent of those", inputs =>
        {
            var codes = ByStakeholder(inputs, Stakeholder.Government);
            var topOpportunity = codes.First(row => row.Code.Polarity == Polarity.Opportunity);
            return new(codes[0].Code.Id == "GC1" && codes[0].N > topOpportunity.N && topOpportunity.Code.Id == "GO1", Counts([codes[0], topOpportunity]));
        }),
        new("wilson-uc2", "UC2's 95% interval runs from about one study in seven to one in three", inputs =>
        {
            var interval = Frequency(inputs, "UC2").Interval;
            return new(Math.Round(1 / interval.Low) == 7 && Math.Round(1 / interval.High) == 3, interval.ToString());
        }),
        new("pairs-within-chance", "none of the differences LO4–LO5, EC1–EO1 and GC1–GO1 is distinguishable from chance at the 5% level", inputs =>
        {
            var tests = new[] { ("LO4", "LO5"), ("EC1", "EO1"), ("GC1", "GO1") }
                .Select(pair => McNemar.Exact(inputs.Dataset, pair.Item1, pair.Item2)).ToList();
            return new(tests.All(test => test.P > 0.05), string.Join("; ", tests.Select(test => $"{test.First}–{test.Second} p = {Format(test.P, "0.00")}")));
        }),
        new("cochran-q", "Cochran's Q finds differences in every table but Tables 2 and 8", inputs =>
        {
            var differing = Families(inputs).Where(row => row.Family.Overall.P < 0.05).Select(row => row.Table.Number).ToList();
            return new(differing.SequenceEqual([1, 3, 4, 5, 6, 7]), "p < 0.05 in Tables " + string.Join(", ", differing));
        }),
        new("neighbours", "between neighbours the data separate only EO1 > EO2, EC1 > EC2 > EC3 and UC1 > UC2", inputs =>
        {
            var orders = Families(inputs).ToDictionary(row => row.Table.Number, row => row.Family.Describe());
            var holds = orders[3] == "EO1 > EO2 ≈ EO3 ≈ EO4 ≈ EO5" && orders[4] == "EC1 > EC2 > EC3" && orders[6] == "UC1 > UC2 ≈ UC3"
                && new[] { 1, 2, 5, 7, 8 }.All(number => !orders[number].Contains('>', StringComparison.Ordinal));
            return new(holds, string.Join("; ", orders.Values));
        }),
        new("table-1-pairs", "in Table 1, LO1 is more frequent than LO5 and LO6, and LO2 and LO3 than LO6; no other pair differs", inputs =>
            SeparatedAre(inputs, 1, "LO1 > LO5, LO1 > LO6, LO2 > LO6, LO3 > LO6")),
        new("table-5-pairs", "in Table 5, UO1 is more frequent than every code from UO3 down, UO2 than UO6–UO8, and UO3 and UO4 than UO7 "
            + "and UO8; no other pair differs", inputs =>
            SeparatedAre(inputs, 5,
                "UO1 > UO3, UO1 > UO4, UO1 > UO5, UO1 > UO6, UO1 > UO7, UO1 > UO8, UO2 > UO6, UO2 > UO7, UO2 > UO8, UO3 > UO7, UO3 > UO8, "
                + "UO4 > UO7, UO4 > UO8")),
        new("table-7-pairs", "in Table 7 only GO1 against GO6 survives the adjustment, although GO5 has the same count as GO6", inputs =>
        {
            var result = SeparatedAre(inputs, 7, "GO1 > GO6");
            var tied = Frequency(inputs, "GO5").N == Frequency(inputs, "GO6").N;
            return new(result.Holds && tied, $"{result.Value}; {Counts([Frequency(inputs, "GO5"), Frequency(inputs, "GO6")])}");
        }),
        new("lo1-above-lo4", "LO1 is carried by more studies than LO4", inputs =>
            new(Frequency(inputs, "LO1").N > Frequency(inputs, "LO4").N, Counts([Frequency(inputs, "LO1"), Frequency(inputs, "LO4")])))
        {
            Fragility = inputs => FlipsToReverse(inputs, "LO1", "LO4"),
        },
        new("widest-interval", "no percentage is uncertain by more than 13 points either way", inputs =>
        {
            var widest = ContentAnalysis.CodeFrequencies(inputs.Dataset)
                .Max(row => Math.Max(row.PercentHigh - row.Percent, row.Percent - row.PercentLow));
            return new(widest <= 13 && widest > 12, $"widest half-interval {Format(widest, "0.0")} points");
        }),
        new("top-of-tables", "UC1, EC1 and EO1 are told apart from the next code of their tables", inputs =>
        {
            var orders = Families(inputs).ToDictionary(row => row.Table.Number, row => row.Family.Describe());
            var holds = orders[6].StartsWith("UC1 >", StringComparison.Ordinal) && orders[4].StartsWith("EC1 >", StringComparison.Ordinal)
                && orders[3].StartsWith("EO1 >", StringComparison.Ordinal);
            return new(holds, $"{orders[3]}; {orders[4]}; {orders[6]}");
        }),
    ];

    private static PaperTable Table(int number) => ContentAnalysis.PaperTables[number - 1];

    private static IEnumerable<CodeFrequency> Ranked(ReviewInputs inputs) =>
        ContentAnalysis.CodeFrequencies(inputs.Dataset).OrderByDescending(row => row.N);

    /// <summary>A stakeholder's codes, most frequent first, challenges before opportunities at equal counts.</summary>
    private static List<CodeFrequency> ByStakeholder(ReviewInputs inputs, Stakeholder stakeholder) =>
        Ranked(inputs).Where(row => row.Code.Stakeholder == stakeholder).ToList();

    /// <summary>The codes whose count is the <paramref name="rank"/>-th smallest distinct count, in id order.</summary>
    private static List<CodeFrequency> WithNthFewest(ReviewInputs inputs, int rank)
    {
        var rows = ContentAnalysis.CodeFrequencies(inputs.Dataset);
        var count = rows.Select(row => row.N).Distinct().Order().ElementAt(rank);
        return rows.Where(row => row.N == count).OrderBy(row => row.Code.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether n of the studies is a percentage ending in exactly .5, in whole numbers: 200·n is an odd multiple of the studies.</summary>
    private static bool IsHalfPercent(int n, int studies) => studies > 0 && 200 * n % studies == 0 && 200 * n / studies % 2 == 1;

    private static ClaimCheck? CheckOf(ReviewInputs inputs, string claimId) =>
        AuditOf(inputs).SingleOrDefault(check => check.Claim.Id == claimId);

    /// <summary>The text's claims about the codes of one table, Table 6's printed rows aside, each checked against the data.</summary>
    private static List<ClaimCheck> Quoted(ReviewInputs inputs, PaperTable table) => AuditOf(inputs)
        .Where(check => check.Claim.Quantity.Kind == QuantityKind.Codes && check.Claim.Section != "Table 6")
        .Where(check => check.Claim.Quantity.Codes.All(id =>
            inputs.Dataset.FindCode(id) is { } code && code.Stakeholder == table.Stakeholder && code.Polarity == table.Polarity))
        .ToList();

    /// <summary>Whether the text quotes an n and a percentage for every code of the table.</summary>
    private static bool QuotedInFull(ReviewInputs inputs, PaperTable table)
    {
        var quoted = Quoted(inputs, table);
        return ContentAnalysis.SummaryTable(inputs.Dataset, table.Stakeholder, table.Polarity).All(row => quoted.Any(check =>
            check.Claim.Quantity.Codes.SequenceEqual([row.Code.Id]) && check.Claim.ReportedN != null && check.Claim.ReportedPercent != null));
    }

    private static bool AllMatch(ReviewInputs inputs, PaperTable table, params string[] except) =>
        Quoted(inputs, table).All(check => check.Verdict == Verdict.Match || except.Contains(check.Claim.Id))
        && except.All(id => CheckOf(inputs, id) is { Verdict: Verdict.Mismatch });

    /// <summary>The claim disagrees only in its count: its percentage is the data's, rounded.</summary>
    private static bool PercentRightCountWrong(ReviewInputs inputs, string claimId) =>
        CheckOf(inputs, claimId) is { Verdict: Verdict.Mismatch, ComputedPercent: { } percent } check
        && check.Claim.ReportedPercent == PercentRounding.Rounded(percent) && check.Claim.ReportedN != check.ComputedN;

    private static string Verdicts(ReviewInputs inputs, PaperTable table) => Quoted(inputs, table) is { Count: > 0 } quoted
        ? string.Join("; ", quoted.Select(check => $"{check.Claim.Id} {string.Join("|", check.Claim.Quantity.Codes)}: {ReproductionAudit.Name(check.Verdict)}"))
        : $"no claim of these claims is about a code of Table {table.Number}";

    private static IEnumerable<(PaperTable Table, FamilyComparison Family)> Families(ReviewInputs inputs) =>
        ContentAnalysis.PaperTables.Select(table => (table, CodeComparisons.Compare(inputs.Dataset, table)));

    /// <summary>Whether the pairs of a table that differ after Holm's adjustment over all its pairs are exactly those given.</summary>
    private static FindingResult SeparatedAre(ReviewInputs inputs, int number, string expected)
    {
        var separated = string.Join(", ", CodeComparisons.Compare(inputs.Dataset, Table(number), PairsCompared.All).Pairs
            .Where(pair => pair.AdjustedP < CodeComparison.DefaultLevel)
            .Select(pair => $"{pair.First.Code.Id} > {pair.Second.Code.Id}"));
        return new(separated == expected, separated.Length == 0 ? "no pair" : separated);
    }

    /// <summary>
    /// The fewest flips that change whether <paramref name="first"/> is carried by more studies than <paramref name="second"/>:
    /// each flip moves the gap g = n(first) − n(second) by one, so g flips bring a lead down to a tie, and 1 − g turn a tie or
    /// a deficit into a lead.
    /// </summary>
    private static int FlipsToReverse(ReviewInputs inputs, string first, string second)
    {
        var gap = Frequency(inputs, first).N - Frequency(inputs, second).N;
        return gap > 0 ? gap : 1 - gap;
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Counts(IEnumerable<CodeFrequency> rows) => string.Join(", ", rows.Select(row => $"{row.Code.Id} {row.N}"));
}
