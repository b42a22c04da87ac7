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
            "Write a query over review.Codings that counts the studies raising at least one challenge and at least one opportunity of employers.",
            "keep the codings of employers' codes, then find for each study whether it has a coding of each polarity; count a study once, however many codes it carries.",
            data =>
            {
                var dataset = data.Dataset;
                return dataset.Codings
                    .Where(coding => dataset.CodeOf(coding).Stakeholder == Stakeholder.Employers)
                    .GroupBy(coding => coding.StudyId)
                    .Count(study => study.Select(coding => dataset.CodeOf(coding).Polarity).Distinct().Count() == 2);
            }),
        new(
            "04.3",
            "Which pair of codes of the same stakeholder has the highest phi? Write a query over StakeholderAnalysis.CodePairs(review) and give both codes, as [\"LO1\", \"LO2\"].",
            "phi and Jaccard rank pairs differently: keep the pairs whose two codes share a stakeholder and rank them by association, not overlap.",
            data => StakeholderAnalysis.CodePairs(data.Dataset)
                .Where(pair => pair.First.Stakeholder == pair.Second.Stakeholder && pair.Phi is not null)
                .OrderByDescending(pair => pair.Phi)
                .Select(pair => new[] { pair.First.Id, pair.Second.Id })
                .First()) { Example = "[\"LO1\", \"LO2\"]" },
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "04.4",
            "A ministry asks, on the strength of this review, which stakeholder has the most influence over micro-credentials and whether employers oppose them. Which parts of the question can this analysis answer, and what data would a stakeholder analysis need for the rest?",
            "This analysis can say how often the literature discusses each stakeholder and which opportunities and challenges it "
                + "attributes to each: employers' concerns (consistency, recognition) are raised in many studies, but so are their "
                + "opportunities, in more studies. It cannot say who has influence, nor whether employers oppose micro-credentials: the "
                + "codes record what authors wrote about a stakeholder, not the stakeholder's resources, power or stated position, and a "
                + "study's attention is not influence. For the rest a stakeholder analysis would collect data from and about the actors "
                + "themselves: interviews or surveys of employers, institutions, learners and officials on their positions and interests; "
                + "documents such as policies, funding decisions and accreditation rules for their resources and power; an "
                + "interest-influence grid rated by informed people; and, for relations, who works or negotiates with whom (for example a "
                + "network of actors). The answer to the ministry should separate what the literature says from what the actors do."),
    ];
}
