namespace ReviewKit;

/// <summary>One problem found in a data file, located by file and line.</summary>
/// <param name="File">The file's name or path as the user gave it.</param>
/// <param name="Line">The 1-based line where the problem starts; 0 when it concerns the whole file.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record DataProblem(string File, int Line, string Message)
{
    /// <summary>
    /// The problem as <c>FILE:LINE: message</c>, or <c>FILE: message</c> when it concerns the whole file; control and
    /// invisible characters written as <c>\uXXXX</c> so that text from a data file cannot act on a terminal.
    /// </summary>
    public override string ToString() =>
        Line > 0 ? $"{VisibleText.Escape(File)}:{Line}: {VisibleText.Escape(Message)}" : $"{VisibleText.Escape(File)}: {VisibleText.Escape(Message)}";
}

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
