using System.Globalization;

namespace ReviewKit;

/// <summary>One count of a PRISMA 2020 flow diagram.</summary>
/// <param name="Stage">The stage, named as the PRISMA2020 R package and Shiny app name it, e.g. <c>records_screened</c>.</param>
/// <param name="Source">For a stage counted per source: the database (identification) or the reason (exclusion); else null.</param>
/// <param name="N">The count, or null when the review does not report it.</param>
/// <param name="Note">Where the count comes from, or why it is missing.</param>
public sealed record PrismaCount(string Stage, string? Source, int? N, string? Note = null);

/// <summary>
/// The counts of a PRISMA 2020 flow diagram for a new or an updated review (databases and registers arm).
/// Unknown counts stay null and are shown as "not reported"; when the counts are known, the box
/// arithmetic is checked (identified − removed = screened, screened − excluded = sought, …).
/// </summary>
public sealed record PrismaFlow
{
    /// <summary>The file name of the flow in a data folder.</summary>
    public const string FileName = "prisma.csv";

    /// <summary>The stages this library understands, in the order of the diagram, with their box labels.</summary>
    public static IReadOnlyList<(string Stage, string Label)> Stages { get; } =
    [
        ("previous_studies", "Studies included in previous version of review"),
        ("previous_reports", "Reports of studies included in previous version of review"),
        ("database_results", "Records identified from databases"),
        ("register_results", "Records identified from registers"),
        ("duplicates", "Duplicate records removed"),
        ("excluded_automatic", "Records marked as ineligible by automation tools"),
        ("excluded_other", "Records removed for other reasons"),
        ("records_screened", "Records screened"),
        ("records_excluded", "Records excluded"),
        ("dbr_sought_reports", "Reports sought for retrieval"),
        ("dbr_notretrieved_reports", "Reports not retrieved"),
        ("dbr_assessed", "Reports assessed for eligibility"),
        ("dbr_excluded", "Reports excluded"),
        ("new_studies", "New studies included in review"),
        ("new_reports", "Reports of new included studies"),
        ("total_studies", "Total studies included in review"),
        ("total_reports", "Reports of total included studies"),
    ];

    private static readonly string[] Columns = ["stage", "source", "n", "note"];

    private static readonly Lazy<PrismaFlow> EmbeddedPaper = new(() => Parse(EmbeddedData.Read(FileName)));

    private PrismaFlow(IReadOnlyList<PrismaCount> counts) => Counts = counts;

    /// <summary>The paper's flow: the four databases it names and its 60 included studies; every other count is unknown.</summary>
    public static PrismaFlow Paper => EmbeddedPaper.Value;

    /// <summary>Every count, in file order.</summary>
    public IReadOnlyList<PrismaCount> Counts { get; }

    /// <summary>Whether the flow is an update of an earlier review: it gives the number of previous studies.</summary>
    public bool IsUpdate => Total("previous_studies") is not null;

    /// <summary>Builds a flow from counts, checking stage names and the box arithmetic.</summary>
    /// <exception cref="ReviewDataException">A stage is unknown, a count is negative, or the arithmetic does not add up.</exception>
    public static PrismaFlow Create(IEnumerable<PrismaCount> counts)
    {
        var flow = new PrismaFlow(counts.ToList());
        var problems = flow.Counts.Select(count => StageProblem(count)).OfType<string>().Concat(flow.ArithmeticProblems())
            .Select(message => new DataProblem(FileName, 0, message))
            .ToList();
        return problems.Count == 0 ? flow : throw new ReviewDataException(problems);
    }

    /// <summary>Reads <c>prisma.csv</c> (<c>stage,source,n,note</c>); every problem is reported with its line.</summary>
    /// <exception cref="ReviewDataException">The file has problems, or its counts do not add up.</exception>
    public static PrismaFlow Load(string path)
    {
        var problems = new ProblemLog();
        var text = CsvTable.ReadText(path, path, problems);
        var flow = text is null ? null : Parse(path, text, problems);
        return flow ?? throw new ReviewDataException(problems);
    }

    /// <summary>
    /// Reads the flow of layered data folders (see <see cref="ReviewDataset.Load(string[])"/>): the last folder that holds a
    /// <c>prisma.csv</c> provides it. A layer whose flow gives <c>previous_studies</c> makes it an update (<see cref="IsUpdate"/>).
    /// </summary>
    /// <exception cref="ReviewDataException">No folder holds a <c>prisma.csv</c>, or the one found has problems.</exception>
    public static PrismaFlow LoadLayers(params string[] directories) =>
        ReviewDataset.LastLayerFile(directories, FileName) is { } path
            ? Load(path)
            : throw new ReviewDataException([new DataProblem(FileName, 0, $"no data folder holds {FileName} (looked in {string.Join(", ", directories)})")]);

    /// <summary>Reads the text of a <c>prisma.csv</c>.</summary>
    /// <exception cref="ReviewDataException">The text has problems, or its counts do not add up.</exception>
    public static PrismaFlow Parse(string csv)
    {
        var problems = new ProblemLog();
        return Parse(FileName, csv, problems) ?? throw new ReviewDataException(problems);
    }

    /// <summary>
    /// Reads the CSV template of the PRISMA2020 R package and Shiny app (Haddaway et al. 2022; columns
    /// <c>data,node,box,description,boxtext,tooltips,url,n</c>). Per-database counts given as
    /// <c>Scopus, 120; ERIC, 80</c> and exclusion reasons as <c>Reason, n; …</c> are split by source;
    /// <c>xxx</c>, <c>NA</c> and empty cells are unknown counts.
    /// </summary>
    /// <exception cref="ReviewDataException">The template has problems, or its counts do not add up.</exception>
    public static PrismaFlow FromPrisma2020Csv(string csv, string fileName = "PRISMA.csv")
    {
        var problems = new ProblemLog();
        var table = CsvTable.Parse(fileName, csv, ["data", "n"], problems);
        var counts = new List<PrismaCount>();
        foreach (var row in table?.Rows ?? [])
        {
            var stage = row["data"];
            if (!Stages.Any(known => known.Stage == stage))
            {
                continue; // title boxes and the arms this library does not draw (websites, organisations, citations)
            }

            var value = row["n"];
            if (value.Contains(',', StringComparison.Ordinal))
            {
                foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var comma = part.LastIndexOf(',');
                    var n = comma < 0 ? null : ParseCount(part[(comma + 1)..].Trim(), fileName, row.Line, problems);
                    counts.Add(new PrismaCount(stage, comma < 0 ? part : part[..comma].Trim(), n));
                }
            }
            else
            {
                counts.Add(new PrismaCount(stage, null, ParseCount(value, fileName, row.Line, problems)));
            }
        }

        if (table is null || problems.Count > 0)
        {
            throw new ReviewDataException(problems);
        }

        return Create(counts);
    }

    /// <summary>Writes the flow as a PRISMA2020 CSV template, so its counts can be moved to the R package or Shiny app.</summary>
    public string ToPrisma2020Csv()
    {
        var rows = Stages.Select(stage =>
        {
            var counts = Counts.Where(count => count.Stage == stage.Stage).ToList();
            var n = counts.Count == 0 ? "xxx"
                : counts.Any(count => count.Source is not null)
                    ? string.Join("; ", counts.Select(count => $"{count.Source}, {Show(count.N, "xxx")}"))
                    : Show(counts[0].N, "xxx");
            return (IReadOnlyList<string>)[stage.Stage, "NA", "NA", stage.Label, stage.Label, stage.Label, "NA", n];
        }).ToList();
        return new ReportTable("prisma2020", "PRISMA2020 template", ["data", "node", "box", "description", "boxtext", "tooltips", "url", "n"], rows).ToCsv();
    }

    /// <summary>The count of a stage: the sum over its sources; null when any part, or the stage, is unknown.</summary>
    public int? Total(string stage)
    {
        var counts = Counts.Where(count => count.Stage == stage).ToList();
        return counts.Count == 0 || counts.Any(count => count.N is null) ? null : counts.Sum(count => count.N!.Value);
    }

    /// <summary>The counts of one stage, e.g. one per database.</summary>
    public IReadOnlyList<PrismaCount> CountsOf(string stage) => Counts.Where(count => count.Stage == stage).ToList();

    /// <summary>A count as a box shows it: the number, or "not reported".</summary>
    public static string Show(int? n, string unknown = "not reported") => n?.ToString("N0", CultureInfo.InvariantCulture) ?? unknown;

    private static PrismaFlow? Parse(string file, string text, ProblemLog problems)
    {
        var before = problems.Count;
        var table = CsvTable.Parse(file, text, Columns, problems);
        if (table is null)
        {
            return null;
        }

        var counts = new List<PrismaCount>();
        foreach (var row in table.Rows)
        {
            var count = new PrismaCount(row["stage"], row.Optional("source"), ParseCount(row["n"], file, row.Line, problems), row.Optional("note"));
            if (StageProblem(count) is { } problem)
            {
                problems.Add(new DataProblem(file, row.Line, problem));
            }

            counts.Add(count);
        }

        if (problems.Count > before)
        {
            return null;
        }

        var flow = new PrismaFlow(counts);
        problems.AddRange(flow.ArithmeticProblems().Select(message => new DataProblem(file, 0, message)));
        return problems.Count > before ? null : flow;
    }

    private static int? ParseCount(string text, string file, int line, ProblemLog problems)
    {
        if (text.Length == 0 || text is "xxx" or "NA")
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        problems.Add(new DataProblem(file, line, $"count '{text}' is not a whole number of zero or more; leave it empty when the review does not report it"));
        return null;
    }

    private static string? StageProblem(PrismaCount count) =>
        Stages.Any(known => known.Stage == count.Stage)
            ? null
            : $"unknown stage '{count.Stage}'; expected one of {string.Join(", ", Stages.Select(known => known.Stage))}";

    private IEnumerable<string> ArithmeticProblems()
    {
        int? Optional(string stage) => Counts.Any(count => count.Stage == stage) ? Total(stage) : 0;
        var identified = Total("database_results") + Optional("register_results");
        var removed = Optional("duplicates") + Optional("excluded_automatic") + Optional("excluded_other");

        IEnumerable<string?> Checks()
        {
            yield return Equation("records screened", Total("records_screened"), "records identified", identified, "records removed before screening", removed);
            yield return Equation("reports sought for retrieval", Total("dbr_sought_reports"), "records screened", Total("records_screened"), "records excluded", Total("records_excluded"));
            yield return Equation("reports assessed for eligibility", Total("dbr_assessed"), "reports sought for retrieval", Total("dbr_sought_reports"), "reports not retrieved", Optional("dbr_notretrieved_reports"));
            yield return Equation("reports of new included studies", Total("new_reports"), "reports assessed for eligibility", Total("dbr_assessed"), "reports excluded", Total("dbr_excluded"));
            if (Total("new_studies") is { } studies && Total("dbr_assessed") - Total("dbr_excluded") is { } included && studies > included)
            {
                yield return $"new studies included ({studies}) cannot exceed reports assessed for eligibility minus reports excluded ({included})";
            }

            if (IsUpdate && Total("total_studies") is { } total && Total("previous_studies") + Total("new_studies") is { } sum && total != sum)
            {
                yield return $"total studies included ({total}) should equal previous studies plus new studies ({sum})";
            }
        }

        return Checks().OfType<string>();
    }

    private static string? Equation(string resultName, int? result, string fromName, int? from, string minusName, int? minus)
    {
        if (result is not { } actual || from - minus is not { } expected || actual == expected)
        {
            return null;
        }

        return $"{resultName} ({actual}) should equal {fromName} ({from}) minus {minusName} ({minus}) = {expected}";
    }
}
