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
            "for each stakeholder, divide the n of its most frequent code by its assignments (`ContentAnalysis.StakeholderShares`).",
            data =>
            {
                var frequencies = ContentAnalysis.CodeFrequencies(data.Dataset);
                return ContentAnalysis.StakeholderShares(data.Dataset)
                    .Where(share => share.Assignments > 0)
                    .OrderByDescending(share => (double)frequencies.Where(row => row.Code.Stakeholder == share.Stakeholder).Max(row => row.N) / share.Assignments)
                    .First().Stakeholder;
            }),
        new(
            "04.2",
            "Which pair of codes of different stakeholders has the highest phi? Give both codes, e.g. [\"LO1\", \"EO1\"].",
            "filter `StakeholderAnalysis.CodePairs(review)` to pairs whose codes belong to different stakeholders and order by `Phi`.",
            data => StakeholderAnalysis.CodePairs(data.Dataset)
                .Where(pair => pair.First.Stakeholder != pair.Second.Stakeholder && pair.Phi is not null)
                .OrderByDescending(pair => pair.Phi)
                .Select(pair => new[] { pair.First.Id, pair.Second.Id })
                .First()),
        new(
            "04.3",
            "If UO5 (promote major education system reform) joined UO1 on the institutions' side of the learning pathway, how many studies would support the pathway?",
            "a study supports the pathway when it carries LO1, LO5 or LO6 and also UO1 or UO5; `StakeholderAnalysis.Support` counts a pathway of your own.",
            data =>
            {
                var learning = StakeholderAnalysis.Pathways.Single(pathway => pathway.Partner == Stakeholder.Learners);
                return StakeholderAnalysis.Support(data.Dataset, learning with { CodeIds = [.. learning.CodeIds, "UO5"] }).BothStudies;
            }),
    ];
}
