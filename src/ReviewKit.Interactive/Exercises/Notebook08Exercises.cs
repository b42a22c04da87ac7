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
            "start from UO1's count and the number of studies in the updated dataset, not the paper's; then ask which of the two the new study changes.",
            data =>
            {
                var row = ContentAnalysis.CodeFrequencies(data.Dataset).Single(row => row.Code.Id == "UO1");
                return 100.0 * (row.N + 1) / (row.Studies + 1);
            },
            Tolerance: 0.05),
        new(
            "08.2",
            "A further layer adds one new study and a new code LO7 that only this study carries. What delta_points does DatasetComparison.Compare give LO7, to one decimal?",
            "a change in points is the new percentage minus the base percentage; work out what each is for a code the base dataset does not define.",
            data => 100.0 / (data.Dataset.Studies.Count + 1),
            Tolerance: 0.05),
        new(
            "08.3",
            "In the updated dataset, what is government's share of all code assignments, as a percentage to one decimal?",
            "a share of assignments counts codings, not studies: the part is the stakeholder's codings, the whole is all codings of the updated dataset.",
            data => ContentAnalysis.StakeholderShares(data.Dataset).Single(share => share.Stakeholder == Stakeholder.Government).Percent,
            Tolerance: 0.05),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "08.4",
            "After the update, UO1 falls from 76.7% to 70.8% of the studies without losing a study. How should a reader compare percentages between the original review and its update?",
            "With both the n and the denominator. A percentage of studies falls whenever studies join that do not carry the code: UO1's drop "
                + "is dilution by five new studies, not a sign that the literature cares less about new pedagogy. To say whether attention moved, "
                + "compare the new studies' own rate with the old one (here 0 of 5 against 46 of 60), remember that five studies give a very "
                + "wide interval, and report counts with their denominators (46 of 60, 46 of 65). A change of a few points from a small update "
                + "is within what one or two studies can cause, and new studies coded by someone else add coder differences on top."),
    ];
}
