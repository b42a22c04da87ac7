using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Stakeholders;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>04-stakeholder-analysis</c>.</summary>
internal sealed class Notebook04Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "04.1",
            "Which stakeholder has the largest share of its code assignments on its single most frequent code?",
            "a share needs a part and a whole for each stakeholder: decide which count is the part and which the whole, then compare the four shares.",
            data =>
            {
                var frequencies = ContentAnalysis.CodeFrequencies(data.Dataset);
                return ContentAnalysis.StakeholderShares(data.Dataset)
                    .Where(share => share.Assignments > 0)
                    .OrderByDescending(share => (double)frequencies.Where(row => row.Code.Stakeholder == share.Stakeholder).Max(row => row.N) / share.Assignments)
                    .First().Stakeholder;
            }) { Example = "Stakeholder.Learners" },
        new(
            "04.2",
            "Which pair of codes of the same stakeholder has the highest phi? Give both codes, e.g. [\"LO1\", \"LO2\"].",
            "phi and Jaccard rank pairs differently: keep the pairs whose two codes share a stakeholder and rank them by association, not overlap.",
            data => StakeholderAnalysis.CodePairs(data.Dataset)
                .Where(pair => pair.First.Stakeholder == pair.Second.Stakeholder && pair.Phi is not null)
                .OrderByDescending(pair => pair.Phi)
                .Select(pair => new[] { pair.First.Id, pair.Second.Id })
                .First()) { Example = "[\"LO1\", \"LO2\"]" },
        new(
            "04.3",
            "If UO5 (promote major education system reform) joined UO1 on the institutions' side of the learning pathway, how many studies would support the pathway?",
            "recall what makes a study support a pathway: a code on each side. Widening one side can only add studies; count them with the pathway's new definition.",
            data =>
            {
                var learning = StakeholderAnalysis.Pathways.Single(pathway => pathway.Partner == Stakeholder.Learners);
                return StakeholderAnalysis.Support(data.Dataset, learning with { CodeIds = [.. learning.CodeIds, "UO5"] }).BothStudies;
            }),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "04.4",
            "The support of each pathway rests on this project's reading of which codes belong to it. What does that mean for how the three numbers should be reported and read?",
            "The numbers are only as firm as the definitions behind them. A pathway's support is capped by its thinner side (the "
                + "qualification framework cannot exceed the studies carrying UC2), and adding or removing one code changes it, as exercise "
                + "04.3 shows. So each number should be reported with the codes that define the pathway and the reason for choosing them, and "
                + "with the result under other reasonable readings (a sensitivity analysis). A study that carries codes on both sides has not "
                + "necessarily described a pathway: co-occurrence in a study is not a link the study argues for. The numbers describe how often "
                + "the literature speaks to both stakeholders, not how strong or real a pathway is."),
    ];
}
