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
            "What percentage of the studies carry UO4 (test innovations and trigger changes), rounded as the paper rounds?",
            "`ContentAnalysis.CodeFrequencies(review)` has a row per code; its `RoundedPercent` rounds half away from zero.",
            data => Row(data, "UO4").RoundedPercent),
        new(
            "03.2",
            "If a 61st study carrying only UC3 were added, what would UC3's percentage become, to one decimal?",
            "both the count of UC3 and the number of studies grow by one: (n + 1) / (N + 1) × 100.",
            data =>
            {
                var row = Row(data, "UC3");
                return 100.0 * (row.N + 1) / (row.Studies + 1);
            },
            Tolerance: 0.05),
        new(
            "03.3",
            "Which stakeholder has the largest gap between its most and its least frequent opportunity (in studies)?",
            "group the opportunity rows of `ContentAnalysis.CodeFrequencies(review)` by `Code.Stakeholder` and take max(N) − min(N) in each group.",
            data => ContentAnalysis.CodeFrequencies(data.Dataset)
                .Where(row => row.Code.Polarity == Polarity.Opportunity)
                .GroupBy(row => row.Code.Stakeholder)
                .OrderByDescending(group => group.Max(row => row.N) - group.Min(row => row.N))
                .First().Key),
    ];

    private static CodeFrequency Row(ExerciseData data, string code) =>
        ContentAnalysis.CodeFrequencies(data.Dataset).Single(row => row.Code.Id == code);
}
