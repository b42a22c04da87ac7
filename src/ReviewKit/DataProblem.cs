namespace ReviewKit;

/// <summary>One problem found in a data file, located by file and line.</summary>
/// <param name="File">The file's name or path as the user gave it.</param>
/// <param name="Line">The 1-based line where the problem starts; 0 when it concerns the whole file.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record DataProblem(string File, int Line, string Message)
{
    /// <summary>The problem as <c>FILE:LINE: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown when a dataset cannot be loaded; carries every problem found, not only the first.</summary>
public sealed class ReviewDataException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ReviewDataException(IReadOnlyList<DataProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in file and line order.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }
}
