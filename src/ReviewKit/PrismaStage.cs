namespace ReviewKit;

/// <summary>
/// The boxes of a PRISMA 2020 flow diagram that this library draws (the databases and registers arm, and the
/// previous-studies column of an update), in the diagram's order.
/// </summary>
public enum PrismaStage
{
    /// <summary><c>previous_studies</c>: studies included in the previous version of the review.</summary>
    PreviousStudies,

    /// <summary><c>previous_reports</c>: reports of those studies.</summary>
    PreviousReports,

    /// <summary><c>database_results</c>: records identified from databases, one count per database.</summary>
    DatabaseResults,

    /// <summary><c>register_results</c>: records identified from registers.</summary>
    RegisterResults,

    /// <summary><c>duplicates</c>: duplicate records removed before screening.</summary>
    Duplicates,

    /// <summary><c>excluded_automatic</c>: records marked as ineligible by automation tools.</summary>
    ExcludedAutomatic,

    /// <summary><c>excluded_other</c>: records removed for other reasons.</summary>
    ExcludedOther,

    /// <summary><c>records_screened</c>.</summary>
    RecordsScreened,

    /// <summary><c>records_excluded</c>.</summary>
    RecordsExcluded,

    /// <summary><c>dbr_sought_reports</c>: reports sought for retrieval.</summary>
    ReportsSought,

    /// <summary><c>dbr_notretrieved_reports</c>: reports not retrieved.</summary>
    ReportsNotRetrieved,

    /// <summary><c>dbr_assessed</c>: reports assessed for eligibility.</summary>
    ReportsAssessed,

    /// <summary><c>dbr_excluded</c>: reports excluded, one count per reason.</summary>
    ReportsExcluded,

    /// <summary><c>new_studies</c>: new studies included in the review.</summary>
    NewStudies,

    /// <summary><c>new_reports</c>: reports of new included studies.</summary>
    NewReports,

    /// <summary><c>total_studies</c>: all studies included in an updated review.</summary>
    TotalStudies,

    /// <summary><c>total_reports</c>: reports of all included studies.</summary>
    TotalReports,
}

/// <summary>The names <c>prisma.csv</c> and the PRISMA2020 R package give the stages, and the labels of their boxes.</summary>
public static class PrismaStages
{
    private static readonly IReadOnlyDictionary<PrismaStage, (string Name, string Label)> Names = new Dictionary<PrismaStage, (string, string)>
    {
        [PrismaStage.PreviousStudies] = ("previous_studies", "Studies included in previous version of review"),
        [PrismaStage.PreviousReports] = ("previous_reports", "Reports of studies included in previous version of review"),
        [PrismaStage.DatabaseResults] = ("database_results", "Records identified from databases"),
        [PrismaStage.RegisterResults] = ("register_results", "Records identified from registers"),
        [PrismaStage.Duplicates] = ("duplicates", "Duplicate records removed"),
        [PrismaStage.ExcludedAutomatic] = ("excluded_automatic", "Records marked as ineligible by automation tools"),
        [PrismaStage.ExcludedOther] = ("excluded_other", "Records removed for other reasons"),
        [PrismaStage.RecordsScreened] = ("records_screened", "Records screened"),
        [PrismaStage.RecordsExcluded] = ("records_excluded", "Records excluded"),
        [PrismaStage.ReportsSought] = ("dbr_sought_reports", "Reports sought for retrieval"),
        [PrismaStage.ReportsNotRetrieved] = ("dbr_notretrieved_reports", "Reports not retrieved"),
        [PrismaStage.ReportsAssessed] = ("dbr_assessed", "Reports assessed for eligibility"),
        [PrismaStage.ReportsExcluded] = ("dbr_excluded", "Reports excluded"),
        [PrismaStage.NewStudies] = ("new_studies", "New studies included in review"),
        [PrismaStage.NewReports] = ("new_reports", "Reports of new included studies"),
        [PrismaStage.TotalStudies] = ("total_studies", "Total studies included in review"),
        [PrismaStage.TotalReports] = ("total_reports", "Reports of total included studies"),
    };

    private static readonly IReadOnlyDictionary<string, PrismaStage> ByName = Names.ToDictionary(entry => entry.Value.Name, entry => entry.Key, StringComparer.Ordinal);

    /// <summary>Every stage, in the diagram's order.</summary>
    public static IReadOnlyList<PrismaStage> All { get; } = Enum.GetValues<PrismaStage>();

    /// <summary>The stage's name in <c>prisma.csv</c> and the PRISMA2020 template.</summary>
    /// <example><c>NameOf(PrismaStage.ReportsAssessed)</c> ⇒ <c>dbr_assessed</c>.</example>
    public static string NameOf(PrismaStage stage) => Names[stage].Name;

    /// <summary>The label of the stage's box in the PRISMA2020 template.</summary>
    public static string LabelOf(PrismaStage stage) => Names[stage].Label;

    /// <summary>The stage of a name; false for a name this library does not draw (websites, organisations, citations).</summary>
    public static bool TryParse(string name, out PrismaStage stage) => ByName.TryGetValue(name, out stage);

    /// <summary>The names, for a message that lists what is expected.</summary>
    internal static string Expected => string.Join(", ", All.Select(NameOf));
}
