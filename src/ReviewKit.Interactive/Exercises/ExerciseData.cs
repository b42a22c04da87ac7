using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Interactive;

/// <summary>What an exercise's answer is computed from: the dataset a notebook works on and, for agreement exercises, the coders.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Coders">The coders, first the dataset's own coding; null when the notebook has none.</param>
public sealed record ExerciseData(ReviewDataset Dataset, IReadOnlyList<Coder>? Coders = null)
{
    /// <summary>The coders, or an explanation of how to pass them.</summary>
    /// <exception cref="ArgumentException">No coders were given.</exception>
    public IReadOnlyList<Coder> RequireCoders(string exerciseId) =>
        Coders is { Count: >= 2 } coders
            ? coders
            : throw new ArgumentException($"Exercise {exerciseId} is about agreement between coders: pass them, Exercises.Check(\"{exerciseId}\", answer, review, coders).");
}
