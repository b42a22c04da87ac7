using ReviewKit.Counting;
using ReviewKit.Prisma;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>05-search-screening-and-trend</c>.</summary>
internal sealed class Notebook05Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "05.1",
            "What percentage of the studies were published before 2020, to one decimal?",
            "count the studies with `Year < 2020` (or use `PublicationTrend.Share`) and divide by all studies.",
            data =>
            {
                var first = data.Dataset.Studies.Min(study => study.Year);
                return PublicationTrend.Share(data.Dataset, first, 2019).Percent;
            },
            Tolerance: 0.05),
        new(
            "05.2",
            "A made-up review identified 90 records, removed 10 duplicates, screened 80, excluded 60, sought 20 reports, "
                + "could not retrieve 1, assessed 19 and excluded 8. How many reports should the 'included' box show for the flow to add up?",
            "follow the boxes down: each is the one above it minus what was removed or excluded beside it.",
            _ => FlowWithoutIncluded().Total(PrismaStage.ReportsAssessed)! - FlowWithoutIncluded().Total(PrismaStage.ReportsExcluded)!),
        new(
            "05.3",
            "Write the paper's flow as a PRISMA2020 template and read it back. How many of its counts come back known?",
            "`PrismaFlow.FromPrisma2020Csv(PrismaFlow.Paper.ToPrisma2020Csv())`, then count the `Counts` whose `N` is not null.",
            _ => PrismaFlow.FromPrisma2020Csv(PrismaFlow.Paper.ToPrisma2020Csv()).Counts.Count(count => count.N is not null)),
    ];

    private static PrismaFlow FlowWithoutIncluded() => PrismaFlow.Parse(
        "stage,source,n,note\ndatabase_results,,90,\nduplicates,,10,\nrecords_screened,,80,\nrecords_excluded,,60,\n"
        + "dbr_sought_reports,,20,\ndbr_notretrieved_reports,,1,\ndbr_assessed,,19,\ndbr_excluded,,8,\n");
}
