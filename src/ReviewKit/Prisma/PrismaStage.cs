namespace ReviewKit.Prisma;

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
