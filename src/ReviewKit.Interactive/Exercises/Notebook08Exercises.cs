using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>08-extending-with-new-studies</c>; their answers are computed from the updated dataset.</summary>
internal sealed class Notebook08Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "08.1",
            "Add a sixth study to the update, carrying only UO1 and LO1. What would UO1's percentage become, to one decimal?",
            "UO1 gains one study and so does the denominator: (n + 1) / (studies + 1) × 100, with n and studies of the updated dataset.",
            data =>
            {
                var row = ContentAnalysis.CodeFrequencies(data.Dataset).Single(row => row.Code.Id == "UO1");
                return 100.0 * (row.N + 1) / (row.Studies + 1);
            },
            Tolerance: 0.05),
        new(
            "08.2",
            "A layer adds a new code LO7 and codes one study with it. What base n does DatasetComparison.Compare give LO7?",
            "a code the base dataset does not define is counted as carried by no study there.",
            data =>
            {
                const string newCode = "LO7";
                var codebook = "code,stakeholder,polarity,label\nLO1,Learners,Opportunity,Motivation\n";
                var studies = "study_id,authors,year\nS1,Smith,2023\n";
                var before = ReviewDataset.Parse(codebook, studies, "study_id,code\nS1,LO1\n");
                var after = ReviewDataset.Parse(codebook + newCode + ",Learners,Opportunity,Stackable credentials\n", studies, "study_id,code\nS1,LO1\nS1," + newCode + "\n");
                return DatasetComparison.Compare(before, after).Single(change => change.Code.Id == newCode).BaseN;
            }),
        new(
            "08.3",
            "In the updated dataset, how many of the studies published after 2022 carry at least one government code?",
            "keep the studies with Year > 2022 and look for codings whose code belongs to Stakeholder.Government.",
            data =>
            {
                var government = data.Dataset.Codebook.Where(code => code.Stakeholder == Stakeholder.Government).Select(code => code.Id).ToHashSet(StringComparer.Ordinal);
                var recent = data.Dataset.Studies.Where(study => study.Year > 2022).Select(study => study.Id).ToHashSet(StringComparer.Ordinal);
                return data.Dataset.Codings.Where(coding => recent.Contains(coding.StudyId) && government.Contains(coding.CodeId)).Select(coding => coding.StudyId).Distinct().Count();
            }),
    ];
}
