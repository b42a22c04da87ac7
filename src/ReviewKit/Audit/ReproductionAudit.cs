using System.Globalization;
using System.Text;
using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Audit;

/// <summary>
/// Checks each number a paper states against the same number recomputed from its coding table, and the numbers against each other.
/// </summary>
/// <remarks>
/// A percentage matches when it equals the exact percentage rounded half away from zero to a whole number, as the paper prints
/// (<see cref="CodeFrequency.RoundedPercent"/>); it matches under rounding when it equals the value truncated or rounded up instead.
/// A count matches only when equal.
/// </remarks>
public static class ReproductionAudit
{
    /// <summary>Checks every claim against the dataset, in claim order.</summary>
    /// <example>The paper's claims on the paper's data ⇒ 58 checks; C33 (EO3 "about 42% … (n = 42)") is a mismatch: 25 of 60 studies carry EO3.</example>
    public static IReadOnlyList<ClaimCheck> Run(ReviewDataset dataset, IReadOnlyList<Claim> claims) =>
        claims.Select(claim => Check(dataset, claim)).ToList();

    /// <summary>Checks one claim against the dataset.</summary>
    public static ClaimCheck Check(ReviewDataset dataset, Claim claim)
    {
        var quantity = claim.Quantity;
        switch (quantity.Kind)
        {
            case QuantityKind.None:
                return new ClaimCheck(claim, null, null, Verdict.NotDerivable, $"No data to check it: {claim.Reading ?? "the coding table cannot yield this number"}.");
            case QuantityKind.Span:
                return CheckSpan(dataset, claim, quantity.FromYear!.Value, quantity.ToYear!.Value);
            case QuantityKind.Studies:
                return CheckCount(claim, dataset.Studies.Count, $"The coding table holds {dataset.Studies.Count} studies");
            case QuantityKind.Stakeholders:
                var stakeholders = Owners(dataset).Where(owner => owner.Assignments > 0).Select(owner => owner.Stakeholder).Distinct().Order().ToList();
                return CheckCount(claim, stakeholders.Count, $"{stakeholders.Count} stakeholders carry at least one code assignment ({string.Join(", ", stakeholders)})");
            case QuantityKind.CodebookCodes:
                var codes = dataset.Codebook.Where(code => code.Stakeholder == quantity.Stakeholder && code.Polarity == quantity.Polarity).Select(code => code.Id).ToList();
                return CheckCount(claim, codes.Count, $"The codebook holds {codes.Count} {quantity.Stakeholder} {quantity.Polarity.ToString().ToLowerInvariant()} code{(codes.Count == 1 ? "" : "s")} ({string.Join(", ", codes)})");
            case QuantityKind.Years:
                var (from, to) = (quantity.FromYear!.Value, quantity.ToYear!.Value);
                var published = dataset.Studies.Count(study => study.Year >= from && study.Year <= to);
                return CheckMeasured(claim, new Measurement(published, dataset.Studies.Count, $"were published {Years(from, to)}"), []);
            case QuantityKind.Share:
                var own = Owners(dataset).Where(owner => owner.Stakeholder == quantity.Stakeholder).Sum(owner => owner.Assignments);
                return CheckMeasured(claim, new Measurement(own, dataset.Codings.Count, $"belong to {quantity.Stakeholder}", Unit: "code assignments"), []);
            default:
                return CheckCodes(dataset, claim, quantity);
        }
    }

    /// <summary>
    /// Checks the claims against each other: each count against its own percentage of <paramref name="studies"/>,
    /// each percentage against the bound its wording sets, and the parts of each whole (<see cref="Claim.PartOf"/>) added up.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="studies">The number of studies the text says it reviewed: the denominator of its percentages.</param>
    /// <example>"(n = 42, 68%)" of 60 studies ⇒ a mismatch: 42 of 60 is 70%.</example>
    public static IReadOnlyList<TextCheck> CheckText(IReadOnlyList<Claim> claims, int studies)
    {
        var checks = new List<TextCheck>();
        foreach (var claim in claims)
        {
            var ofAllStudies = claim.Quantity is { Kind: QuantityKind.None or QuantityKind.Years } or { Kind: QuantityKind.Codes, FromYear: null };
            if (ofAllStudies && claim is { ReportedN: { } n, ReportedPercent: { } percent })
            {
                checks.Add(CheckCountAgainstPercent(claim, n, percent, studies));
            }

            if (claim is { ReportedPercent: { } stated, ReportedBound: { } bound })
            {
                var holds = bound.Holds(stated);
                checks.Add(new TextCheck(TextCheckKind.Wording, [claim.Id], holds ? Verdict.Match : Verdict.Mismatch,
                    $"The wording sets {bound}; the claim's own {stated}% {(holds ? "meets it" : "does not")}."));
            }
        }

        checks.AddRange(claims
            .Where(claim => claim.PartOf is not null)
            .GroupBy(claim => claim.PartOf!, StringComparer.Ordinal)
            .Select(parts => CheckParts(parts.Key, parts.ToList(), studies)));
        return checks;
    }

    /// <summary>The verdict as the audit table writes it: <c>match</c>, <c>match-rounding</c>, <c>mismatch</c> or <c>not-derivable</c>.</summary>
    public static string Name(Verdict verdict) => verdict switch
    {
        Verdict.Match => "match",
        Verdict.MatchRounding => "match-rounding",
        Verdict.Mismatch => "mismatch",
        Verdict.NotDerivable => "not-derivable",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    /// <summary>The name of a kind of text check in tables: <c>n-vs-percent</c>, <c>wording</c> or <c>parts-add-up</c>.</summary>
    public static string Name(TextCheckKind kind) => kind switch
    {
        TextCheckKind.CountAgainstPercent => "n-vs-percent",
        TextCheckKind.Wording => "wording",
        TextCheckKind.PartsAddUp => "parts-add-up",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Each code's stakeholder with its code assignments.</summary>
    private static IEnumerable<(Stakeholder Stakeholder, int Assignments)> Owners(ReviewDataset dataset)
    {
        var counts = dataset.Matrix.StudiesPerCode();
        return dataset.Codebook.Select((code, index) => (code.Stakeholder, counts[index]));
    }

    private static ClaimCheck CheckSpan(ReviewDataset dataset, Claim claim, int from, int to)
    {
        var first = dataset.Studies.Min(study => study.Year);
        var last = dataset.Studies.Max(study => study.Year);
        return first == from && last == to
            ? new ClaimCheck(claim, null, null, Verdict.Match, $"The studies were published from {first} to {last}.")
            : new ClaimCheck(claim, null, null, Verdict.Mismatch, $"The studies were published from {first} to {last}, not from {from} to {to}.");
    }

    private static ClaimCheck CheckCount(Claim claim, int computed, string description) =>
        claim.ReportedN == computed
            ? new ClaimCheck(claim, computed, null, Verdict.Match, $"{description}.")
            : new ClaimCheck(claim, computed, null, Verdict.Mismatch, $"{description}, not {claim.ReportedN}.");

    private static ClaimCheck CheckCodes(ReviewDataset dataset, Claim claim, ClaimQuantity quantity)
    {
        var unknown = quantity.Codes.Where(id => dataset.Codebook.All(code => code.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            return new ClaimCheck(claim, null, null, Verdict.NotDerivable, $"No data to check it: the codebook has no code {string.Join(", ", unknown)}.");
        }

        var universe = quantity.FromYear is { } from && quantity.ToYear is { } to
            ? Enumerable.Range(0, dataset.Studies.Count).Where(study => dataset.Studies[study].Year >= from && dataset.Studies[study].Year <= to).ToList()
            : Enumerable.Range(0, dataset.Studies.Count).ToList();
        var among = quantity.FromYear is null ? "" : $" published {Years(quantity.FromYear.Value, quantity.ToYear!.Value)}";
        if (universe.Count == 0)
        {
            return new ClaimCheck(claim, null, null, Verdict.NotDerivable, $"No data to check it: no study was published {Years(quantity.FromYear!.Value, quantity.ToYear!.Value)}.");
        }

        Measurement Carrying(IReadOnlyList<string> codes)
        {
            var mask = dataset.Matrix.Mask(codes.Select(dataset.IndexOfCode));
            var carriers = universe.Count(study => dataset.Matrix.CarriesAny(study, mask));
            return new Measurement(carriers, universe.Count, $"carry {string.Join(" or ", codes)}", Among: among);
        }

        var members = quantity.Codes.Count > 1 ? quantity.Codes.Select(code => (code, Carrying([code]))).ToList() : [];
        return CheckMeasured(claim, Carrying(quantity.Codes), members);
    }

    /// <summary>Compares a claim's n and percentage with a measurement and explains the outcome.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="measured">What the data give.</param>
    /// <param name="members">For a quantity over several codes, each code alone, to spot numbers that belong to one of them.</param>
    private static ClaimCheck CheckMeasured(Claim claim, Measurement measured, IReadOnlyList<(string Code, Measurement Alone)> members)
    {
        var nAgrees = claim.ReportedN is null || claim.ReportedN == measured.N;
        var rule = claim.ReportedPercent is { } stated ? PercentRounding.Classify(measured.Percent, stated) : PercentRule.Rounded;
        var boundHolds = claim.ReportedBound?.Holds(measured.Percent) ?? true;
        var verdict = !nAgrees || !boundHolds || rule == PercentRule.None ? Verdict.Mismatch
            : rule == PercentRule.Rounded ? Verdict.Match
            : Verdict.MatchRounding;

        var note = new StringBuilder(measured.Describe());
        var rounded = PercentRounding.Rounded(measured.Percent);
        if (claim.ReportedPercent is { } percent)
        {
            note.Append(CultureInfo.InvariantCulture, $", which rounds to {rounded}%");
            if (rule is PercentRule.Truncated or PercentRule.RoundedUp)
            {
                note.Append(CultureInfo.InvariantCulture, $"; the stated {percent}% is the value {PercentRounding.Describe(rule)}");
            }
            else if (rule == PercentRule.None && nAgrees)
            {
                note.Append(CultureInfo.InvariantCulture, $", not {percent}%. ").Append(WhichCountsGive(percent, measured));
            }
        }

        if (claim.ReportedN is { } n && n != measured.N)
        {
            note.Append(RoundingOf(claim.ReportedPercent, rule, n, measured));
            var alone = members.FirstOrDefault(member => member.Alone.N == n && (claim.ReportedPercent is not { } p || PercentRounding.Rounded(member.Alone.Percent) == p));
            if (alone.Code is not null)
            {
                var others = members.Where(member => member.Code != alone.Code).Select(member => $"{member.Code} alone is carried by {member.Alone.N} ({PercentRounding.Format(member.Alone.Percent)})");
                note.Append(CultureInfo.InvariantCulture, $" The stated numbers are {alone.Code}'s alone ({alone.Alone.N}, {PercentRounding.Format(alone.Alone.Percent)}); ")
                    .AppendJoin("; ", others)
                    .Append('.');
            }
        }
        else if (!note.ToString().EndsWith('.'))
        {
            note.Append('.');
        }

        if (claim.ReportedBound is { } bound)
        {
            note.Append(CultureInfo.InvariantCulture, $" The wording sets {bound}: {(boundHolds ? "it holds" : $"it does not hold, the data give {PercentRounding.Format(measured.Percent)}")}.");
        }

        return new ClaimCheck(claim, measured.N, measured.Percent, verdict, note.ToString());
    }

    /// <summary>Why a stated n disagrees: against its own percentage, when the percentage agrees with the data.</summary>
    private static string RoundingOf(int? statedPercent, PercentRule rule, int n, Measurement measured)
    {
        var wouldBe = PercentRounding.Format(PercentRounding.Of(n, measured.Denominator));
        if (statedPercent is not { } percent)
        {
            return $"; the stated n = {n} differs by {n - measured.N:+0;-0}.";
        }

        if (rule != PercentRule.None)
        {
            var repeats = n == percent ? ": the n repeats the percentage's figure" : "";
            return $": the stated percentage agrees, the stated n = {n} does not ({n} of {measured.Denominator} would be {wouldBe}{repeats}).";
        }

        return $": neither the stated n = {n} nor the stated {percent}% agrees ({n} of {measured.Denominator} would be {wouldBe}).";
    }

    /// <summary>Which counts out of the denominator would give a stated percentage, rounded or truncated.</summary>
    private static string WhichCountsGive(int percent, Measurement measured)
    {
        var d = measured.Denominator;
        var rounding = Enumerable.Range(0, d + 1).Where(k => PercentRounding.Rounded(PercentRounding.Of(k, d)) == percent).ToList();
        if (rounding.Count > 0)
        {
            return $"{Counts(rounding, d)} would round to {percent}%.";
        }

        var below = Enumerable.Range(0, d + 1).LastOrDefault(k => PercentRounding.Of(k, d) < percent);
        var neighbours = $"{below} is {PercentRounding.Format(PercentRounding.Of(below, d))}, {below + 1} is {PercentRounding.Format(PercentRounding.Of(below + 1, d))}";
        var truncating = Enumerable.Range(0, d + 1).Where(k => PercentRounding.Classify(PercentRounding.Of(k, d), percent) == PercentRule.Truncated).ToList();
        var truncated = truncating.Count > 0 ? $"; {Counts(truncating, d)} gives {percent}% truncated" : "";
        return $"No whole number of the {d} {measured.Unit} rounds to {percent}% ({neighbours}){truncated}.";
    }

    private static string Counts(IReadOnlyList<int> counts, int denominator) => $"{string.Join(" or ", counts)} of {denominator}";

    private static TextCheck CheckCountAgainstPercent(Claim claim, int n, int percent, int studies)
    {
        var exact = PercentRounding.Of(n, studies);
        var rule = PercentRounding.Classify(exact, percent);
        var arithmetic = $"{n} of {studies} is {PercentRounding.Format(exact)}";
        return rule switch
        {
            PercentRule.Rounded => new TextCheck(TextCheckKind.CountAgainstPercent, [claim.Id], Verdict.Match, $"{arithmetic}, which rounds to {percent}%: the n and the percentage agree."),
            PercentRule.None => new TextCheck(TextCheckKind.CountAgainstPercent, [claim.Id], Verdict.Mismatch,
                $"{arithmetic}, which rounds to {PercentRounding.Rounded(exact)}%, not {percent}%: the n and the percentage disagree. "
                + WhichCountsGive(percent, new Measurement(n, studies, ""))),
            _ => new TextCheck(TextCheckKind.CountAgainstPercent, [claim.Id], Verdict.MatchRounding,
                $"{arithmetic}, which rounds to {PercentRounding.Rounded(exact)}%; the stated {percent}% is the value {PercentRounding.Describe(rule)}."),
        };
    }

    private static TextCheck CheckParts(string whole, IReadOnlyList<Claim> parts, int studies)
    {
        var ids = parts.Select(part => part.Id).ToList();
        var findings = new List<string>();
        var consistent = true;
        if (parts.All(part => part.ReportedN is not null))
        {
            var sum = parts.Sum(part => part.ReportedN!.Value);
            var gap = studies - sum;
            var verdict = gap == 0 ? "the whole" : gap > 0 ? $"{gap} {(gap == 1 ? "is" : "are")} not accounted for" : $"{-gap} more than the whole";
            findings.Add($"the counts add up to {string.Join(" + ", parts.Select(part => part.ReportedN))} = {sum} of {studies} studies: {verdict}");
            consistent &= gap == 0;
        }

        if (parts.All(part => part.ReportedPercent is not null))
        {
            var sum = parts.Sum(part => part.ReportedPercent!.Value);
            var slack = parts.Count / 2.0;
            var within = Math.Abs(sum - 100) <= slack;
            var slackText = slack.ToString("0.#", CultureInfo.InvariantCulture);
            findings.Add($"the percentages add up to {string.Join(" + ", parts.Select(part => part.ReportedPercent))} = {sum}%, "
                + (sum == 100 ? "the whole" : within ? $"within the {slackText} points by which {parts.Count} rounded parts can miss 100%" : $"more than the {slackText} points by which {parts.Count} rounded parts can miss 100%"));
            consistent &= within;
        }

        var note = findings.Count == 0 ? $"The parts of {whole} state no numbers to add up." : $"Parts of {whole}: {string.Join("; ", findings)}.";
        return new TextCheck(TextCheckKind.PartsAddUp, ids, consistent ? Verdict.Match : Verdict.Mismatch, note);
    }

    private static string Years(int from, int to) => from == to ? $"in {from}" : $"{from}–{to}";

    /// <summary>A count recomputed from the data, out of a denominator.</summary>
    /// <param name="N">The count.</param>
    /// <param name="Denominator">What it is a part of.</param>
    /// <param name="Counted">What the counted things do, e.g. <c>carry EO3</c>.</param>
    /// <param name="Unit">What is counted.</param>
    /// <param name="Among">A restriction of the denominator in words, e.g. <c> published 2021–2022</c>.</param>
    private sealed record Measurement(int N, int Denominator, string Counted, string Unit = "studies", string Among = "")
    {
        public double Percent => PercentRounding.Of(N, Denominator);

        public string Describe() => $"{N} of {Denominator} {Unit}{Among} {Counted} ({PercentRounding.Format(Percent)})";
    }
}
