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
            "A copy of data/ gets the row JA01,XX9 added at the end of its codings.csv. Which line number does "
                + "ReviewDataset.Validate name? Make the copy in a folder of your own: Directory.CreateTempSubdirectory() gives "
                + "one, File.Copy copies each of the three files into it, File.AppendAllText adds the row; then call "
                + "ReviewDataset.Validate with the folder's path.",
            "run the validator on your copy and read its message; then ask yourself which line of a CSV file holds its first data row.",
            _ => ReviewDataset.Paper.Codings.Count + 2), // data/ is the paper's dataset, whatever layers the notebook runs on
        new(
            "01.2",
            "How many studies published in 2021 carry the code LO4 (increase employability)? Answer with a LINQ query: "
                + "review.StudiesWith(\"LO4\") gives the ids of the studies that carry LO4, and review.Studies gives each study's year.",
            "a coding row names its study but not the study's year: find the year in the studies table first. Count studies, not rows.",
            data =>
            {
                var in2021 = data.Dataset.Studies.Where(study => study.Year == 2021).Select(study => study.Id).ToHashSet(StringComparer.Ordinal);
                return data.Dataset.Codings.Count(coding => coding.CodeId == "LO4" && in2021.Contains(coding.StudyId));
            }),
        new(
            "01.3",
            "Which study carries the most codes? Give the ids as a list, e.g. [\"JA07\", \"JA08\"]: several ids if "
                + "there is a tie, one if there is none.",
            "a study's profile gathers all its codes across the four stakeholders; compare the profiles by how many codes they hold, and check for ties.",
            data =>
            {
                var profiles = ContentAnalysis.StudyProfiles(data.Dataset);
                var most = profiles.Max(profile => profile.Codes.Count);
                return profiles.Where(profile => profile.Codes.Count == most).Select(profile => profile.Study.Id).ToList();
            }) { Example = "[\"JA07\", \"JA08\"]" },
    ];

    public IEnumerable<InterpretationQuestion> Questions =>
    [
        new(
            "01.4",
            "Three groups of studies carry exactly the same codes. Does that make the paper's counts wrong? What would you ask the coders, and what check would settle it?",
            "Not by itself. A count is wrong only if a study carries a code its text does not support (or lacks one it does), and identical "
                + "profiles can happen when studies really make the same points. But identical profiles over 36 codes, by different authors in "
                + "different years, are unlikely under independent reading, so they suggest a template applied to similar papers. Ask the coders "
                + "for the passages that support each code in those studies, and have a second coder code them independently, without seeing the "
                + "first coding; then compare the two codings with an agreement statistic (notebook 07). If the second coding differs, the counts "
                + "of the codes concerned are uncertain by at least that much."),
    ];
}
