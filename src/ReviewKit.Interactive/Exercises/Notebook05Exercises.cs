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
            "05.1",
            "What percentage of the studies were published in the three years before the paper's 'last 3 years', 2017 to 2019, to one decimal?",
            "the part is the studies whose year falls in the span, ends included; the whole is every included study.",
            data => PublicationTrend.Share(data.Dataset, 2017, 2019).Percent,
            Tolerance: 0.05),
        new(
            "05.2",
            "A made-up review identified 90 records, removed 10 duplicates, screened 80, excluded 60, sought 20 reports, "
                + "could not retrieve 1, assessed 19 and excluded 8. How many reports should the 'included' box show for the flow to add up?",
            "the diagram is a chain of boxes: each box holds what the box above it passed on. Follow the chain down to the last box.",
            _ => FlowWithoutIncluded().Total(PrismaStage.ReportsAssessed)! - FlowWithoutIncluded().Total(PrismaStage.ReportsExcluded)!),
        new(
            "05.3",
            "In the made-up flow of section 3, suppose the 150 records screened are right and the number of duplicates removed is the wrong count. How many duplicates should it report?",
            "the equation the error message names holds whichever of its numbers is wrong: keep the ones you trust and solve it for the other.",
            _ => IdentifiedInTheMadeUpFlow - ScreenedInTheMadeUpFlow),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "05.4",
            "The text reports one count of the PRISMA flow: the 60 included studies. What can a reader not judge about the review because of that, and what should a review report?",
            "Without the other counts a reader cannot judge how wide the search was (records per database), how much was removed and why "
                + "(duplicates, abstracts excluded, reports not retrieved, full texts excluded with their reasons), or whether the selection could "
                + "have been biased; nor can anyone repeat the screening and compare. PRISMA 2020 asks for the counts of every box, the reasons "
                + "for exclusion at full text with their numbers, the search dates and full search strings for each database, so that the path "
                + "from records to included studies can be followed and checked."),
    ];

    private static PrismaFlow FlowWithoutIncluded() => PrismaFlow.Parse(
        "stage,source,n,note\ndatabase_results,,90,\nduplicates,,10,\nrecords_screened,,80,\nrecords_excluded,,60,\n"
        + "dbr_sought_reports,,20,\ndbr_notretrieved_reports,,1,\ndbr_assessed,,19,\ndbr_excluded,,8,\n");
}
