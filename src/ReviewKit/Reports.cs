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

    /// <summary>
    /// One of the paper's Tables 1–8 recomputed: rank, code, label, n, the rounded percentage, and the 95% Wilson
    /// interval of the percentage, <c>ci_low</c> and <c>ci_high</c>, to one decimal.
    /// </summary>
    /// <example>Table 6 on the paper's data, first row ⇒ <c>1,UC1,…,55,92,81.9,96.4</c>.</example>
    public static ReportTable SummaryTable(ReviewDataset dataset, PaperTable table) => new(
        $"table-{table.Number}",
        $"Table {table.Number}: {Names.Of(table.Polarity).ToLowerInvariant()} for {Names.Of(table.Stakeholder).ToLowerInvariant()}",
        ["rank", "code", "label", "n", "percent", "ci_low", "ci_high"],
        ContentAnalysis.SummaryTable(dataset, table.Stakeholder, table.Polarity)
            .Select((row, index) => Cells(
                Number(index + 1),
                row.Code.Id,
                row.Code.TableLabel ?? row.Code.Label,
                Number(row.N),
                Number(row.RoundedPercent),
                OneDecimal(row.PercentLow),
                OneDecimal(row.PercentHigh)))
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

    /// <summary>Every table above, in the order a reader meets them.</summary>
    public static IReadOnlyList<ReportTable> All(ReviewDataset dataset) =>
    [
        CodingTable(dataset),
        CodeFrequencies(dataset),
        .. ContentAnalysis.PaperTables.Select(table => SummaryTable(dataset, table)),
        StudiesPerYear(dataset),
        StakeholderShares(dataset),
    ];

    /// <summary>
    /// Inter-coder agreement, one row per code and a last row <c>ALL</c>:
    /// <c>code,units,percent_agreement,cohen_kappa,pabak,fleiss_kappa,alpha,alpha_low,alpha_high</c>, numbers to four
    /// decimals, empty where a statistic does not apply (Cohen's kappa beyond two coders, Fleiss' kappa below three)
    /// or is undefined for the data. <c>units</c> counts the units every coder coded.
    /// </summary>
    public static ReportTable Agreement(IReadOnlyList<CodeAgreement> rows) => new(
        "agreement",
        "Agreement between coders per code and pooled (ALL)",
        ["code", "units", "percent_agreement", "cohen_kappa", "pabak", "fleiss_kappa", "alpha", "alpha_low", "alpha_high"],
        rows.Select(row => Cells(
                row.Code,
                Number(row.Units),
                Optional(row.PercentAgreement),
                Optional(row.CohenKappa),
                Optional(row.Pabak),
                Optional(row.FleissKappa),
                Optional(row.Alpha),
                Optional(row.AlphaInterval?.Low),
                Optional(row.AlphaInterval?.High)))
            .ToList());

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Optional(double? value) => value switch
    {
        null => "",
        { } number when Math.Round(number, 4) == 0 => "0", // not "-0"
        { } number => Number(number),
    };

    private static string OneDecimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Cells(params string[] cells) => cells.ToList();
}
