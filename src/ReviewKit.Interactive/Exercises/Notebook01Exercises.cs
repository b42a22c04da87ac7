using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>01-the-coding-table</c>.</summary>
internal sealed class Notebook01Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "01.1",
            "Which study carries the fewest codes? Give its id, e.g. \"JA07\" (several ids in a list if there is a tie).",
            "order `profiles` by `Codes.Count`; the first profile has the fewest codes, and `CodesFor` shows them per stakeholder.",
            data =>
            {
                var profiles = ContentAnalysis.StudyProfiles(data.Dataset);
                var fewest = profiles.Min(profile => profile.Codes.Count);
                return profiles.Where(profile => profile.Codes.Count == fewest).Select(profile => profile.Study.Id).ToList();
            }),
        new(
            "01.2",
            "How many studies published in 2021 carry the code LO4 (increase employability)?",
            "join `review.Codings` with `review.Studies` on the study id, keep the year 2021 and the code LO4, and count.",
            data =>
            {
                var in2021 = data.Dataset.Studies.Where(study => study.Year == 2021).Select(study => study.Id).ToHashSet(StringComparer.Ordinal);
                return data.Dataset.Codings.Count(coding => coding.CodeId == "LO4" && in2021.Contains(coding.StudyId));
            }),
        new(
            "01.3",
            "A copy of data/ gets the row JA01,XX9 added at the end of its codings.csv. Which line number does ReviewDataset.Validate name?",
            "the header is line 1 and every coding is one line after it; or make the copy, run `ReviewDataset.Validate` on it and read the number after the file name.",
            _ => ReviewDataset.Paper.Codings.Count + 2), // data/ is the paper's dataset, whatever layers the notebook runs on
    ];
}
