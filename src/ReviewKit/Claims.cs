using System.Globalization;

namespace ReviewKit;

/// <summary>
/// One number a paper states about its studies, with what it measures: a row of <c>claims.csv</c>.
/// </summary>
/// <param name="Id">The claim's identifier, e.g. <c>C33</c>.</param>
/// <param name="Section">Where the paper states it, e.g. <c>RQ2: employers</c>.</param>
/// <param name="Quote">A short exact excerpt of the paper holding the number.</param>
/// <param name="Quantity">What the number measures (see <see cref="ClaimQuantity"/>).</param>
/// <param name="ReportedN">The count the paper states, or null when it states none.</param>
/// <param name="ReportedPercent">The whole percentage the paper states, or null when it states none.</param>
/// <param name="ReportedBound">A bound the wording sets on the percentage, e.g. <c>&gt;50</c> for "more than half"; null when none.</param>
/// <param name="PartOf">The name of a whole this claim is one part of (e.g. <c>sites</c>), so the parts can be added up; null when none.</param>
/// <param name="Reading">How the sentence was read into the quantity, or why the data cannot yield it; null when plain.</param>
public sealed record Claim(
    string Id,
    string Section,
    string Quote,
    ClaimQuantity Quantity,
    int? ReportedN,
    int? ReportedPercent,
    PercentBound? ReportedBound = null,
    string? PartOf = null,
    string? Reading = null);

/// <summary>Loads the numbers a paper states (<c>claims.csv</c>), checking every row; <see cref="Paper"/> holds those of the embedded paper.</summary>
public static class Claims
{
    /// <summary>The claims file name.</summary>
    public const string FileName = "claims.csv";

    private static readonly string[] Columns = ["claim_id", "section", "quote", "quantity", "reported_n", "reported_percent"];
    private static readonly Lazy<IReadOnlyList<Claim>> EmbeddedPaper = new(LoadEmbedded);

    /// <summary>
    /// The numbers Varadarajan, Koh &amp; Daniel (2023) state about their 60 studies: every percentage and count of the
    /// text and of Table 6, in reading order. Built into the library from <c>data/claims.csv</c>.
    /// </summary>
    public static IReadOnlyList<Claim> Paper => EmbeddedPaper.Value;

    /// <summary>Loads a claims file.</summary>
    /// <exception cref="ReviewDataException">The file has a problem; every problem found is listed as <c>FILE:LINE: message</c>.</exception>
    public static IReadOnlyList<Claim> Load(string path)
    {
        var problems = new ProblemLog();
        var claims = Read(CsvTable.Read(path, Columns, problems), problems);
        return claims ?? throw new ReviewDataException(problems);
    }

    /// <summary>Checks a claims file and lists every problem as <c>FILE:LINE: message</c>; empty when it is valid.</summary>
    public static IReadOnlyList<DataProblem> Validate(string path)
    {
        try
        {
            Load(path);
            return [];
        }
        catch (ReviewDataException e)
        {
            return e.Problems;
        }
    }

    /// <summary>Reads claims from CSV text, e.g. a small teaching example.</summary>
    /// <example>
    /// <code>
    /// var claims = Claims.Parse("claim_id,section,quote,quantity,reported_n,reported_percent\nC1,Results,\"43% (n = 26)\",code:LC1,26,43\n");
    /// // claims[0].ReportedN ⇒ 26
    /// </code>
    /// </example>
    /// <exception cref="ReviewDataException">The text has a problem; every problem found is listed.</exception>
    public static IReadOnlyList<Claim> Parse(string csv, string fileName = FileName)
    {
        var problems = new ProblemLog();
        return Read(CsvTable.Parse(fileName, csv, Columns, problems), problems) ?? throw new ReviewDataException(problems);
    }

    private static IReadOnlyList<Claim> LoadEmbedded() => Parse(EmbeddedData.Read(FileName));

    private static List<Claim>? Read(CsvTable? table, ProblemLog problems)
    {
        if (table is null)
        {
            return null;
        }

        var claims = new List<Claim>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var claim = ReadRow(table.File, row, firstLine, problems);
            if (claim is not null)
            {
                claims.Add(claim);
            }
        }

        if (table.Rows.Count == 0)
        {
            problems.Add(new DataProblem(table.File, 1, "the claims file has a header but no claims"));
        }

        return problems.Count > 0 ? null : claims;
    }

    private static Claim? ReadRow(string file, CsvRow row, Dictionary<string, int> firstLine, ProblemLog problems)
    {
        var before = problems.Count;
        void Problem(string message) => problems.Add(new DataProblem(file, row.Line, message));

        var id = row["claim_id"];
        if (id.Length == 0)
        {
            Problem("empty claim_id; expected an identifier such as C01");
        }
        else if (!firstLine.TryAdd(id, row.Line))
        {
            Problem($"duplicate claim_id {id} (first on line {firstLine[id]})");
        }

        var name = id.Length == 0 ? "the claim" : $"claim {id}";
        foreach (var column in new[] { "section", "quote" })
        {
            if (row[column].Length == 0)
            {
                Problem($"{name} has an empty {column}");
            }
        }

        var quantityText = row["quantity"];
        var quantity = ClaimQuantity.TryParse(quantityText, out var error);
        if (quantity is null)
        {
            Problem($"quantity '{quantityText}' of {name}: {error}");
        }

        var n = ReadWhole(row["reported_n"], int.MaxValue, $"reported_n '{row["reported_n"]}' of {name} is not a whole number of 0 or more", Problem);
        var percent = ReadWhole(row["reported_percent"], 100, $"reported_percent '{row["reported_percent"]}' of {name} is not a whole number from 0 to 100 (the paper prints whole percentages)", Problem);
        var boundText = row.Optional("reported_bound");
        var bound = boundText is null ? null : PercentBound.TryParse(boundText);
        if (boundText is not null && bound is null)
        {
            Problem($"reported_bound '{boundText}' of {name} is not a bound on a percentage such as >50, >=50, <15 or <=15");
        }

        if (quantity is not null)
        {
            CheckFits(quantity, row["reported_n"].Length > 0, row["reported_percent"].Length > 0, boundText is not null, name, Problem);
        }

        return problems.Count > before
            ? null
            : new Claim(id, row["section"], row["quote"], quantity!, n, percent, bound, row.Optional("part_of"), row.Optional("reading"));
    }

    private static int? ReadWhole(string text, int max, string message, Action<string> problem)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max)
        {
            return value;
        }

        problem(message);
        return null;
    }

    /// <summary>Each quantity says which numbers a claim about it can state.</summary>
    private static void CheckFits(ClaimQuantity quantity, bool hasN, bool hasPercent, bool hasBound, string name, Action<string> problem)
    {
        if (quantity.Kind == QuantityKind.Span && (hasN || hasPercent || hasBound))
        {
            problem($"{name} is a span of years ({quantity.Text}); leave reported_n, reported_percent and reported_bound empty");
        }
        else if ((quantity.Kind is QuantityKind.Studies or QuantityKind.Stakeholders or QuantityKind.CodebookCodes) && (!hasN || hasPercent || hasBound))
        {
            problem($"{name} counts {quantity.Text}; it needs reported_n and no reported_percent or reported_bound");
        }
        else if ((quantity.Kind is QuantityKind.Codes or QuantityKind.Years or QuantityKind.Share) && !hasN && !hasPercent)
        {
            problem($"{name} states no number; give reported_n, reported_percent or both");
        }
    }
}

/// <summary>Which kind of number a claim states.</summary>
public enum QuantityKind
{
    /// <summary><c>none</c>: the coding table cannot yield it (sites of study, search dates).</summary>
    None,

    /// <summary><c>studies</c>: how many studies the review includes.</summary>
    Studies,

    /// <summary><c>stakeholders</c>: how many stakeholders the review names.</summary>
    Stakeholders,

    /// <summary><c>span:YYYY-YYYY</c>: the years the studies were published in.</summary>
    Span,

    /// <summary><c>years:YYYY-YYYY</c>: the studies published in those years.</summary>
    Years,

    /// <summary><c>code:ID</c>, <c>code:ID|ID</c>, <c>code:ID/years:YYYY-YYYY</c>: the studies carrying any of the codes.</summary>
    Codes,

    /// <summary><c>share:STAKEHOLDER</c>: a stakeholder's share of all code assignments.</summary>
    Share,

    /// <summary><c>codes:STAKEHOLDER:POLARITY</c>: how many codes the codebook has for them.</summary>
    CodebookCodes,
}

/// <summary>
/// What a claim's number measures, parsed once from the grammar of <c>data/README.md</c>: <c>studies</c>,
/// <c>stakeholders</c>, <c>span:2015-2022</c>, <c>years:2020-2022</c>, <c>code:EO3</c>, <c>code:UO6|UO8</c>,
/// <c>code:GO3/years:2021-2022</c>, <c>share:Government</c>, <c>codes:Government:Challenge</c>, or <c>none</c> when the
/// coding table cannot yield it. Two quantities are equal when they are written alike.
/// </summary>
public sealed record ClaimQuantity
{
    private ClaimQuantity(string text, QuantityKind kind, IReadOnlyList<string> codes, int? fromYear = null, int? toYear = null, Stakeholder stakeholder = default, Polarity polarity = default)
    {
        (Text, Kind, Codes, FromYear, ToYear, Stakeholder, Polarity) = (text, kind, codes, fromYear, toYear, stakeholder, polarity);
    }

    /// <summary>The quantity as written.</summary>
    public string Text { get; }

    /// <summary>What it counts.</summary>
    public QuantityKind Kind { get; }

    /// <summary>For <see cref="QuantityKind.Codes"/>, the codes any of which a study must carry; else empty.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>For a span, years, or codes restricted to years: the first year; else null.</summary>
    public int? FromYear { get; }

    /// <summary>The last year, as <see cref="FromYear"/>.</summary>
    public int? ToYear { get; }

    /// <summary>For <see cref="QuantityKind.Share"/> and <see cref="QuantityKind.CodebookCodes"/>, the stakeholder.</summary>
    public Stakeholder Stakeholder { get; }

    /// <summary>For <see cref="QuantityKind.CodebookCodes"/>, the polarity.</summary>
    public Polarity Polarity { get; }

    /// <summary>The grammar, as an error message gives it.</summary>
    public const string Grammar =
        "expected none, studies, stakeholders, span:YYYY-YYYY, years:YYYY-YYYY, code:ID, code:ID|ID, code:ID/years:YYYY-YYYY, share:STAKEHOLDER or codes:STAKEHOLDER:POLARITY";

    /// <summary>Parses a quantity.</summary>
    /// <example><c>ClaimQuantity.Parse("code:GO3/years:2021-2022")</c> ⇒ Kind Codes, Codes [GO3], years 2021 to 2022.</example>
    /// <exception cref="FormatException">The text is not in the grammar; the message says what is expected.</exception>
    public static ClaimQuantity Parse(string text) =>
        TryParse(text, out var error) ?? throw new FormatException($"quantity '{text}': {error}");

    /// <summary>The quantity as written.</summary>
    public override string ToString() => Text;

    /// <summary>Whether both are written alike (the text determines every other field).</summary>
    public bool Equals(ClaimQuantity? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Parses a quantity; null with an explanation in <paramref name="error"/> when it is not in the grammar.</summary>
    internal static ClaimQuantity? TryParse(string text, out string error)
    {
        error = Grammar;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var head = colon < 0 ? text : text[..colon];
        var rest = colon < 0 ? "" : text[(colon + 1)..];
        switch (head)
        {
            case "none" when colon < 0:
                return new ClaimQuantity(text, QuantityKind.None, []);
            case "studies" when colon < 0:
                return new ClaimQuantity(text, QuantityKind.Studies, []);
            case "stakeholders" when colon < 0:
                return new ClaimQuantity(text, QuantityKind.Stakeholders, []);
            case "span" or "years":
                return TryYears(rest, out var from, out var to, ref error)
                    ? new ClaimQuantity(text, head == "span" ? QuantityKind.Span : QuantityKind.Years, [], from, to)
                    : null;
            case "share":
                if (TryName<Stakeholder>(rest, out var stakeholder))
                {
                    return new ClaimQuantity(text, QuantityKind.Share, [], stakeholder: stakeholder);
                }

                error = $"share of an unknown stakeholder; expected one of {string.Join("|", Enum.GetNames<Stakeholder>())}";
                return null;
            case "codes":
                var parts = rest.Split(':');
                if (parts.Length == 2 && TryName<Stakeholder>(parts[0], out var owner) && TryName<Polarity>(parts[1], out var polarity))
                {
                    return new ClaimQuantity(text, QuantityKind.CodebookCodes, [], stakeholder: owner, polarity: polarity);
                }

                error = $"expected codes:STAKEHOLDER:POLARITY, e.g. codes:Government:Challenge ({string.Join("|", Enum.GetNames<Stakeholder>())}; {string.Join("|", Enum.GetNames<Polarity>())})";
                return null;
            case "code":
                return TryCodes(text, rest, ref error);
            default:
                return null;
        }
    }

    /// <summary>Accepts an enumeration member's exact name only (not a number, not a combination).</summary>
    private static bool TryName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, ignoreCase: false, out value);
    }

    private static ClaimQuantity? TryCodes(string text, string rest, ref string error)
    {
        int? from = null, to = null;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            const string YearsPrefix = "years:";
            var restriction = rest[(slash + 1)..];
            if (!restriction.StartsWith(YearsPrefix, StringComparison.Ordinal) || !TryYears(restriction[YearsPrefix.Length..], out var first, out var last, ref error))
            {
                error = $"a code can be restricted only to years, e.g. code:GO3/years:2021-2022; {error}";
                return null;
            }

            (from, to) = (first, last);
            rest = rest[..slash];
        }

        var codes = rest.Split('|');
        if (codes.Any(code => code.Length == 0 || !code.All(char.IsAsciiLetterOrDigit)))
        {
            error = "expected one or more code identifiers separated by |, e.g. code:EO3 or code:UO6|UO8";
            return null;
        }

        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Length)
        {
            error = "a code is listed twice";
            return null;
        }

        return new ClaimQuantity(text, QuantityKind.Codes, codes, from, to);
    }

    private static bool TryYears(string text, out int from, out int to, ref string error)
    {
        from = to = 0;
        var parts = text.Split('-');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out from)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out to)
            && from >= ReviewDataset.MinYear && to <= ReviewDataset.MaxYear && from <= to)
        {
            return true;
        }

        error = $"expected a range of years YYYY-YYYY from {ReviewDataset.MinYear} to {ReviewDataset.MaxYear}, the first not after the last";
        return false;
    }
}

/// <summary>A bound the wording of a claim sets on its percentage: <c>&gt;50</c> ("more than half"), <c>&lt;=15</c> ("at most 15%").</summary>
/// <param name="Operator">One of <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>.</param>
/// <param name="Limit">The percentage it bounds by, 0 to 100.</param>
public sealed record PercentBound(string Operator, double Limit)
{
    /// <summary>The bound as written in <c>claims.csv</c>, e.g. <c>&gt;50</c>.</summary>
    public string Text => Operator + Limit.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Parses a bound such as <c>&gt;50</c> or <c>&lt;=15</c>.</summary>
    /// <exception cref="FormatException">The text is not a bound on a percentage.</exception>
    public static PercentBound Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"'{text}' is not a bound on a percentage such as >50, >=50, <15 or <=15");

    internal static PercentBound? TryParse(string text)
    {
        foreach (var op in new[] { ">=", "<=", ">", "<" })
        {
            if (text.StartsWith(op, StringComparison.Ordinal)
                && double.TryParse(text[op.Length..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var limit)
                && limit <= 100)
            {
                return new PercentBound(op, limit);
            }
        }

        return null;
    }

    /// <summary>Whether a percentage keeps within the bound.</summary>
    public bool Holds(double percent) => Operator switch
    {
        ">=" => percent >= Limit,
        "<=" => percent <= Limit,
        ">" => percent > Limit,
        _ => percent < Limit,
    };

    /// <summary>The bound in words, e.g. "more than 50%".</summary>
    public override string ToString() => Operator switch
    {
        ">=" => "at least",
        "<=" => "at most",
        ">" => "more than",
        _ => "less than",
    } + " " + Limit.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
