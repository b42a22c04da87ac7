using System.Globalization;
using System.Text.RegularExpressions;
using ReviewKit.Data;
using ReviewKit.Presentation;

namespace ReviewKit.Prisma;

/// <summary>
/// The CSV template of the PRISMA2020 R package and Shiny app (Haddaway et al. 2022), both ways. The rows are those of
/// the package's <c>inst/extdata/PRISMA.csv</c> (github.com/prisma-flowdiagram/PRISMA2020, commit 620aaf9, MIT licence,
/// copyright Neal R Haddaway), in its order. <c>PRISMA_data()</c> finds a count by grepping the <c>data</c> column
/// and a title by grepping the <c>box</c> column, so every row must be there: a missing title row stops it with
/// <c>object 'previous_text' not found</c>.
/// </summary>
internal static partial class Prisma2020Template
{
    /// <summary>The columns, in the package's order: <c>PRISMA_data()</c> reads the first and third by position.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["data", "node", "box", "description", "boxtext", "tooltips", "url", "n"];

    /// <summary>The package's own rows, with its placeholder in <c>n</c>.</summary>
    public static IReadOnlyList<Row> Rows { get; } =
    [
        new("NA", "node4", "prevstud", "Grey title box; Previous studies", "Previous studies", "Grey title box; Previous studies", "prevstud.html", "0"),
        new("previous_studies", "node5", "box1", "Studies included in previous version of review", "Studies included in previous version of review", "Studies included in previous version of review", "previous_studies.html", "0"),
        new("previous_reports", "NA", "box1", "Reports of studies included in previous version of review", "Reports of studies included in previous version of review", "NA", "previous_reports.html", "0"),
        new("NA", "node6", "newstud", "Yellow title box; Identification of new studies via databases and registers", "Identification of new studies via databases and registers", "Yellow title box; Identification of new studies via databases and registers", "newstud.html", "0"),
        new("database_results", "node7", "box2", "Records identified from: Databases", "Databases", "Records identified from: Databases and Registers", "database_results.html", "0"),
        new("database_specific_results", "NA", "box2", "Records identified from: specific databases", "Specific Databases", "NA", "database_results.html", "Database 1, xxx; Database 2, xxx; Database 3, xxx"),
        new("register_results", "NA", "box2", "Records identified from: Registers", "Registers", "NA", "NA", "0"),
        new("register_specific_results", "NA", "box2", "Records identified from: specific registers", "Specific Registers", "NA", "database_results.html", "Register 1, xxx; Register 2, xxx; Register 3, xxx"),
        new("NA", "node16", "othstud", "Grey title box; Identification of new studies via other methods", "Identification of new studies via other methods", "Grey title box; Identification of new studies via other methods", "othstud.html", "0"),
        new("website_results", "node17", "box11", "Records identified from: Websites", "Websites", "Records identified from: Websites, Organisations and Citation Searching", "website_results.html", "0"),
        new("organisation_results", "", "box11", "Records identified from: Organisations", "Organisations", "NA", "NA", "0"),
        new("citations_results", "NA", "box11", "Records identified from: Citation searching", "Citation searching", "NA", "NA", "0"),
        new("duplicates", "node8", "box3", "Duplicate records", "Duplicate records", "Duplicate records", "duplicates.html", "0"),
        new("excluded_automatic", "NA", "box3", "Records marked as ineligible by automation tools", "Records marked as ineligible by automation tools", "NA", "NA", "0"),
        new("excluded_other", "NA", "box3", "Records removed for other reasons", "Records removed for other reasons", "NA", "NA", "0"),
        new("records_screened", "node9", "box4", "Records screened (databases and registers)", "Records screened", "Records screened (databases and registers)", "records_screened.html", "0"),
        new("records_excluded", "node10", "box5", "Records excluded (databases and registers)", "Records excluded", "Records excluded (databases and registers)", "records_excluded.html", "0"),
        new("dbr_sought_reports", "node11", "box6", "Reports sought for retrieval (databases and registers)", "Reports sought for retrieval", "Reports sought for retrieval (databases and registers)", "dbr_sought_reports.html", "0"),
        new("dbr_notretrieved_reports", "node12", "box7", "Reports not retrieved (databases and registers)", "Reports not retrieved", "Reports not retrieved (databases and registers)", "dbr_notretrieved_reports.html", "0"),
        new("other_sought_reports", "node18", "box12", "Reports sought for retrieval (other)", "Reports sought for retrieval", "Reports sought for retrieval (other)", "other_sought_reports.html", "0"),
        new("other_notretrieved_reports", "node19", "box13", "Reports not retrieved (other)", "Reports not retrieved", "Reports not retrieved (other)", "other_notretrieved_reports.html", "0"),
        new("dbr_assessed", "node13", "box8", "Reports assessed for eligibility (databases and registers)", "Reports assessed for eligibility", "Reports assessed for eligibility (databases and registers)", "dbr_assessed.html", "0"),
        new("dbr_excluded", "node14", "box9", "Reports excluded (databases and registers): [separate reasons and numbers using ; e.g. Reason1, xxx; Reason2, xxx; Reason3, xxx]", "Reports excluded", "Reports excluded (databases and registers)", "dbrexcludedrecords.html", "Reason1, xxx; Reason2, xxx; Reason3, xxx"),
        new("other_assessed", "node20", "box14", "Reports assessed for eligibility (other)", "Reports assessed for eligibility", "Reports assessed for eligibility (other)", "other_assessed.html", "0"),
        new("other_excluded", "node21", "box15", "Reports excluded (other): [separate reasons and numbers using ; e.g. Reason1, xxx; Reason2, xxx; Reason3, xxx]", "Reports excluded", "Reports excluded (other)", "other_excluded.html", "Reason1, xxx; Reason2, xxx; Reason3, xxx"),
        new("new_studies", "node15", "box10", "New studies included in review", "New studies included in review", "New studies included in review", "new_studies.html", "0"),
        new("new_reports", "NA", "box10", "Reports of new included studies", "Reports of new included studies", "NA", "NA", "0"),
        new("total_studies", "node22", "box16", "Total studies included in review", "Total studies included in review", "Total studies included in review", "total_studies.html", "0"),
        new("total_reports", "NA", "box16", "Reports of total included studies", "Reports of total included studies", "NA", "NA", "0"),
        new("identification", "node1", "identification", "Blue identification box", "Identification", "Blue identification box", "identification.html", "0"),
        new("screening", "node2", "screening", "Blue screening box", "Screening", "Blue screening box", "screening.html", "0"),
        new("included", "node3", "included", "Blue included box", "Included", "Blue included box", "included.html", "0"),
        new("total_studies_ma", "node23", "box17", "Total studies included in meta-analysis", "Total studies included in meta-analysis", "Total studies included in meta-analysis", "total_studies_meta_analysis.html", "0"),
        new("total_reports_ma", "NA", "box17", "Reports of total included studies in meta-analysis", "Reports of total included studies in meta-analysis", "NA", "NA", "0"),
    ];

    /// <summary>The package's placeholders of the rows that take a list of <c>name, n</c> pairs.</summary>
    private static readonly IReadOnlyDictionary<string, string> ListPlaceholders =
        Rows.Where(row => row.N.Contains(',', StringComparison.Ordinal)).ToDictionary(row => row.Data, row => row.N, StringComparer.Ordinal);

    /// <summary>The rows whose <c>n</c> is a list of <c>name, n</c> pairs, and the stage each feeds.</summary>
    private static readonly IReadOnlyDictionary<string, PrismaStage?> ListRows = new Dictionary<string, PrismaStage?>(StringComparer.Ordinal)
    {
        ["database_specific_results"] = PrismaStage.DatabaseResults,
        ["register_specific_results"] = PrismaStage.RegisterResults,
        ["dbr_excluded"] = PrismaStage.ReportsExcluded,
        ["other_excluded"] = null,
    };

    /// <summary>The rows of the arms this library does not draw: other methods of identification, and meta-analysis.</summary>
    private static readonly IReadOnlyDictionary<string, string> RowsNotDrawn = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["website_results"] = "records from websites",
        ["organisation_results"] = "records from organisations",
        ["citations_results"] = "records from citation searching",
        ["other_sought_reports"] = "reports sought (other methods)",
        ["other_notretrieved_reports"] = "reports not retrieved (other methods)",
        ["other_assessed"] = "reports assessed (other methods)",
        ["other_excluded"] = "reports excluded (other methods)",
        ["total_studies_ma"] = "studies in a meta-analysis",
        ["total_reports_ma"] = "reports in a meta-analysis",
    };

    /// <summary>The title rows, read by <c>box</c> or by <c>data</c>; they hold no count.</summary>
    private static readonly HashSet<string> TitleRows = new(["identification", "screening", "included"], StringComparer.Ordinal);

    /// <summary>The box arithmetic, each as (left side, right side) of a sum: identified = removed + screened, ….</summary>
    private static readonly IReadOnlyList<(PrismaStage[] Left, PrismaStage[] Right)> Balances =
    [
        ([PrismaStage.DatabaseResults, PrismaStage.RegisterResults], [PrismaStage.Duplicates, PrismaStage.ExcludedAutomatic, PrismaStage.ExcludedOther, PrismaStage.RecordsScreened]),
        ([PrismaStage.RecordsScreened], [PrismaStage.RecordsExcluded, PrismaStage.ReportsSought]),
        ([PrismaStage.ReportsSought], [PrismaStage.ReportsNotRetrieved, PrismaStage.ReportsAssessed]),
        ([PrismaStage.ReportsAssessed], [PrismaStage.ReportsExcluded, PrismaStage.NewReports]),
        ([PrismaStage.TotalStudies], [PrismaStage.PreviousStudies, PrismaStage.NewStudies]),
        ([PrismaStage.TotalReports], [PrismaStage.PreviousReports, PrismaStage.NewReports]),
    ];

    /// <summary>
    /// The template filled with the flow: each count in its row, without thousands separators; a per-database (or
    /// per-register) breakdown in <c>database_specific_results</c> in the package's <c>Name, n; Name, n</c> syntax, with
    /// the total in <c>database_results</c>, when every part is known. An unknown count is an empty cell, which the
    /// package reads as <c>NA</c> and leaves out of the diagram (or shows as <c>n = NA</c>); the package's 0 would be drawn
    /// as a count. A breakdown with an unknown part keeps the package's placeholder: the Shiny app turns database detail
    /// on for any other list, and with detail on and the total empty the package stops with
    /// <c>object 'db_specific_data_nr' not found</c>.
    /// </summary>
    public static string Write(PrismaFlow flow)
    {
        var rows = Rows.Select(row => (IReadOnlyList<string>)[row.Data, row.Node, row.Box, row.Description, row.BoxText, row.Tooltips, row.Url, Cell(flow, row)]).ToList();
        return new ReportTable("prisma2020", "PRISMA2020 template", Columns, rows).ToCsv();
    }

    private static string Cell(PrismaFlow flow, Row row)
    {
        if (row.Data == "NA" || TitleRows.Contains(row.Data))
        {
            return row.N;
        }

        if (ListRows.TryGetValue(row.Data, out var listStage))
        {
            var parts = listStage is { } stage ? flow.CountsOf(stage) : [];
            if (listStage == PrismaStage.ReportsExcluded)
            {
                return parts.Count == 0 ? ""
                    : parts is [{ Source: null } single] ? Number(single.N)
                    : string.Join("; ", parts.Select(part => $"{ListName(part.Source ?? "Other reasons")}, {Number(part.N, "xxx")}"));
            }

            return parts.Any(part => part.Source is not null) && flow.Total(listStage!.Value) is not null
                ? string.Join("; ", parts.Select(part => $"{ListName(part.Source ?? "Other")}, {Number(part.N)}"))
                : row.N;
        }

        return PrismaStages.TryParse(row.Data, out var drawn) ? Number(flow.Total(drawn)) : "";
    }

    private static string Number(int? n, string unknown = "") => n?.ToString(CultureInfo.InvariantCulture) ?? unknown;

    /// <summary>A name as the package's list can hold it: it splits pairs at <c>;</c> and a name from its count at the first comma.</summary>
    private static string ListName(string name) => Spaces().Replace(name.Replace(',', ' ').Replace(';', ' '), " ").Trim();

    /// <summary>
    /// Reads a filled template. Empty cells, <c>NA</c> and <c>xxx</c> are not reported, and so is the package's
    /// placeholder 0, unless the arithmetic proves it: a 0 is a count when the reported counts of a sum it belongs to
    /// (identified = removed + screened, screened = excluded + sought, sought = not retrieved + assessed,
    /// assessed = excluded + new reports, total = previous + new) already balance, at least one of them above 0 — as
    /// no count is negative, the 0 can then be nothing else.
    /// </summary>
    /// <returns>The flow (null when there are problems), and the counts of rows this library has no box for.</returns>
    public static (PrismaFlow? Flow, IReadOnlyList<DataProblem> NotKept) Read(string fileName, string csv, ProblemLog problems)
    {
        var before = problems.Count;
        var notKept = new List<DataProblem>();
        var table = CsvTable.Parse(fileName, csv, ["data", "n"], problems);
        if (table is null)
        {
            return (null, notKept);
        }

        var cells = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        var known = Rows.Select(row => row.Data).Where(data => data != "NA").ToHashSet(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var data = row["data"].Trim();
            if (data is "" or "NA" || TitleRows.Contains(data))
            {
                continue;
            }

            if (!known.Contains(data))
            {
                problems.Add(fileName, row.Line, $"'{data}' is not a row of the PRISMA2020 template; its data column holds one of {string.Join(", ", known.Where(name => !TitleRows.Contains(name)))}, or NA for a title");
            }
            else if (cells.TryGetValue(data, out var first))
            {
                problems.Add(fileName, row.Line, $"{data} is given twice (first on line {first.Line}); the package would read the two as one list");
            }
            else
            {
                cells[data] = (row["n"].Trim(), row.Line);
            }
        }

        if (cells.Count == 0 && problems.Count == before)
        {
            problems.Add(fileName, 1, "no count row of the PRISMA2020 template (data column: database_results, records_screened, new_studies, …); is this the package's PRISMA.csv, filled in?");
        }

        var values = new Dictionary<PrismaStage, Value>();
        var parts = new Dictionary<PrismaStage, (List<PrismaCount> Parts, int Line)>();
        foreach (var (data, (value, line)) in cells)
        {
            if (ListRows.TryGetValue(data, out var listStage))
            {
                var list = ReadList(fileName, line, value, ListPlaceholders[data], problems);
                if (listStage is { } stage && list.Count > 0)
                {
                    parts[stage] = (list, line);
                }
                else if (listStage is null && list.Any(part => part.N > 0))
                {
                    notKept.Add(new DataProblem(fileName, line, $"{data} ({string.Join("; ", list.Select(part => $"{part.Source}, {Number(part.N, "xxx")}"))}) is not kept: the flow has no box for {RowsNotDrawn[data]}"));
                }
            }
            else if (ReadNumber(fileName, line, value, problems) is { } number)
            {
                if (PrismaStages.TryParse(data, out var stage))
                {
                    values[stage] = new Value(number, line, value);
                }
                else if (number > 0)
                {
                    notKept.Add(new DataProblem(fileName, line, $"{data} ({number}) is not kept: the flow has no box for {RowsNotDrawn[data]}"));
                }
            }
            else if (PrismaStages.TryParse(data, out var stage))
            {
                values[stage] = new Value(null, line, value);
            }
        }

        if (problems.Count > before)
        {
            return (null, notKept);
        }

        var counts = Counts(fileName, values, parts, problems);
        var flow = problems.Count > before ? null : PrismaFlow.FromTemplateCounts(fileName, counts, problems);
        return (flow, notKept);
    }

    private static List<(PrismaCount, int)> Counts(string fileName, Dictionary<PrismaStage, Value> values, Dictionary<PrismaStage, (List<PrismaCount> Parts, int Line)> parts, ProblemLog problems)
    {
        long? Sum(PrismaStage stage) =>
            parts.TryGetValue(stage, out var list) && list.Parts.All(part => part.N is not null) ? list.Parts.Sum(part => (long)part.N!.Value)
            : values.TryGetValue(stage, out var value) && value.N is { } n ? n : null;
        bool IsZero(PrismaStage stage) => !parts.ContainsKey(stage) && values.TryGetValue(stage, out var value) && value.N == 0;

        var realZeros = new HashSet<PrismaStage>();
        foreach (var (left, right) in Balances)
        {
            var terms = left.Concat(right).ToList();
            var balanced = terms.All(stage => Sum(stage) is not null)
                && left.Sum(stage => Sum(stage)!.Value) == right.Sum(stage => Sum(stage)!.Value)
                && terms.Any(stage => Sum(stage) > 0);
            if (balanced)
            {
                realZeros.UnionWith(terms.Where(IsZero));
            }
        }

        var counts = new List<(PrismaCount, int)>();
        foreach (var stage in PrismaStages.All)
        {
            var hasValue = values.TryGetValue(stage, out var value);
            var from = hasValue ? $"{fileName} line {value!.Line}" : null;
            if (parts.TryGetValue(stage, out var list))
            {
                var total = hasValue && value!.N is > 0 ? value.N : null;
                var complete = list.Parts.All(part => part.N is not null);
                if (total is { } expected && complete && list.Parts.Sum(part => (long)part.N!.Value) != expected)
                {
                    problems.Add(fileName, value!.Line, $"{PrismaStages.NameOf(stage)} is {expected}, but the counts of line {list.Line} add up to {list.Parts.Sum(part => (long)part.N!.Value)}");
                }

                var note = total is { } given && !complete ? $"{fileName} line {list.Line}; the template's total is {given}" : $"{fileName} line {list.Line}";
                counts.AddRange(list.Parts.Select(part => (part with { Stage = stage, Note = note }, list.Line)));
            }
            else if (hasValue)
            {
                var zero = value!.N == 0;
                var n = zero && !realZeros.Contains(stage) ? null : value.N;
                var note = zero
                    ? realZeros.Contains(stage) ? $"{from}: 0, as the other counts add up" : $"{from}: 0, the template's placeholder; not reported"
                    : n is null ? $"{from}: not reported" : from;
                counts.Add((new PrismaCount(stage, null, (int?)n, note), value.Line));
            }
        }

        return counts;
    }

    /// <summary>A count cell: null when not reported (empty, NA, xxx); commas between thousands are allowed, as the package drops them.</summary>
    private static long? ReadNumber(string fileName, int line, string value, ProblemLog problems)
    {
        if (value.Length == 0 || value.Equals("NA", StringComparison.Ordinal) || value.Equals("xxx", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Thousands().IsMatch(value) && long.TryParse(value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= int.MaxValue)
        {
            return n;
        }

        problems.Add(fileName, line, value.All(c => char.IsAsciiDigit(c) || c == ',') && Thousands().IsMatch(value)
            ? $"count '{value}' is larger than {int.MaxValue.ToString("N0", CultureInfo.InvariantCulture)}, the largest count a stage can hold"
            : $"count '{VisibleText.Escape(value)}' is not a whole number of zero or more; write NA (or leave it empty) when the review does not report it");
        return null;
    }

    /// <summary>A list cell, <c>Name, n; Name, n</c> or a bare count; the package's own placeholder (or the part of it left) is no list.</summary>
    private static List<PrismaCount> ReadList(string fileName, int line, string value, string placeholder, ProblemLog problems)
    {
        var list = new List<PrismaCount>();
        if (value == placeholder || value.Length == 0 || value is "NA" || value.Equals("xxx", StringComparison.OrdinalIgnoreCase))
        {
            return list;
        }

        if (!value.Contains(',', StringComparison.Ordinal) && !value.Contains(';', StringComparison.Ordinal))
        {
            var single = ReadNumber(fileName, line, value, problems);
            return [new PrismaCount(PrismaStage.ReportsExcluded, null, (int?)single)];
        }

        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var comma = part.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0)
            {
                problems.Add(fileName, line, $"'{VisibleText.Escape(part)}' has no name and count; write each as Name, count (e.g. Scopus, 40), with xxx for a count not reported, and ; between them");
                continue;
            }

            var name = part[..comma].Trim();
            var n = ReadNumber(fileName, line, part[(comma + 1)..].Trim(), problems);
            list.Add(new PrismaCount(PrismaStage.ReportsExcluded, name, (int?)n));
        }

        // What is left of the package's placeholder once a pair is deleted: still no list.
        return list.All(part => part.N is null && PlaceholderName().IsMatch(part.Source ?? "")) ? [] : list;
    }

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*$|^\d+$")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"^(Database \d+|Register \d+|Reason ?\d+)$")]
    private static partial Regex PlaceholderName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>One row of the template.</summary>
    internal sealed record Row(string Data, string Node, string Box, string Description, string BoxText, string Tooltips, string Url, string N);

    private sealed record Value(long? N, int Line, string Text);
}
