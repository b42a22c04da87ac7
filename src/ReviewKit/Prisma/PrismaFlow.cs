using System.Globalization;
using ReviewKit.Data;
using ReviewKit.Presentation;

namespace ReviewKit.Prisma;

/// <summary>
/// The counts of a PRISMA 2020 flow diagram for a new or an updated review (databases and registers arm).
/// Unknown counts stay null and are shown as "not reported"; when the counts are known, the box
/// arithmetic is checked (identified − removed = screened, screened − excluded = sought, …).
/// </summary>
public sealed record PrismaFlow
{
    /// <summary>The file name of the flow in a data folder.</summary>
    public const string FileName = "prisma.csv";

    private static readonly string[] Columns = ["stage", "source", "n", "note"];

    private static readonly Lazy<PrismaFlow> EmbeddedPaper = new(() => Parse(EmbeddedData.Read(FileName)));

    private PrismaFlow(IReadOnlyList<PrismaCount> counts) => Counts = counts;

    /// <summary>The paper's flow: the four databases it names and its 60 included studies; every other count is unknown.</summary>
    public static PrismaFlow Paper => EmbeddedPaper.Value;

    /// <summary>Every count, in file order.</summary>
    public IReadOnlyList<PrismaCount> Counts { get; }

    /// <summary>Whether the flow is an update of an earlier review: it gives the number of previous studies.</summary>
    public bool IsUpdate => Total(PrismaStage.PreviousStudies) is not null;

    /// <summary>Builds a flow from counts, checking the box arithmetic.</summary>
    /// <exception cref="ReviewDataException">The arithmetic does not add up.</exception>
    public static PrismaFlow Create(IEnumerable<PrismaCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var problems = new ProblemLog();
        return Create(FileName, counts.Select(count => (count, 0)).ToList(), problems) ?? throw new ReviewDataException(problems);
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

    /// <summary>Reads the text of a <c>prisma.csv</c>.</summary>
    /// <exception cref="ReviewDataException">The text has problems, or its counts do not add up.</exception>
    public static PrismaFlow Parse(string csv)
    {
        var problems = new ProblemLog();
        return Parse(FileName, csv, problems) ?? throw new ReviewDataException(problems);
    }

    /// <summary>
    /// Reads a filled CSV template of the PRISMA2020 R package and Shiny app (Haddaway et al. 2022; columns
    /// <c>data,node,box,description,boxtext,tooltips,url,n</c>). Per-database counts in <c>database_specific_results</c>
    /// (<c>Scopus, 120; ERIC, 80</c>) and exclusion reasons in <c>dbr_excluded</c> (<c>Reason, n; …</c>) are split by
    /// source. Empty cells, <c>NA</c>, <c>xxx</c> and the package's placeholder 0 are not reported, unless the other
    /// counts of a box sum prove the 0 (e.g. reports sought 12, assessed 12: not retrieved 0).
    /// </summary>
    /// <exception cref="ReviewDataException">The file is not such a template, or its counts do not add up.</exception>
    public static PrismaFlow FromPrisma2020Csv(string csv, string fileName = "PRISMA.csv")
    {
        ArgumentNullException.ThrowIfNull(csv);
        var problems = new ProblemLog();
        return Prisma2020Template.Read(fileName, csv, problems).Flow ?? throw new ReviewDataException(problems);
    }

    /// <summary>
    /// Writes the flow as the PRISMA2020 package's own template (every row of its <c>PRISMA.csv</c>, in its order), for
    /// <c>PRISMA_data()</c> and the Shiny app: counts without separators, per-database counts in
    /// <c>database_specific_results</c> with their total in <c>database_results</c>, empty cells for counts not reported.
    /// </summary>
    public string ToPrisma2020Csv() => Prisma2020Template.Write(this);

    /// <summary>The flow as a layer's <c>prisma.csv</c> (<c>stage,source,n,note</c>).</summary>
    internal string ToCsv() => new ReportTable("prisma", "PRISMA flow", Columns,
        Counts.Select(count => (IReadOnlyList<string>)[PrismaStages.NameOf(count.Stage), count.Source ?? "", count.N?.ToString(CultureInfo.InvariantCulture) ?? "", count.Note ?? ""]).ToList()).ToCsv();

    /// <summary>A flow from a template's counts, with the same checks as a <c>prisma.csv</c>.</summary>
    internal static PrismaFlow? FromTemplateCounts(string file, IReadOnlyList<(PrismaCount Count, int Line)> counts, ProblemLog problems) => Create(file, counts, problems);

    /// <summary>The count of a stage: the sum over its sources; null when any part, or the stage, is unknown.</summary>
    public int? Total(PrismaStage stage) => (int?)ExactTotal(stage);

    /// <summary>The total in 64 bits, so that the arithmetic checks never wrap; a flow refuses a stage whose total exceeds 32 bits.</summary>
    private long? ExactTotal(PrismaStage stage)
    {
        var counts = Counts.Where(count => count.Stage == stage).ToList();
        return counts.Count == 0 || counts.Any(count => count.N is null) ? null : counts.Sum(count => (long)count.N!.Value);
    }

    /// <summary>The counts of one stage, e.g. one per database.</summary>
    public IReadOnlyList<PrismaCount> CountsOf(PrismaStage stage) => Counts.Where(count => count.Stage == stage).ToList();

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

        var counts = new List<(PrismaCount, int)>();
        foreach (var row in table.Rows)
        {
            var n = ParseCount(row["n"], file, row.Line, problems);
            if (PrismaStages.TryParse(row["stage"], out var stage))
            {
                counts.Add((new PrismaCount(stage, row.Optional("source"), n, row.Optional("note")), row.Line));
            }
            else
            {
                problems.Add(new DataProblem(file, row.Line, $"unknown stage '{row["stage"]}'; expected one of {PrismaStages.Expected}"));
            }
        }

        return problems.Count > before ? null : Create(file, counts, problems);
    }

    /// <summary>A flow from counts and the lines they were read from (0 when not from a file), or null when a stage's total does not fit or the arithmetic does not add up.</summary>
    private static PrismaFlow? Create(string file, IReadOnlyList<(PrismaCount Count, int Line)> counts, ProblemLog problems)
    {
        var before = problems.Count;
        var totals = new Dictionary<PrismaStage, long>();
        foreach (var (count, line) in counts)
        {
            if (count.N is not { } n)
            {
                continue;
            }

            var earlier = totals.GetValueOrDefault(count.Stage);
            var total = totals[count.Stage] = earlier + n;
            if (total is > int.MaxValue or < int.MinValue && earlier is <= int.MaxValue and >= int.MinValue)
            {
                problems.Add(file, line, $"the counts of {PrismaStages.NameOf(count.Stage)} add up to {total.ToString("N0", CultureInfo.InvariantCulture)} here; a stage's total can be at most {int.MaxValue.ToString("N0", CultureInfo.InvariantCulture)}");
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        var flow = new PrismaFlow(counts.Select(count => count.Count).ToList());
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

        problems.Add(new DataProblem(file, line, text.All(char.IsAsciiDigit)
            ? $"count '{text}' is larger than {int.MaxValue.ToString("N0", CultureInfo.InvariantCulture)}, the largest count a stage can hold"
            : $"count '{text}' is not a whole number of zero or more; leave it empty when the review does not report it"));
        return null;
    }

    private IEnumerable<string> ArithmeticProblems()
    {
        long? Total(PrismaStage stage) => ExactTotal(stage);
        long? Optional(PrismaStage stage) => Counts.Any(count => count.Stage == stage) ? ExactTotal(stage) : 0;
        var identified = Total(PrismaStage.DatabaseResults) + Optional(PrismaStage.RegisterResults);
        var removed = Optional(PrismaStage.Duplicates) + Optional(PrismaStage.ExcludedAutomatic) + Optional(PrismaStage.ExcludedOther);

        IEnumerable<string?> Checks()
        {
            yield return Equation("records screened", Total(PrismaStage.RecordsScreened), "records identified", identified, "records removed before screening", removed);
            yield return Equation("reports sought for retrieval", Total(PrismaStage.ReportsSought), "records screened", Total(PrismaStage.RecordsScreened), "records excluded", Total(PrismaStage.RecordsExcluded));
            yield return Equation("reports assessed for eligibility", Total(PrismaStage.ReportsAssessed), "reports sought for retrieval", Total(PrismaStage.ReportsSought), "reports not retrieved", Optional(PrismaStage.ReportsNotRetrieved));
            yield return Equation("reports of new included studies", Total(PrismaStage.NewReports), "reports assessed for eligibility", Total(PrismaStage.ReportsAssessed), "reports excluded", Total(PrismaStage.ReportsExcluded));
            if (Total(PrismaStage.NewStudies) is { } studies && Total(PrismaStage.ReportsAssessed) - Total(PrismaStage.ReportsExcluded) is { } included && studies > included)
            {
                yield return $"new studies included ({studies}) cannot exceed reports assessed for eligibility minus reports excluded ({included})";
            }

            if (IsUpdate && Total(PrismaStage.TotalStudies) is { } total && Total(PrismaStage.PreviousStudies) + Total(PrismaStage.NewStudies) is { } sum && total != sum)
            {
                yield return $"total studies included ({total}) should equal previous studies plus new studies ({sum})";
            }
        }

        return Checks().OfType<string>();
    }

    private static string? Equation(string resultName, long? result, string fromName, long? from, string minusName, long? minus)
    {
        if (result is not { } actual || from - minus is not { } expected || actual == expected)
        {
            return null;
        }

        return $"{resultName} ({actual}) should equal {fromName} ({from}) minus {minusName} ({minus}) = {expected}";
    }
}
