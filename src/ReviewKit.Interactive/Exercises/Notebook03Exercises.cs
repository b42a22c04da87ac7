using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Statistics;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>03-coding-and-counting</c>.</summary>
internal sealed class Notebook03Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "03.1",
            "Write a LINQ query: what percentage of the studies carry both LO4 (increase employability) and EO1 (employers' demands), "
                + "rounded to a whole percentage?",
            "a study counts once if it carries both codes; the denominator is still every included study. Round to the nearest whole "
                + "percentage, as section 1 says.",
            data =>
            {
                var both = data.Dataset.StudiesWith("LO4").Intersect(data.Dataset.StudiesWith("EO1"), StringComparer.Ordinal).Count();
                return PercentRounding.Rounded(100.0 * both / data.Dataset.Studies.Count);
            }),
        new(
            "03.2",
            "If a 61st study carrying only UC3 were added, what would UC3's percentage become, to one decimal?",
            "think about what a new study changes in a percentage of studies: the count of studies with the code, the number of studies, or both.",
            data =>
            {
                var row = Row(data, "UC3");
                return 100.0 * (row.N + 1) / (row.Studies + 1);
            },
            Tolerance: 0.05),
        new(
            "03.3",
            "Which stakeholder has the largest gap between its most and its least frequent opportunity (in studies)?",
            "work within one stakeholder at a time and with its opportunities only; the gap is between two of its counts.",
            data => ContentAnalysis.CodeFrequencies(data.Dataset)
                .Where(row => row.Code.Polarity == Polarity.Opportunity)
                .GroupBy(row => row.Code.Stakeholder)
                .OrderByDescending(group => group.Max(row => row.N) - group.Min(row => row.N))
                .First().Key) { Example = "Stakeholder.Learners" },
        new(
            "03.5",
            "Write a LINQ query: how many studies carry both UO6 and UO8?",
            "take the studies of each code as a set and keep those in both; a study counts once.",
            data => data.Dataset.StudiesWith("UO6").Intersect(data.Dataset.StudiesWith("UO8"), StringComparer.Ordinal).Count()),
        new(
            "03.6",
            "How many of the studies carry at least one government code?",
            "count studies, not code assignments: a study with several government codes counts once.",
            data => data.Dataset.Codings
                .Where(coding => data.Dataset.FindCode(coding.CodeId)?.Stakeholder == Stakeholder.Government)
                .Select(coding => coding.StudyId)
                .Distinct(StringComparer.Ordinal)
                .Count()),
        new(
            "03.7",
            "Call the library: what is the two-sided p-value of McNemar's exact test of LO1 against LO4, to two decimals?",
            "the test takes the dataset and the two codes; read the p-value of its result.",
            data => McNemar.Exact(data.Dataset, "LO1", "LO4").P,
            Tolerance: 0.005),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "03.4",
            "UC1 is carried by 92% of the studies. Does that make academic support the most important challenge institutions face? What does a count of studies measure, and what does it not?",
            "No. A count of studies measures how many of the included studies raise a theme, once each: its salience in this literature. It "
                + "says nothing about how severe the problem is, how often it occurs in institutions, or how much weight each study gives it "
                + "(one sentence and a whole chapter count the same). It also depends on choices before the count: which studies the search "
                + "and criteria let in, and how broad the code is. UC1 is broad (the legend names academic implementation and funding, Table 6 "
                + "academic support), and a broad code collects more studies than a narrow one. Importance would need other evidence, such as "
                + "surveys of institutions or the studies' own findings weighed by design."),
    ];

    private static CodeFrequency Row(ExerciseData data, string code) =>
        ContentAnalysis.CodeFrequencies(data.Dataset).Single(row => row.Code.Id == code);
}
