using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>08-extending-with-new-studies</c>; their answers are computed from the updated dataset.</summary>
internal sealed class Notebook08Exercises : IExerciseSet
{
    /// <summary>The codes of the study the learner's own layer adds in exercise 08.1.</summary>
    private static readonly string[] OwnStudyCodes = ["UO1", "LO1"];

    /// <summary>The study of the update whose source's selections exercise 08.5 counts.</summary>
    private const string SelectionsExerciseStudy = "JA63";

    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "08.1",
            "Write a layer and call the library: in a folder of your own, write a layer with one study, MY01 (2024), carrying UO1 "
                + "and LO1. Load it on top of the update (the folders of updatedLayers, then yours), compare after with it using "
                + "DatasetComparison.Compare, and give the ids of the codes whose rank changes, as a list such as [\"EC1\", \"EO1\"].",
            "a layer is a studies file and a codings file in a folder; load the update's folders and yours together, compare the "
                + "update with the result, and keep the rows whose rank moved, not those whose percentage moved.",
            data => RankChangesWithOneStudy(data.Dataset, OwnStudyCodes)) { Example = "[\"EC1\", \"EO1\"]" },
        new(
            "08.2",
            "A further layer adds one new study and a new code LO7 that only this study carries. A code the base does not define "
                + "counts as 0 there. What DeltaPoints does DatasetComparison.Compare give LO7 when it compares after with that "
                + "dataset, to one decimal?",
            "a change in points is the new percentage minus the base percentage; work out each side's percentage for LO7, and "
                + "remember which side's studies include the new one.",
            data => 100.0 / (data.Dataset.Studies.Count + 1),
            Tolerance: 0.05),
        new(
            "08.4",
            "In the updated dataset, what is government's share of all code assignments, as a percentage to one decimal?",
            "a share of assignments counts codings, not studies: the part is the stakeholder's codings, the whole is all codings of the updated dataset.",
            data => ContentAnalysis.StakeholderShares(data.Dataset).Single(share => share.Stakeholder == Stakeholder.Government).Percent,
            Tolerance: 0.05),
        new(
            "08.5",
            "In the project of section 5, how many selections does the source of the study JA63 hold? Count them in project with "
                + "the XML calls of this section (the source is the TextSource named by the study's id), rather than from the dataset.",
            "a source's selections are the PlainTextSelection elements directly inside its TextSource; the export writes one per "
                + "code of the study.",
            data => data.Dataset.Codings.Count(coding => coding.StudyId == SelectionsExerciseStudy)),
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "08.3",
            "UO1's percentage falls after the update. Count how many of the new studies carry UO1 and how many of the paper's "
                + "studies do, and compare the two rates. What does that comparison tell you about whether attention to new models "
                + "of pedagogy moved, what can it not tell you, and how would you report the change?",
            "The new studies' rate is 0 of 5, against 46 of the paper's 60 (77%). That difference is the whole of UO1's fall from "
                + "76.7% to 70.8%: no study lost the code, five joined without it, so the percentage is diluted. Whether attention "
                + "moved is a question about the new studies' rate, and five studies cannot answer it: a Wilson interval for 0 of 5 "
                + "runs from 0% to about 43%, and here the five are made up. New studies coded by someone else would add coder "
                + "differences on top. Report both versions with their denominators (46 of 60, 46 of 65) and the new studies' own "
                + "count (0 of 5), and say that a change of a few points from a small update is within what a handful of studies "
                + "can cause."),
    ];

    /// <summary>
    /// The codes whose competition rank ("1224") changes when one more study, carrying <paramref name="codes"/>, joins the dataset.
    /// Worked from the counts alone, apart from <see cref="DatasetComparison"/>, which the learner calls.
    /// </summary>
    private static List<string> RankChangesWithOneStudy(ReviewDataset dataset, IReadOnlyCollection<string> codes)
    {
        var before = ContentAnalysis.CodeFrequencies(dataset).ToDictionary(row => row.Code.Id, row => row.N, StringComparer.Ordinal);
        var after = before.ToDictionary(pair => pair.Key, pair => pair.Value + (codes.Contains(pair.Key) ? 1 : 0), StringComparer.Ordinal);
        static int Rank(Dictionary<string, int> counts, string code) => 1 + counts.Values.Count(n => n > counts[code]);
        return before.Keys.Where(code => Rank(before, code) != Rank(after, code)).ToList();
    }
}
