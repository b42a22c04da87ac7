using ReviewKit.Counting;
using ReviewKit.Prisma;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>05-search-screening-and-trend</c>.</summary>
internal sealed class Notebook05Exercises : IExerciseSet
{
    private const int ScreenedInTheMadeUpFlow = 150;
    private const int IdentifiedInTheMadeUpFlow = 120 + 80;

    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "05.2",
            "A made-up review identified 90 records, removed 10 duplicates, screened 80, excluded 60, sought 20 reports, "
                + "could not retrieve 1, assessed 19 and excluded 8. How many reports should the 'included' box show for the flow to add up?",
            "the diagram is a chain of boxes: each box holds what the box above it passed on. Follow the chain down to the last box.",
            _ => FlowWithoutIncluded().Total(PrismaStage.ReportsAssessed)! - FlowWithoutIncluded().Total(PrismaStage.ReportsExcluded)!),
        new(
            "05.3",
            "In the made-up flow of section 3, suppose the 150 records screened are right and the number of duplicates removed "
                + "is the wrong count. How many duplicates should it report?",
            "the equation the error message names holds whichever of its numbers is wrong: keep the ones you trust and solve it for the other.",
            _ => IdentifiedInTheMadeUpFlow - ScreenedInTheMadeUpFlow),
        new(
            "05.4",
            "A colleague fills three empty cells of the paper's template, PrismaFlow.Paper.ToPrisma2020Csv(): dbr_sought_reports 60, "
                + "dbr_notretrieved_reports 0 and dbr_assessed 60 (made-up numbers). Predict how many of the flow's stages are reported "
                + "when the filled template is read back, then check it: fill the cells, read the text with PrismaFlow.FromPrisma2020Csv "
                + "and count the stages of PrismaStages.All whose Total is not null.",
            "an empty cell is not reported; a 0 is read as a count only when the other counts of a sum it belongs to are reported "
                + "and balance. Count the stages the paper's template already reports too.",
            _ => StagesReportedAfterFilling()),
        new(
            "05.5",
            "What percentage of the studies were published from 2017 to 2019, the three years before the paper's 'last 3 years', "
                + "to one decimal? Compute it with a LINQ query on review.Studies rather than from numbers read off a table.",
            "the part is the studies whose year falls in the span, ends included; the whole is every included study.",
            data => PublicationTrend.Share(data.Dataset, 2017, 2019).Percent,
            Tolerance: 0.05),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "05.1",
            "The text this project holds gives one count of the PRISMA flow, the 60 included studies; the paper's Fig. 1, which "
                + "\"depicts the database search and results in detail\", is an image whose counts are not in that text. What can you "
                + "not check from the text alone, where would you look, and what would you do with the counts once you had them?",
            "From the text alone you cannot check how wide the search was (records per database), how many records were removed "
                + "at each stage and why (duplicates, abstracts excluded, reports not retrieved, full texts excluded with their reasons), "
                + "or whether the boxes add up to the 60 included studies. That is a gap in our copy, not a finding about the paper: "
                + "the counts are very probably in Fig. 1. Look at the figure in the published article (the journal's page or the PDF), "
                + "and read the counts off it. Then enter them in a prisma.csv of a layer of your own, leaving empty any box the figure "
                + "does not give, and let the library check that the boxes add up, as in section 3. Only if the figure lacks a count "
                + "that PRISMA 2020 asks for (every box, the reasons for exclusion at full text with their numbers) is it a gap in "
                + "the paper's reporting, and then you would say so and ask the authors."),
    ];

    /// <summary>The cells the colleague of exercise 05.4 fills in the paper's template, by the template's data column.</summary>
    private static readonly Dictionary<string, string> FilledCells = new(StringComparer.Ordinal)
    {
        ["dbr_sought_reports"] = "60",
        ["dbr_notretrieved_reports"] = "0",
        ["dbr_assessed"] = "60",
    };

    /// <summary>The stages reported once <see cref="FilledCells"/> are written into the paper's exported template (its count is a row's last field, empty there).</summary>
    private static int StagesReportedAfterFilling()
    {
        var rows = PrismaFlow.Paper.ToPrisma2020Csv().Split('\n')
            .Select(row => row.IndexOf(',') is > 0 and var comma && FilledCells.TryGetValue(row[..comma], out var n) ? row + n : row);
        var filled = PrismaFlow.FromPrisma2020Csv(string.Join('\n', rows));
        return PrismaStages.All.Count(stage => filled.Total(stage) is not null);
    }

    private static PrismaFlow FlowWithoutIncluded() => PrismaFlow.Parse(
        "stage,source,n,note\ndatabase_results,,90,\nduplicates,,10,\nrecords_screened,,80,\nrecords_excluded,,60,\n"
        + "dbr_sought_reports,,20,\ndbr_notretrieved_reports,,1,\ndbr_assessed,,19,\ndbr_excluded,,8,\n");
}
