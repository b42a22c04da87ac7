namespace ReviewKit.Interactive;

/// <summary>The exercises of <c>00-overview</c>.</summary>
internal sealed class Notebook00Exercises : IExerciseSet
{
    public IEnumerable<Exercise> Exercises =>
    [
        new(
            "00.1",
            "How many of the included studies were published in 2019? Answer with a LINQ query on review.Studies, "
                + "e.g. review.Studies.Count(study => …), not with a number counted by eye.",
            "keep the studies whose Year is the one asked for and count them: Count takes that condition as a lambda, "
                + "a test of study.Year that is true or false for each study.",
            data => data.Dataset.Studies.Count(study => study.Year == 2019)),
    ];

    public IEnumerable<InterpretationQuestion> Questions => [];
}
