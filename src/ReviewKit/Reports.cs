using System.Globalization;

namespace ReviewKit;

/// <summary>The tables a reproduction writes, built from a dataset by the counting functions.</summary>
public static class Reports
{
    /// <summary>One row per code: <c>code,stakeholder,polarity,label,n,percent</c>, in codebook order.</summary>
    /// <remarks>percent is the exact 100 · n / studies, written with up to four decimals (55 of 60 ⇒ 91.6667).</remarks>
    public static ReportTable CodeFrequencies(ReviewDataset dataset) => new(
        "code-frequencies",
        $"Frequency of every code across {dataset.Studies.Count} studies",
        ["code", "stakeholder", "polarity", "label", "n", "percent"],
        ContentAnalysis.CodeFrequencies(dataset)
            .Select(row => Cells(row.Code.Id, row.Code.Stakeholder.ToString(), row.Code.Polarity.ToString(), row.Code.Label, Number(row.N), Number(row.Percent)))
            .ToList());

    /// <summary>One of the paper's Tables 1–8 recomputed: rank, code, label, n and the rounded percentage.</summary>
    public static ReportTable SummaryTable(ReviewDataset dataset, PaperTable table) => new(
        $"table-{table.Number}",
        $"Table {table.Number}: {Names.Of(table.Polarity).ToLowerInvariant()} for {Names.Of(table.Stakeholder).ToLowerInvariant()}",
        ["rank", "code", "label", "n", "percent"],
        ContentAnalysis.SummaryTable(dataset, table.Stakeholder, table.Polarity)
            .Select((row, index) => Cells(Number(index + 1), row.Code.Id, row.Code.TableLabel ?? row.Code.Label, Number(row.N), Number(row.RoundedPercent)))
            .ToList());

    /// <summary>Studies per publication year.</summary>
    public static ReportTable StudiesPerYear(ReviewDataset dataset) => new(
        "studies-per-year",
        "Included studies per publication year",
        ["year", "studies"],
        ContentAnalysis.StudiesPerYear(dataset).Select(row => Cells(Number(row.Year), Number(row.Studies))).ToList());

    /// <summary>Each stakeholder's share of all code assignments and the studies that code it.</summary>
    public static ReportTable StakeholderShares(ReviewDataset dataset) => new(
        "stakeholder-shares",
        "Each stakeholder's share of all code assignments",
        ["stakeholder", "assignments", "percent_of_assignments", "studies", "percent_of_studies"],
        ContentAnalysis.StakeholderShares(dataset)
            .Select(row => Cells(
                row.Stakeholder.ToString(),
                Number(row.Assignments),
                Number(row.Percent),
                Number(row.StudiesCoding),
                Number(row.Studies == 0 ? 0 : 100.0 * row.StudiesCoding / row.Studies)))
            .ToList());

    /// <summary>The coding table, one row per study with its codes per stakeholder (Appendix 1's layout).</summary>
    public static ReportTable CodingTable(ReviewDataset dataset) => new(
        "coding-table",
        "The coding table: codes per study and stakeholder",
        ["study_id", "study", "learners", "employers", "higher_education", "government", "codes"],
        ContentAnalysis.StudyProfiles(dataset)
            .Select(profile => Cells(
                profile.Study.Id,
                profile.Study.Label,
                profile.CodesFor(Stakeholder.Learners),
                profile.CodesFor(Stakeholder.Employers),
                profile.CodesFor(Stakeholder.HigherEducation),
                profile.CodesFor(Stakeholder.Government),
                Number(profile.Codes.Count)))
            .ToList());

    /// <summary>Challenge and opportunity assignments per stakeholder (the diverging chart).</summary>
    public static ReportTable PolarityBalances(ReviewDataset dataset) => new(
        "opportunities-vs-challenges",
        "Challenge and opportunity assignments per stakeholder",
        ["stakeholder", "challenges", "opportunities", "challenge_codes", "opportunity_codes", "percent_challenges"],
        StakeholderAnalysis.PolarityBalances(dataset)
            .Select(row => Cells(row.Stakeholder.ToString(), Number(row.Challenges), Number(row.Opportunities), Number(row.ChallengeCodes), Number(row.OpportunityCodes), Number(row.ChallengePercent)))
            .ToList());

    /// <summary>Every pair of codes with its 2×2 table over studies, Jaccard and phi (the co-occurrence heatmap).</summary>
    public static ReportTable CodePairs(ReviewDataset dataset) => new(
        "code-co-occurrence",
        "Study-level co-occurrence of every pair of codes",
        ["code_a", "code_b", "both", "a_only", "b_only", "neither", "jaccard", "phi"],
        StakeholderAnalysis.CodePairs(dataset)
            .Select(pair => Cells(pair.First.Id, pair.Second.Id, Number(pair.Both), Number(pair.FirstOnly), Number(pair.SecondOnly), Number(pair.Neither), Number(pair.Jaccard), pair.Phi is { } phi ? Number(phi) : ""))
            .ToList());

    /// <summary>For every pair of stakeholders, the studies that code both (the links of Fig. 3).</summary>
    public static ReportTable StakeholderPairs(ReviewDataset dataset) => new(
        "stakeholder-pairs",
        "Studies that carry codes of both stakeholders",
        ["stakeholder_a", "stakeholder_b", "studies"],
        StakeholderAnalysis.StakeholderPairs(dataset).Select(pair => Cells(pair.First.ToString(), pair.Second.ToString(), Number(pair.Studies))).ToList());

    /// <summary>The paper's three pathways and the studies that support them (Fig. 3).</summary>
    public static ReportTable Pathways(ReviewDataset dataset) => new(
        "pathways",
        "The three pathways of the Discussion and the studies that carry their codes",
        ["pathway", "partner", "codes", "partner_studies", "institution_studies", "both_studies"],
        StakeholderAnalysis.PathwaySupports(dataset)
            .Select(row => Cells(row.Pathway.Name, row.Pathway.Partner.ToString(), string.Join(" ", row.Pathway.CodeIds), Number(row.PartnerStudies), Number(row.InstitutionStudies), Number(row.BothStudies)))
            .ToList());

    /// <summary>Per year, the studies that carry each stakeholder's codes.</summary>
    public static ReportTable StudiesPerYearByStakeholder(ReviewDataset dataset) => new(
        "studies-per-year-by-stakeholder",
        "Studies per year that carry each stakeholder's codes",
        ["year", "stakeholder", "studies"],
        PublicationTrend.ByStakeholder(dataset).Select(row => Cells(Number(row.Year), row.Stakeholder.ToString(), Number(row.Studies))).ToList());

    /// <summary>The counts of a PRISMA flow, unknown counts empty (Fig. 1).</summary>
    public static ReportTable Prisma(PrismaFlow flow) => new(
        "prisma-flow",
        "PRISMA 2020 flow counts (empty: not reported)",
        ["stage", "source", "n", "note"],
        flow.Counts.Select(count => Cells(count.Stage, count.Source ?? "", count.N is { } n ? Number(n) : "", count.Note ?? "")).ToList());

    /// <summary>Every table above, in the order a reader meets them; the PRISMA counts only when a flow is given.</summary>
    public static IReadOnlyList<ReportTable> All(ReviewDataset dataset, PrismaFlow? flow = null) =>
    [
        CodingTable(dataset),
        CodeFrequencies(dataset),
        .. ContentAnalysis.PaperTables.Select(table => SummaryTable(dataset, table)),
        StudiesPerYear(dataset),
        StudiesPerYearByStakeholder(dataset),
        StakeholderShares(dataset),
        PolarityBalances(dataset),
        StakeholderPairs(dataset),
        Pathways(dataset),
        CodePairs(dataset),
        .. flow is null ? Array.Empty<ReportTable>() : [Prisma(flow)],
    ];

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Cells(params string[] cells) => cells.ToList();
}
