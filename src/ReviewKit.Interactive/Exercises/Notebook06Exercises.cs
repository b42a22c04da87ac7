using System.Globalization;
using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>06-reproducibility-audit</c>.</summary>
internal sealed class Notebook06Exercises : IExerciseSet
{
    private const int StudiesInAnImaginedUpdate = 65;

    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "06.1",
            "Read \"the last 3 years\" as 2019–2021 instead. What percentage of the studies were published then, to one decimal?",
            "the reading changes the span, not the method: count the studies in the span, ends included, out of all studies.",
            data => PublicationTrend.Share(data.Dataset, 2019, 2021).Percent,
            Tolerance: 0.05),
        new(
            "06.2",
            "Suppose an update brings the review to 65 studies. Which whole counts of studies would the paper print as 68%? Give them as a list, e.g. [\"40\"].",
            "try the counts near 68% of the studies one by one, and round each percentage as the paper rounds (half away from zero).",
            _ => Enumerable.Range(0, StudiesInAnImaginedUpdate + 1)
                .Where(n => PercentRounding.Rounded(100.0 * n / StudiesInAnImaginedUpdate) == 68)
                .Select(n => n.ToString(CultureInfo.InvariantCulture))
                .ToList()) { Example = "[\"40\"]" },
        new(
            "06.3",
            "Of the pairs of studies that are exactly one code apart, how many differ by a challenge code (not an opportunity)?",
            "each such pair names the one code that differs; look that code up in the codebook and read its polarity.",
            data => CodingDiagnostics.SimilarPairs(data.Dataset)
                .Count(pair => pair.Differences.Count == 1 && data.Dataset.GetCode(pair.Differences[0]).Polarity == Polarity.Challenge)),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "06.4",
            "The text says \"About 42% … (n = 42)\" for EO3, and the appendix gives 25 studies. Which number is more likely wrong, the n or the percentage, and how would you decide? Should the data be changed to agree?",
            "The n. 25 of 60 studies is 41.7%, which the paper's rounding prints as 42%, so the percentage agrees with the appendix; 42 "
                + "studies would be 70%. An n that repeats the percentage's figure is the mark of a number copied into the wrong place. To "
                + "decide, recount from the primary record (the coding table, and behind it the studies), check whether the n is consistent "
                + "with its own percentage and with the text elsewhere, and, where it matters, ask the authors. The data should not be changed "
                + "to agree with the text: the coding table is the evidence, and the discrepancy is reported, with the reason it is most likely a slip."),
    ];
}
