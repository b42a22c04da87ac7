using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>03-coding-and-counting</c>.</summary>
internal sealed class Notebook03Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "03.1",
            "What percentage of the studies carry both LO4 (increase employability) and EO1 (employers' demands), rounded as the paper rounds?",
            "a study counts once if it carries both codes; the denominator is still every included study. Round the way the paper's percentages are rounded.",
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
