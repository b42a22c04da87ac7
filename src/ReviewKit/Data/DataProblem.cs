namespace ReviewKit.Data;

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
