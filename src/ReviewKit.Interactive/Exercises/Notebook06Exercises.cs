using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>06-reproducibility-audit</c>.</summary>
internal sealed class Notebook06Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "06.1",
            "Read \"the last 3 years\" as 2019–2021 instead. What percentage of the studies were published then, to one decimal?",
            "`PublicationTrend.Share(review, 2019, 2021)`; then compare it with the paper's 71%.",
            data => PublicationTrend.Share(data.Dataset, 2019, 2021).Percent,
            Tolerance: 0.05),
        new(
            "06.2",
            "The text gives the hyphenated spelling as n = 42, 68% of 60 studies. Which whole counts out of 60 round to 68%? Give them as a list.",
            "try n = 40, 41, 42, … and round 100 · n / 60 half away from zero.",
            _ => Enumerable.Range(0, 61).Where(n => PercentRounding.Rounded(100.0 * n / 60) == 68).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()),
        new(
            "06.3",
            "How many pairs of studies differ by exactly one code, and that code a government code?",
            "filter `CodingDiagnostics.SimilarPairs(review)` to pairs with one difference and look its code up with `review.GetCode(...)`.",
            data => CodingDiagnostics.SimilarPairs(data.Dataset)
                .Count(pair => pair.Differences.Count == 1 && data.Dataset.GetCode(pair.Differences[0]).Stakeholder == Stakeholder.Government)),
    ];
}
