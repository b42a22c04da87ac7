using System.Globalization;
using ReviewKit.Data;

namespace ReviewKit.Audit;

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
