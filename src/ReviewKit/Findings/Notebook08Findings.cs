using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Prisma;

namespace ReviewKit.Findings;

/// <summary>
/// The sentences of notebook <c>08-extending-with-new-studies</c>, each with the computation that decides it: those
/// about the base data alone in <see cref="All"/>, those comparing the base with the update in <see cref="AboutTheUpdate"/>.
/// </summary>
public static class Notebook08Findings
{
    /// <summary>Every sentence of the notebook that states a number or a comparison about the base data alone.</summary>
    public static IReadOnlyList<Finding<ReviewInputs>> All { get; } =
    [
        new("base-size", "The base holds the paper's 60 studies and 865 codings", inputs =>
            new(inputs.Dataset.Studies.Count == 60 && inputs.Dataset.Codings.Count == 865,
                $"{inputs.Dataset.Studies.Count} studies, {inputs.Dataset.Codings.Count} codings")),
        new("ja03-loeckx", "the paper's JA03 is Loeckx (2016)", inputs =>
        {
            var study = Study(inputs.Dataset, "JA03");
            return new(study is { Year: 2016 } && study.Authors.StartsWith("Loeckx", StringComparison.Ordinal), Show(study, "JA03"));
        }),
        new("ja01-authors", "JA01 is the paper's study by Devedzic and Jovanovic", inputs =>
        {
            var study = Study(inputs.Dataset, "JA01");
            return new(study?.Authors == "Devedzic and Jovanovic", Show(study, "JA01"));
        }),
    ];

    /// <summary>Every sentence of the notebook that compares the base with the update.</summary>
    public static IReadOnlyList<Finding<UpdateData>> AboutTheUpdate { get; } =
    [
        new("new-studies", "The update adds five studies, JA61 to JA65, all published in 2023", update =>
        {
            var added = NewStudies(update);
            return new(
                added.Select(study => study.Id).SequenceEqual(["JA61", "JA62", "JA63", "JA64", "JA65"]) && added.All(study => study.Year == 2023),
                added.Count == 0 ? "no new study" : $"{added.Count} new: {string.Join(", ", added.Select(study => $"{study.Id} ({study.Year})"))}");
        }),
        new("sizes", "Base and layer together give 65 studies, the same 36 codes and 906 codings (865 + 41)", update =>
        {
            var (before, after) = (update.Base.Dataset, update.Updated.Dataset);
            return new(
                after.Studies.Count == 65 && before.Codebook.Count == 36 && after.Codebook.Count == 36 && before.Codings.Count == 865 && after.Codings.Count == 906,
                $"{after.Studies.Count} studies, {before.Codebook.Count} → {after.Codebook.Count} codes, {after.Codings.Count} codings ({before.Codings.Count} + {after.Codings.Count - before.Codings.Count})");
        }),
        new("go5-gains-most", "GO5 gains most: all five new studies carry it, 8 of 60 (13.3%) becomes 13 of 65 (20.0%), +6.7 points, rank 35 to 31", update =>
        {
            var rows = DatasetComparison.Compare(update.Base.Dataset, update.Updated.Dataset);
            var go5 = Row(rows, "GO5");
            var most = rows.MaxBy(row => row.DeltaPoints);
            return new(
                go5 is not null && most == go5 && go5.NewN - go5.BaseN == NewStudies(update).Count && Is(go5, 8, 60, 13, 65, 6.7, 35, 31),
                $"gains most: {Show(most)}");
        }),
        new("uo1-loses-most", "UO1 loses most without losing a study: 46 of 60 (76.7%) becomes 46 of 65 (70.8%), −5.9 points, rank 3 to 4", update =>
        {
            var rows = DatasetComparison.Compare(update.Base.Dataset, update.Updated.Dataset);
            var uo1 = Row(rows, "UO1");
            var most = rows.MinBy(row => row.DeltaPoints);
            return new(uo1 is not null && most == uo1 && Is(uo1, 46, 60, 46, 65, -5.9, 3, 4), $"loses most: {Show(most)}");
        }),
        new("lo1-falls", "LO1 falls the same way, −4.9 points, and no new study carries it", update =>
        {
            var lo1 = Row(DatasetComparison.Compare(update.Base.Dataset, update.Updated.Dataset), "LO1");
            return new(lo1 is not null && lo1.NewN == lo1.BaseN && Points(lo1) == -4.9, Show(lo1, "LO1"));
        }),
        new("ec1-falls", "EC1 falls too, −4.6 points, although one new study carries it: one in five is less than its 80%", update =>
        {
            var ec1 = Row(DatasetComparison.Compare(update.Base.Dataset, update.Updated.Dataset), "EC1");
            return new(
                ec1 is not null && ec1.NewN - ec1.BaseN == 1 && NewStudies(update).Count == 5 && Math.Round(ec1.BasePercent) == 80 && Points(ec1) == -4.6,
                Show(ec1, "EC1"));
        }),
        new("uc1-still-first", "UC1 is still the most frequent code, at 57 of 65 (87.7%, −4.0 points)", update =>
        {
            var uc1 = Row(DatasetComparison.Compare(update.Base.Dataset, update.Updated.Dataset), "UC1");
            return new(uc1 is { BaseRank: 1, NewRank: 1, NewN: 57, NewStudies: 65 } && Points(uc1) == -4.0, Show(uc1, "UC1"));
        }),
        new("rank-changes", "24 of the 36 codes change rank, most by one or two places", update =>
        {
            var rows = DatasetComparison.Compare(update.Base.Dataset, update.Updated.Dataset);
            var moved = rows.Where(row => row.RankChange != 0).ToList();
            var byOneOrTwo = moved.Count(row => Math.Abs(row.RankChange) <= 2);
            return new(
                moved.Count == 24 && rows.Count == 36 && 2 * byOneOrTwo > moved.Count,
                $"{moved.Count} of {rows.Count} change rank, {byOneOrTwo} of them by one or two places");
        }),
        new("top-unchanged", "the top of the table, UC1 and EC1, does not change", update =>
        {
            var rows = DatasetComparison.Compare(update.Base.Dataset, update.Updated.Dataset);
            var top = rows.Where(row => row.BaseRank <= 2 || row.NewRank <= 2).OrderBy(row => row.NewRank).ToList();
            return new(
                Row(rows, "UC1") is { BaseRank: 1, NewRank: 1 } && Row(rows, "EC1") is { BaseRank: 2, NewRank: 2 } && top.Count == 2,
                string.Join("; ", top.Select(Show)));
        }),
        new("gc1-go5-grow", "GC1 and GO5 grow, since four and five of the new studies carry them; GC1 is now in 32 of 65 studies", update =>
        {
            var rows = DatasetComparison.Compare(update.Base.Dataset, update.Updated.Dataset);
            var (gc1, go5) = (Row(rows, "GC1"), Row(rows, "GO5"));
            return new(
                gc1 is { NewN: 32, NewStudies: 65 } && gc1.NewN - gc1.BaseN == 4 && gc1.DeltaPoints > 0
                    && go5 is not null && go5.NewN - go5.BaseN == 5 && go5.DeltaPoints > 0,
                $"{Show(gc1, "GC1")}; {Show(go5, "GO5")}");
        }),
        new("flow-update", "the flow is an update: 60 previous and 5 new studies make the 65 of the total, the studies of the base and of the updated dataset", update =>
        {
            var flow = update.Updated.Flow;
            var (previous, added, total) = (flow?.Total(PrismaStage.PreviousStudies), flow?.Total(PrismaStage.NewStudies), flow?.Total(PrismaStage.TotalStudies));
            return new(
                flow is { IsUpdate: true } && previous == 60 && added == 5 && total == 65
                    && previous == update.Base.Dataset.Studies.Count && total == update.Updated.Dataset.Studies.Count,
                flow is null
                    ? "no flow"
                    : $"flow: previous {PrismaFlow.Show(previous)} + new {PrismaFlow.Show(added)} = total {PrismaFlow.Show(total)}; data {update.Base.Dataset.Studies.Count} and {update.Updated.Dataset.Studies.Count} studies");
        }),
    ];

    private static Study? Study(ReviewDataset dataset, string id) => dataset.Studies.FirstOrDefault(study => study.Id == id);

    private static string Show(Study? study, string id) => study is null ? $"no study {id}" : $"{study.Id}: {study.Authors} ({study.Year})";

    /// <summary>The studies of the updated dataset that the base does not hold, in the updated dataset's order.</summary>
    private static List<Study> NewStudies(UpdateData update)
    {
        var known = update.Base.Dataset.Studies.Select(study => study.Id).ToHashSet(StringComparer.Ordinal);
        return update.Updated.Dataset.Studies.Where(study => !known.Contains(study.Id)).ToList();
    }

    private static CodeChange? Row(IReadOnlyList<CodeChange> rows, string code) => rows.FirstOrDefault(row => row.Code.Id == code);

    private static double Points(CodeChange row) => Math.Round(row.DeltaPoints, 1);

    private static bool Is(CodeChange row, int baseN, int baseStudies, int newN, int newStudies, double points, int baseRank, int newRank) =>
        row.BaseN == baseN && row.BaseStudies == baseStudies && row.NewN == newN && row.NewStudies == newStudies
        && Points(row) == points && row.BaseRank == baseRank && row.NewRank == newRank;

    private static string Show(CodeChange? row, string code) => row is null ? $"no code {code}" : Show(row);

    private static string Show(CodeChange? row) => row is null
        ? "no code"
        : FormattableString.Invariant(
            $"{row.Code.Id} {row.BaseN} of {row.BaseStudies} ({row.BasePercent:0.0}%) → {row.NewN} of {row.NewStudies} ({row.NewPercent:0.0}%), {row.DeltaPoints:+0.0;−0.0;0.0} points, rank {row.BaseRank} → {row.NewRank}");
}
