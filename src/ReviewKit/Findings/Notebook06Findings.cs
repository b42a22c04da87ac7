using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;
using static ReviewKit.Findings.FindingQueries;

namespace ReviewKit.Findings;

/// <summary>The sentences of notebook <c>06-reproducibility-audit</c>, each with the computation that decides it.</summary>
public static class Notebook06Findings
{
    /// <summary>Every sentence of the notebook that states a number or a comparison.</summary>
    public static IReadOnlyList<Finding<ReviewInputs>> All { get; } =
    [
        new("size", "the coding table holds 60 studies and 865 code assignments; the paper states 58 numbers about them", inputs =>
            new(inputs.Dataset.Studies.Count == 60 && inputs.Dataset.Codings.Count == 865 && inputs.Claims.Count == 58,
                $"{inputs.Dataset.Studies.Count} studies, {inputs.Dataset.Codings.Count} assignments, {inputs.Claims.Count} claims")),
        new("shares-of-articles", "as shares of articles the four stakeholders would add up to far more than 100%", inputs =>
        {
            var sum = ContentAnalysis.StakeholderShares(inputs.Dataset).Sum(share => 100.0 * share.StudiesCoding / share.Studies);
            return new(sum > 200, $"{sum:0}%");
        }),
        new("three-stakeholders", "every study speaks for at least three stakeholders", inputs =>
        {
            var fewest = ContentAnalysis.StudyProfiles(inputs.Dataset)
                .Min(profile => Enum.GetValues<Stakeholder>().Count(stakeholder => profile.CountFor(stakeholder) > 0));
            return new(fewest >= 3, $"the fewest stakeholders a study speaks for: {fewest}");
        })
        {
            Fragility = FlipsToChangeThreeStakeholders,
        },
        new("claim-kinds", "31 claims count studies carrying codes, 15 cannot be derived, 4 are stakeholder shares, "
            + "3 restate the number of studies, 2 the span of years, and one each count studies in a span of years, "
            + "the stakeholders and the government challenge codes", inputs =>
        {
            var kinds = inputs.Claims.CountBy(claim => claim.Quantity.Text.Split(':')[0]).ToDictionary();
            var expected = new Dictionary<string, int>
            {
                ["code"] = 31, ["none"] = 15, ["share"] = 4, ["studies"] = 3, ["span"] = 2, ["years"] = 1, ["stakeholders"] = 1,
                ["codes"] = 1,
            };
            return new(
                expected.All(pair => kinds.GetValueOrDefault(pair.Key) == pair.Value) && kinds.Count == expected.Count,
                string.Join(", ", kinds.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} {pair.Value}")));
        }),
        new("c33-by-hand", "by hand, C33's percentage agrees and its n does not", inputs =>
        {
            var eo3 = Frequency(inputs, "EO3");
            return inputs.Claims.FirstOrDefault(claim => claim.Id == "C33") is { } c33
                ? new(eo3.RoundedPercent == c33.ReportedPercent && eo3.N != c33.ReportedN, $"{Of(eo3)}; stated {c33.ReportedPercent}%, n = {c33.ReportedN}")
                : new(false, $"{Of(eo3)}; no claim C33 among these claims");
        }),
        new("verdicts", "of the 58 claims, 36 match, 1 matches only under another rounding, 6 are mismatches and 15 cannot be derived", inputs =>
            new(Verdicts(inputs) == "36 1 6 15" && inputs.Claims.Count == 58, $"match, rounding, mismatch, not derivable: {Verdicts(inputs)}")),
        new("reproduce", "37 of the 43 claims the coding table can check reproduce (86.0%)", inputs =>
        {
            var (reproduced, checkable) = Reproduced(inputs);
            return new(reproduced == 37 && checkable == 43,
                checkable == 0 ? "no claim the coding table can check" : $"{reproduced} of {checkable} ({100.0 * reproduced / checkable:0.0}%)");
        }),
        new("sections-match", "every checkable number of the methods, the sites of study, the learners' section, Table 6 and "
            + "the discussion matches", inputs =>
        {
            string[] sections =
            [
                "Methods: search strategy", "Summary of findings: site of study", "RQ2: learners", "Table 6",
                "Discussion: government and higher education institutions",
            ];
            var notMatching = AuditOf(inputs)
                .Where(check => sections.Contains(check.Claim.Section) && check.Verdict is not (Verdict.NotDerivable or Verdict.Match))
                .Select(check => check.Claim.Id).ToList();
            return new(notMatching.Count == 0, notMatching.Count == 0 ? "all match" : "not matching: " + string.Join(", ", notMatching));
        }),
        new("mismatch-sections", "the mismatches sit in the summary of findings (1), the employers' section (2), the institutions' "
            + "section (2) and the governments' section (1)", inputs =>
        {
            var sections = string.Join(", ", AuditOf(inputs).Where(check => check.Verdict == Verdict.Mismatch)
                .CountBy(check => check.Claim.Section).Select(pair => $"{pair.Key} {pair.Value}"));
            return new(sections == "Summary of findings 1, RQ2: employers 2, RQ2: educational institutions 2, RQ2: governments 1", sections);
        }),
        new("rounding-shares", "the one match under rounding is among the stakeholder shares", inputs =>
        {
            var parts = AuditOf(inputs).Where(check => check.Verdict == Verdict.MatchRounding).Select(check => check.Claim.PartOf ?? check.Claim.Id).ToList();
            return new(parts.SequenceEqual(["stakeholder-shares"]), parts.Count == 0 ? "no match under rounding" : string.Join(", ", parts));
        }),
        new("not-derivable-sections", "the claims that cannot be derived stand in the methods, the summary of findings and RQ1", inputs =>
        {
            var sections = AuditOf(inputs).Where(check => check.Verdict == Verdict.NotDerivable).Select(check => check.Claim.Section).Distinct().ToList();
            return new(
                sections.All(section => section.StartsWith("Methods", StringComparison.Ordinal)
                    || section.StartsWith("Summary of findings", StringComparison.Ordinal) || section.StartsWith("RQ1", StringComparison.Ordinal)),
                string.Join("; ", sections));
        }),
        new("mismatch-ids", "six claims disagree with the appendix: C05, C33, C38, C43, C44 and C51", inputs =>
        {
            var ids = string.Join(" ", AuditOf(inputs).Where(check => check.Verdict == Verdict.Mismatch).Select(check => check.Claim.Id));
            return new(ids == "C05 C33 C38 C43 C44 C51", ids);
        }),
        new("c05", "44 of the 60 studies are from 2020–2022, 73.3%, not 71%", inputs =>
        {
            var span = PublicationTrend.Share(inputs.Dataset, 2020, 2022);
            var roundsTo71 = Enumerable.Range(0, span.Studies + 1).Any(n => PercentRounding.Rounded(100.0 * n / span.Studies) == 71);
            return new(span.InSpan == 44 && span.Studies == 60 && !roundsTo71,
                $"{span.InSpan} of {span.Studies} ({span.Percent:0.0}%); a count that rounds to 71%: {(roundsTo71 ? "exists" : "none")}");
        }),
        new("c33", "25 of 60 studies carry EO3, 42%: the percentage agrees, n = 42 does not", inputs =>
            new(Frequency(inputs, "EO3").N == 25 && PercentRightCountWrong(inputs, "EO3", 42, 42), Of(Frequency(inputs, "EO3")))),
        new("c38", "48 studies carry EC1, exactly 80%: the percentage agrees, n = 42 does not", inputs =>
            new(Frequency(inputs, "EC1").N == 48 && PercentRightCountWrong(inputs, "EC1", 42, 80), Of(Frequency(inputs, "EC1")))),
        new("c43", "20 studies carry UO6 or UO8 (33%); UO8 alone 9 (15%), UO6 alone 18 (30%)", inputs =>
        {
            var either = RevenueOrEnrolment(inputs);
            return new(either == 20 && Frequency(inputs, "UO8").N == 9 && Frequency(inputs, "UO6").N == 18,
                $"UO6 or UO8: {either}; {Of(Frequency(inputs, "UO8"))}; {Of(Frequency(inputs, "UO6"))}");
        }),
        new("c44", "11 studies carry UO7 (18%): the percentage and n = 11 agree, n = 7 does not", inputs =>
            new(Frequency(inputs, "UO7").N == 11 && PercentRightCountWrong(inputs, "UO7", 7, 18), Of(Frequency(inputs, "UO7")))),
        new("c51", "14 studies carry GO3, all from 2021–2022: 14 of the 29 studies of those years (48.3%), not most", inputs =>
        {
            var (go3, inYears, studiesInYears) = Go3After2020(inputs);
            return new(go3 == 14 && inYears == 14 && studiesInYears == 29 && 2 * inYears <= studiesInYears,
                $"GO3: {go3} studies, {inYears} of the {studiesInYears} of 2021–2022 ({100.0 * inYears / studiesInYears:0.0}%)");
        }),
        new("government-share", "government's share of the code assignments is 127 of 865, 14.68%: 15% rounded, 14% truncated", inputs =>
        {
            var government = ContentAnalysis.StakeholderShares(inputs.Dataset).First(share => share.Stakeholder == Stakeholder.Government);
            return new(government.Assignments == 127 && government.TotalAssignments == 865,
                $"{government.Assignments} of {government.TotalAssignments} ({government.Percent:0.00}%)");
        }),
        new("rounded-otherwise", "every other percentage the table can check agrees as rounded, except the publication trend's "
            + "and that of revenue or enrolment", inputs =>
        {
            var ids = string.Join(" ", AuditOf(inputs)
                .Where(check => check.Claim.ReportedPercent is not null && check.ComputedPercent is not null)
                .Where(check => PercentRounding.Rounded(check.ComputedPercent!.Value) != check.Claim.ReportedPercent)
                .Select(check => check.Claim.Id));
            return new(ids == "C05 C16 C43", "not as rounded: " + ids);
        }),
        new("matching-parts", "every count of Table 6 and every count the text quotes for learners matches, as do three of the "
            + "four stakeholder shares", inputs =>
        {
            var audit = AuditOf(inputs);
            var shares = audit.Count(check => check.Claim.PartOf == "stakeholder-shares" && check.Verdict == Verdict.Match);
            var allMatch = audit.Where(check => check.Claim.Section is "Table 6" or "RQ2: learners").All(check => check.Verdict == Verdict.Match);
            return new(allMatch && shares == 3, $"Table 6 and learners {(allMatch ? "all match" : "not all match")}; shares matching: {shares}");
        }),
        new("text-checks", "the text states 60 studies; of its 45 internal checks, 34 hold, 2 hold only under another rounding and 9 do not", inputs =>
        {
            var checks = TextChecks(inputs);
            var counts = $"{checks.Count(check => check.Verdict == Verdict.Match)} {checks.Count(check => check.Verdict == Verdict.MatchRounding)} "
                + $"{checks.Count(check => check.Verdict == Verdict.Mismatch)}";
            return new(StatedStudies(inputs) == 60 && checks.Count == 45 && counts == "34 2 9",
                $"{StudiesStated(inputs)}; {checks.Count} checks: hold, under another rounding, do not: {counts}");
        }),
        new("more-than-half", "\"more than half\" for 27 of 60 studies (45%) does not hold", inputs =>
        {
            var verdict = TextVerdict(inputs, TextCheckKind.Wording, "C07");
            return new(verdict == Verdict.Mismatch, Said(verdict, "C07"));
        }),
        new("spelling", "42 of 60 is not 68%, and 42 + 19 is not 60; 41 would mend both", inputs =>
        {
            var studies = Denominator(inputs);
            var ownPercent = TextVerdict(inputs, TextCheckKind.CountAgainstPercent, "C17");
            var parts = TextVerdict(inputs, TextCheckKind.PartsAddUp, "C17");
            return new(ownPercent == Verdict.Mismatch && parts == Verdict.Mismatch
                && PercentRounding.Rounded(100.0 * 41 / studies) == 68 && 41 + 19 == studies,
                $"n against %: {Said(ownPercent, "C17")}; parts: {Said(parts, "C17")}");
        }),
        new("badges-microlearning", "open badges (6% for 4 of 60) and microlearning (4% for 2 of 60) hold only under another rounding", inputs =>
        {
            var badges = TextVerdict(inputs, TextCheckKind.CountAgainstPercent, "C22");
            var microlearning = TextVerdict(inputs, TextCheckKind.CountAgainstPercent, "C23");
            return new(badges == Verdict.MatchRounding && microlearning == Verdict.MatchRounding, $"{Said(badges, "C22")}, {Said(microlearning, "C23")}");
        }),
        new("sites", "the sites of study add up to 56 of the 60 studies", inputs =>
        {
            var sites = inputs.Claims.Where(claim => claim.PartOf == "sites").Sum(claim => claim.ReportedN ?? 0);
            return new(sites == 56 && StatedStudies(inputs) == 60, $"{sites} sites; {StudiesStated(inputs)}");
        }),
        new("shares-add-up", "the stated stakeholder shares add up to 99%; rounded from the data they add up to 100%", inputs =>
        {
            var stated = inputs.Claims.Where(claim => claim.PartOf == "stakeholder-shares").Sum(claim => claim.ReportedPercent ?? 0);
            var rounded = ContentAnalysis.StakeholderShares(inputs.Dataset).Sum(share => PercentRounding.Rounded(share.Percent));
            return new(stated == 99 && rounded == 100, $"stated {stated}%, from the data {rounded}%");
        }),
        new("majority", "\"majority\" holds for UC1: 55 of 60 (92%)", inputs =>
        {
            var uc1 = Frequency(inputs, "UC1");
            return new(uc1.N == 55 && uc1.Studies == 60 && 2 * uc1.N > uc1.Studies, Of(uc1));
        })
        {
            // It holds only at exactly 55 of 60: one flip of a UC1 cell overturns it; flips cannot change the 60 studies.
            Fragility = inputs => Frequency(inputs, "UC1") is var uc1 && uc1.Studies != 60 ? null : Math.Max(1, Math.Abs(uc1.N - 55)),
        },
        new("at-most-15", "\"at most 15%\" does not hold for revenue or enrolment: 33.3% of the studies carry one of the two codes", inputs =>
        {
            var percent = 100.0 * RevenueOrEnrolment(inputs) / inputs.Dataset.Studies.Count;
            return new(percent > 15 && Math.Round(percent, 1) == 33.3, $"{percent:0.0}%");
        }),
        new("identical-overall", "over all 36 codes, 3 groups of 8 studies: 8 identical pairs where independence expects 0 to one decimal", inputs =>
        {
            var overall = Duplication(inputs).First(row => row.Stakeholder is null);
            return new(overall.Codes == 36 && overall.Groups == 3 && overall.StudiesInGroups == 8 && overall.IdenticalPairs == 8
                && Math.Round(overall.ExpectedPairs, 1) == 0,
                $"{overall.Groups} groups of {overall.StudiesInGroups} studies, {overall.IdenticalPairs} pairs, {overall.ExpectedPairs:0.0} expected");
        }),
        new("identical-within", "within each stakeholder: learners 53 identical pairs against 7.9 expected, employers 58 against 19.7, "
            + "institutions 43 against 10.1, government 92 against 43.8", inputs =>
        {
            var pairs = string.Join(", ", Duplication(inputs).Where(row => row.Stakeholder is not null)
                .Select(row => $"{row.IdenticalPairs}/{row.ExpectedPairs:0.0}"));
            return new(pairs == "53/7.9, 58/19.7, 43/10.1, 92/43.8", pairs);
        }),
        new("government-empty", "11 studies have no government code; without their 55 pairs, government has 37 identical pairs "
            + "against 33.3 expected", inputs =>
        {
            var (empty, pairs, expected) = GovernmentWithoutEmptyProfiles(inputs);
            return new(empty == 11 && pairs == 37 && Math.Round(expected, 1) == 33.3, $"{empty} empty; {pairs} pairs against {expected:0.0}");
        }),
        new("identical-groups", "the identical groups share 13, 15 and 16 codes; within each the authors differ, and the years "
            + "differ except in the last pair", inputs =>
        {
            var groups = CodingDiagnostics.IdenticalProfiles(inputs.Dataset);
            var codes = string.Join(", ", groups.Select(group => group.Codes.Count));
            var authorsDiffer = groups.All(group => group.Studies.Select(study => study.Authors).Distinct().Count() == group.Studies.Count);
            var years = groups.Select(group => group.Studies.Select(study => study.Year).Distinct().Count()).ToList();
            return new(codes == "13, 15, 16" && authorsDiffer && years.Count == 3 && years[0] > 1 && years[1] > 1 && years[2] == 1,
                $"codes {codes}; years per group {string.Join(", ", years)}");
        }),
        new("one-apart", "32 pairs of studies differ in at most one code: 8 identical and 24 one code apart; in 12 of the 24 the "
            + "difference is a government code, then institutions (6), learners (3) and employers (3)", inputs =>
        {
            var similar = CodingDiagnostics.SimilarPairs(inputs.Dataset);
            var oneApart = similar.Where(pair => pair.Differences.Count == 1).ToList();
            var byStakeholder = string.Join(", ", oneApart.CountBy(pair => inputs.Dataset.GetCode(pair.Differences[0]).Stakeholder)
                .OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} {pair.Value}"));
            return new(similar.Count == 32 && oneApart.Count == 24 && byStakeholder == "Government 12, HigherEducation 6, Learners 3, Employers 3",
                $"{similar.Count} pairs, {oneApart.Count} one apart: {byStakeholder}");
        }),
        new("extremes", "only one code is carried by at most 10% or at least 90% of the studies: UC1, 55 of 60 (92%); "
            + "the rarest, GO5 and GO6, are carried by 8 studies each (13%)", inputs =>
        {
            var extremes = CodingDiagnostics.ExtremeCodes(inputs.Dataset);
            var rows = ContentAnalysis.CodeFrequencies(inputs.Dataset);
            var fewest = rows.Min(row => row.N);
            var rarest = string.Join(" ", rows.Where(row => row.N == fewest).Select(row => row.Code.Id));
            return new(extremes.Count == 1 && extremes[0].Code.Id == "UC1" && extremes[0].N == 55 && rarest == "GO5 GO6" && fewest == 8,
                $"beyond the thresholds: {string.Join(", ", extremes.Select(Of))}; rarest {rarest} in {fewest}");
        }),
    ];

    /// <summary>
    /// The fewest flips that change whether every study speaks for at least three stakeholders. While it holds, a study
    /// with k stakeholders falls below three once the codes of its k − 2 least-coded stakeholders are all taken out; the
    /// fragility is the cheapest such study. While it does not, each study below three needs one code per missing stakeholder.
    /// </summary>
    private static int? FlipsToChangeThreeStakeholders(ReviewInputs inputs)
    {
        var perStudy = ContentAnalysis.StudyProfiles(inputs.Dataset)
            .Select(profile => Enum.GetValues<Stakeholder>().Select(profile.CountFor).Where(count => count > 0).Order().ToList())
            .ToList();
        if (perStudy.Count == 0)
        {
            return null;
        }

        return perStudy.All(counts => counts.Count >= 3)
            ? perStudy.Min(counts => counts.Take(counts.Count - 2).Sum())
            : perStudy.Sum(counts => Math.Max(0, 3 - counts.Count));
    }

    private static string Verdicts(ReviewInputs inputs)
    {
        var audit = AuditOf(inputs);
        return string.Join(" ", new[] { Verdict.Match, Verdict.MatchRounding, Verdict.Mismatch, Verdict.NotDerivable }
            .Select(verdict => audit.Count(check => check.Verdict == verdict)));
    }

    private static (int Reproduced, int Checkable) Reproduced(ReviewInputs inputs)
    {
        var audit = AuditOf(inputs);
        return (audit.Count(check => check.Verdict is Verdict.Match or Verdict.MatchRounding), audit.Count(check => check.Verdict != Verdict.NotDerivable));
    }

    private static string Of(CodeFrequency row) => $"{row.Code.Id} {row.N} of {row.Studies} ({row.Percent:0.0}%)";

    private static bool PercentRightCountWrong(ReviewInputs inputs, string code, int statedN, int statedPercent) =>
        Frequency(inputs, code) is var row && row.RoundedPercent == statedPercent && row.N != statedN;

    private static int RevenueOrEnrolment(ReviewInputs inputs) =>
        inputs.Dataset.StudiesWith("UO6").Union(inputs.Dataset.StudiesWith("UO8"), StringComparer.Ordinal).Count();

    private static (int Go3, int InYears, int StudiesInYears) Go3After2020(ReviewInputs inputs)
    {
        var go3 = inputs.Dataset.StudiesWith("GO3").ToHashSet(StringComparer.Ordinal);
        var inYears = inputs.Dataset.Studies.Where(study => study.Year is >= 2021 and <= 2022).ToList();
        return (go3.Count, inYears.Count(study => go3.Contains(study.Id)), inYears.Count);
    }

    /// <summary>The number of studies the claims state; the dataset's when no claim states one.</summary>
    /// <summary>The number of studies the claims state; null when none states one.</summary>
    private static int? StatedStudies(ReviewInputs inputs) =>
        inputs.Claims.FirstOrDefault(claim => claim.Quantity.Kind == QuantityKind.Studies)?.ReportedN;

    /// <summary>The stated number of studies in words, for a finding's value.</summary>
    private static string StudiesStated(ReviewInputs inputs) =>
        StatedStudies(inputs) is { } stated ? $"{stated} studies stated" : "no number of studies stated";

    /// <summary>What the text's checks divide by: its own number of studies, else (as notebook 06 then says) the data's.</summary>
    private static int Denominator(ReviewInputs inputs) => StatedStudies(inputs) ?? inputs.Dataset.Studies.Count;

    /// <summary>A text check's verdict in words, or why there is none.</summary>
    private static string Said(Verdict? verdict, string claimId) => verdict?.ToString() ?? $"no check of claim {claimId} among these claims";

    private static IReadOnlyList<TextCheck> TextChecks(ReviewInputs inputs) => ReproductionAudit.CheckText(inputs.Claims, Denominator(inputs));

    private static Verdict? TextVerdict(ReviewInputs inputs, TextCheckKind kind, string claimId) =>
        TextChecks(inputs).FirstOrDefault(check => check.Kind == kind && check.ClaimIds.Contains(claimId))?.Verdict;

    private static IReadOnlyList<ProfileDuplication> Duplication(ReviewInputs inputs) => CodingDiagnostics.Duplication(inputs.Dataset);

    /// <summary>
    /// Government's identical pairs and their baseline once the studies with no government code are set aside: pairs of
    /// empty profiles are identical by having nothing, which says nothing about how the codes were assigned.
    /// </summary>
    private static (int EmptyProfiles, int Pairs, double Expected) GovernmentWithoutEmptyProfiles(ReviewInputs inputs)
    {
        var dataset = inputs.Dataset;
        var government = ContentAnalysis.CodeFrequencies(dataset).Where(row => row.Code.Stakeholder == Stakeholder.Government).ToList();
        var empty = ContentAnalysis.StudyProfiles(dataset).Count(profile => profile.CountFor(Stakeholder.Government) == 0);
        var all = Duplication(inputs).First(row => row.Stakeholder == Stakeholder.Government);
        var bothEmptyByChance = government.Aggregate(1.0, (product, row) => product * Math.Pow(1 - (row.Percent / 100), 2));
        var pairs = dataset.Studies.Count * (dataset.Studies.Count - 1) / 2.0;
        return (empty, all.IdenticalPairs - (empty * (empty - 1) / 2), all.ExpectedPairs - (pairs * bothEmptyByChance));
    }
}
