using System.Globalization;
using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Prisma;
using ReviewKit.Reliability;
using ReviewKit.Stakeholders;

namespace ReviewKit.Presentation;

/// <summary>The tables a reproduction writes, built from a dataset by the counting functions.</summary>
public static class Reports
{
    /// <summary>One row per code: <c>code,stakeholder,polarity,label,n,percent</c>, in codebook order; stakeholders by the names the charts use, in CSV by the data files' names (see <see cref="ReportTable.StakeholderColumns"/>).</summary>
    /// <remarks>percent is the exact 100 · n / studies, written with up to four decimals (55 of 60 ⇒ 91.6667).</remarks>
    public static ReportTable CodeFrequencies(ReviewDataset dataset) => new(
        "code-frequencies",
        $"Frequency of every code across {dataset.Studies.Count} studies",
        ["code", "stakeholder", "polarity", "label", "n", "percent"],
        ContentAnalysis.CodeFrequencies(dataset)
            .Select(row => Cells(row.Code.Id, Names.Of(row.Code.Stakeholder), row.Code.Polarity.ToString(), row.Code.Label, Number(row.N), Number(row.Percent)))
            .ToList())
        { StakeholderColumns = ["stakeholder"] };

    /// <summary>
    /// One of the paper's Tables 1–8 recomputed: rank, code, label, n, the rounded percentage, and the 95% Wilson
    /// interval of the percentage, <c>ci_low</c> and <c>ci_high</c>, to one decimal. Tied codes share a rank
    /// (competition ranking, as <see cref="DatasetComparison.Compare"/> ranks).
    /// </summary>
    /// <example>Table 6 on the paper's data, first row ⇒ <c>1,UC1,…,55,92,81.9,96.4</c>; Table 7's GO5 and GO6, 8 studies each, both rank 5.</example>
    public static ReportTable SummaryTable(ReviewDataset dataset, PaperTable table)
    {
        var rows = ContentAnalysis.SummaryTable(dataset, table.Stakeholder, table.Polarity);
        return new(
            $"table-{table.Number}",
            $"Table {table.Number}: {Names.Of(table.Polarity).ToLowerInvariant()} for {Names.Of(table.Stakeholder).ToLowerInvariant()}",
            ["rank", "code", "label", "n", "percent", "ci_low", "ci_high"],
            rows
                .Select(row => Cells(
                    Number(1 + rows.Count(other => other.N > row.N)),
                    row.Code.Id,
                    row.Code.TableLabel ?? row.Code.Label,
                    Number(row.N),
                    Number(row.RoundedPercent),
                    OneDecimal(row.PercentLow),
                    OneDecimal(row.PercentHigh)))
                .ToList());
    }

    /// <summary>
    /// Code frequencies before and after: <c>code,base_n,base_percent,new_n,new_percent,delta_points,base_rank,new_rank</c>,
    /// in codebook order (see <see cref="DatasetComparison.Compare"/> for the ranking rule).
    /// </summary>
    public static ReportTable Comparison(ReviewDataset baseDataset, ReviewDataset newDataset) => new(
        "code-comparison",
        $"Code frequencies: base ({baseDataset.Studies.Count} studies) and new ({newDataset.Studies.Count} studies)",
        ["code", "base_n", "base_percent", "new_n", "new_percent", "delta_points", "base_rank", "new_rank"],
        DatasetComparison.Compare(baseDataset, newDataset)
            .Select(row => Cells(row.Code.Id, Number(row.BaseN), Number(row.BasePercent), Number(row.NewN), Number(row.NewPercent), Points(row.DeltaPoints), Number(row.BaseRank), Number(row.NewRank)))
            .ToList());

    /// <summary>Studies per publication year.</summary>
    public static ReportTable StudiesPerYear(ReviewDataset dataset) => new(
        "studies-per-year",
        "Included studies per publication year",
        ["year", "studies"],
        ContentAnalysis.StudiesPerYear(dataset).Select(row => Cells(Number(row.Year), Number(row.Published))).ToList());

    /// <summary>Each stakeholder's share of all code assignments and the studies that code it.</summary>
    public static ReportTable StakeholderShares(ReviewDataset dataset) => new(
        "stakeholder-shares",
        "Each stakeholder's share of all code assignments",
        ["stakeholder", "assignments", "percent_of_assignments", "studies", "percent_of_studies"],
        ContentAnalysis.StakeholderShares(dataset)
            .Select(row => Cells(
                Names.Of(row.Stakeholder),
                Number(row.Assignments),
                Number(row.Percent),
                Number(row.StudiesCoding),
                Number(new Share(row.StudiesCoding, row.Studies).Percent)))
            .ToList())
        { StakeholderColumns = ["stakeholder"] };

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
            .Select(row => Cells(Names.Of(row.Stakeholder), Number(row.Challenges), Number(row.Opportunities), Number(row.ChallengeCodes), Number(row.OpportunityCodes), Number(row.ChallengePercent)))
            .ToList())
        { StakeholderColumns = ["stakeholder"] };

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
        StakeholderAnalysis.StakeholderPairs(dataset).Select(pair => Cells(Names.Of(pair.First), Names.Of(pair.Second), Number(pair.CodingBoth))).ToList())
        { StakeholderColumns = ["stakeholder_a", "stakeholder_b"] };

    /// <summary>The paper's three pathways and the studies that support them (Fig. 3).</summary>
    public static ReportTable Pathways(ReviewDataset dataset) => new(
        "pathways",
        "The three pathways of the Discussion and the studies that carry their codes",
        ["pathway", "partner", "codes", "partner_studies", "institution_studies", "both_studies"],
        StakeholderAnalysis.PathwaySupports(dataset)
            .Select(row => Cells(row.Pathway.Name, Names.Of(row.Pathway.Partner), string.Join(" ", row.Pathway.CodeIds), Number(row.PartnerStudies), Number(row.InstitutionStudies), Number(row.BothStudies)))
            .ToList())
        { StakeholderColumns = ["partner"] };

    /// <summary>Per year, the studies that carry each stakeholder's codes.</summary>
    public static ReportTable StudiesPerYearByStakeholder(ReviewDataset dataset) => new(
        "studies-per-year-by-stakeholder",
        "Studies per year that carry each stakeholder's codes",
        ["year", "stakeholder", "studies"],
        PublicationTrend.ByStakeholder(dataset).Select(row => Cells(Number(row.Year), Names.Of(row.Stakeholder), Number(row.StudiesCoding))).ToList())
        { StakeholderColumns = ["stakeholder"] };

    /// <summary>The counts of a PRISMA flow, unknown counts empty (Fig. 1).</summary>
    public static ReportTable Prisma(PrismaFlow flow) => new(
        "prisma-flow",
        "PRISMA 2020 flow counts (empty: not reported)",
        ["stage", "source", "n", "note"],
        flow.Counts.Select(count => Cells(PrismaStages.NameOf(count.Stage), count.Source ?? "", count.N is { } n ? Number(n) : "", count.Note ?? "")).ToList());

    /// <summary>
    /// Each claim checked against the dataset: <c>claim_id,quantity,reported_n,reported_percent,computed_n,computed_percent,verdict,note</c>.
    /// </summary>
    /// <remarks>computed_percent is exact to four decimals (44 of 60 ⇒ 73.3333); cells the quantity has no value for stay empty.</remarks>
    public static ReportTable Audit(ReviewDataset dataset, IReadOnlyList<Claim> claims) => new(
        "reproduction-audit",
        $"Reproduction audit: {claims.Count} claims of the paper checked against the coding table",
        ["claim_id", "quantity", "reported_n", "reported_percent", "computed_n", "computed_percent", "verdict", "note"],
        ReproductionAudit.Run(dataset, claims)
            .Select(check => Cells(
                check.Claim.Id,
                check.Claim.Quantity.Text,
                Optional(check.Claim.ReportedN),
                Optional(check.Claim.ReportedPercent),
                Optional(check.ComputedN),
                check.ComputedPercent is { } percent ? Number(percent) : "",
                ReproductionAudit.Name(check.Verdict),
                check.Note))
            .ToList());

    /// <summary>Claims as <c>claims.csv</c> lays them out: <c>claim_id,section,quote,quantity,reported_n,reported_percent,reported_bound,part_of,reading</c>.</summary>
    public static ReportTable ClaimTable(IReadOnlyList<Claim> claims) => new(
        "claims",
        $"{claims.Count} numbers the paper states",
        ["claim_id", "section", "quote", "quantity", "reported_n", "reported_percent", "reported_bound", "part_of", "reading"],
        claims
            .Select(claim => Cells(
                claim.Id,
                claim.Section,
                claim.Quote,
                claim.Quantity.Text,
                Optional(claim.ReportedN),
                Optional(claim.ReportedPercent),
                claim.ReportedBound?.Text ?? "",
                claim.PartOf ?? "",
                claim.Reading ?? ""))
            .ToList());

    /// <summary>The claims checked against each other (<see cref="ReproductionAudit.CheckText"/>): <c>kind,claims,verdict,note</c>.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="studies">The number of studies the text says it reviewed.</param>
    public static ReportTable TextChecks(IReadOnlyList<Claim> claims, int studies) => new(
        "text-checks",
        $"The paper's numbers checked against each other ({studies} studies)",
        ["kind", "claims", "verdict", "note"],
        ReproductionAudit.CheckText(claims, studies)
            .Select(check => Cells(ReproductionAudit.Name(check.Kind), string.Join(" ", check.ClaimIds), ReproductionAudit.Name(check.Verdict), check.Note))
            .ToList());

    /// <summary>
    /// The tables a reproduction writes, in the order a reader meets them: the coding table, the frequencies, Tables 1–8,
    /// the trend, the stakeholder analysis, the PRISMA counts when there is a flow, and the audit of the claims: the same
    /// claims <c>audit</c> and notebook 06 check (<see cref="ReviewInputs"/>).
    /// </summary>
    public static IReadOnlyList<ReportTable> All(ReviewInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (dataset, flow) = (inputs.Dataset, inputs.Flow);
        return
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
        Audit(dataset, inputs.Claims),
    ];
    }

    /// <summary>
    /// Inter-coder agreement, one row per code and a last row <c>ALL</c>:
    /// <c>code,units,percent_agreement,cohen_kappa,pabak,fleiss_kappa,alpha,alpha_low,alpha_high,note,gwet_ac1</c>, numbers
    /// to four decimals, empty where a statistic does not apply (Cohen's kappa beyond two coders, Fleiss' kappa below three)
    /// or is undefined for the data. <c>units</c> counts the units every coder coded; <c>note</c> says, in words, when a
    /// code is too rare, too common or too uniform for kappa and alpha to mean anything (<see cref="CodeAgreement.Note"/>);
    /// Gwet's AC1 stays the last column.
    /// </summary>
    public static ReportTable Agreement(AgreementResult agreement) => new(
        "agreement",
        "Agreement between coders per code and pooled (ALL)",
        ["code", "units", "percent_agreement", "cohen_kappa", "pabak", "fleiss_kappa", "alpha", "alpha_low", "alpha_high", "note", "gwet_ac1"],
        agreement.Rows.Select(row => Cells(
                row.Code,
                Number(row.CompleteUnits),
                Optional(row.PercentAgreement),
                Optional(row.CohenKappa),
                Optional(row.Pabak),
                Optional(row.FleissKappa),
                Optional(row.Alpha),
                Optional(row.AlphaInterval?.Low),
                Optional(row.AlphaInterval?.High),
                row.Note,
                Optional(row.GwetAc1)))
            .ToList());

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A difference to four decimals, never written as "-0".</summary>
    private static string Points(double value)
    {
        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        return Number(rounded == 0 ? 0 : rounded);
    }

    private static string Optional(int? value) => value is { } number ? Number(number) : "";
    private static string Optional(double? value) => value switch
    {
        null => "",
        { } number when Math.Round(number, 4) == 0 => "0", // not "-0"
        { } number => Number(number),
    };

    private static string OneDecimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Cells(params string[] cells) => cells.ToList();
}
