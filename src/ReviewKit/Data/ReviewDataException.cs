namespace ReviewKit.Data;

/// <summary>Thrown when a dataset cannot be loaded; carries every problem found, not only the first.</summary>
public sealed class ReviewDataException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ReviewDataException(IReadOnlyList<DataProblem> problems)
        : this(problems, problems.Count)
    {
    }

    internal ReviewDataException(ProblemLog log, IReadOnlyDictionary<string, int>? layerOf = null)
        : this(log.Sorted(layerOf), log.Count)
    {
    }

    private ReviewDataException(IReadOnlyList<DataProblem> problems, int count)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
        Count = count;
    }

    /// <summary>One exception for the problems of several loads, e.g. of the files of every layer.</summary>
    internal static ReviewDataException Combine(IReadOnlyList<ReviewDataException> failures) =>
        new([.. failures.SelectMany(failure => failure.Problems)], failures.Sum(failure => failure.Count));

    /// <summary>Every problem found, in file and line order; past the first 100 of a file, one line counts the rest.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>How many problems were found, listed or only counted.</summary>
    public int Count { get; }
}
