namespace ReviewKit.Prisma;

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
