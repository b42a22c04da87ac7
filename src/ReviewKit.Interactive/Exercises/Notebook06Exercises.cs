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
            "Write a query over `audit` that gives the percentage of the checkable claims (every verdict but not derivable) "
                + "that reproduce (a match, or a match under another rounding) in the sections about the stakeholders, whose "
                + "names start with \"RQ2\". Pass the number your query computes, to one decimal.",
            "filter the claims by section first, then keep the checkable ones; the denominator is the checkable claims of "
                + "those sections, not all 58.",
            data =>
            {
                var checkable = ReproductionAudit.Run(data.Dataset, Claims.Paper)
                    .Where(check => check.Claim.Section.StartsWith("RQ2", StringComparison.Ordinal) && check.Verdict != Verdict.NotDerivable)
                    .ToList();
                return 100.0 * checkable.Count(check => check.Verdict is Verdict.Match or Verdict.MatchRounding) / checkable.Count;
            },
            Tolerance: 0.05),
        new(
            "06.4",
            "Suppose an update brings the review to 65 studies. Which whole counts of studies would the paper print as 68%? "
                + "Give them as a list, e.g. [\"40\"].",
            "try the counts near 68% of the studies one by one, and round each percentage half away from zero, as most of the paper's percentages are rounded.",
            _ => Enumerable.Range(0, StudiesInAnImaginedUpdate + 1)
                .Where(n => PercentRounding.Rounded(100.0 * n / StudiesInAnImaginedUpdate) == 68)
                .Select(n => n.ToString(CultureInfo.InvariantCulture))
                .ToList()) { Example = "[\"40\"]" },
        new(
            "06.5",
            "Of the pairs of studies that are exactly one code apart, how many differ by a challenge code (not an opportunity)?",
            "each such pair names the one code that differs; look that code up in the codebook and read its polarity.",
            data => CodingDiagnostics.SimilarPairs(data.Dataset)
                .Count(pair => pair.Differences.Count == 1 && data.Dataset.GetCode(pair.Differences[0]).Polarity == Polarity.Challenge)),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "06.3",
            "Of the six mismatches, which would you, as the paper's reviewer, ask the authors to correct, and which change what "
                + "a reader concludes? Argue from what each sentence is used for in the paper.",
            "All six should be corrected, but they weigh differently. The three counts that contradict their own percentages (EO3 "
                + "n = 42, EC1 n = 42, UO7 n = 7) are slips no conclusion rests on: the percentages beside them are right, and the "
                + "ranking of the codes is unchanged. The 71% of the publication trend (73% in the data) does not change the reading "
                + "that most studies are recent. Two change what a reader takes away. \"At most 15% … revenue or enrolment\" presents "
                + "revenue as a minor theme, while UO6 alone is carried by 30% of the studies and either code by 33%: the sentence "
                + "gives enrolment's figures under a wider label. \"Most papers reviewed after 2020 … COVID-19\" claims a majority "
                + "where the data give 48% of the studies of 2021–2022: a frequent theme of the recent literature, not the majority's. "
                + "Those two sentences need rewording to what the table shows, not only a corrected number."),
    ];
}
