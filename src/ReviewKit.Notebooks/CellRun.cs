namespace ReviewKit.Notebooks;

/// <summary>The kind of a notebook cell, as written in the .ipynb file.</summary>
public enum CellKind
{
    /// <summary>A code cell, submitted to the kernel named by <see cref="CellRun.Language"/>.</summary>
    Code,

    /// <summary>A markdown cell; never executed and kept untouched.</summary>
    Markdown,

    /// <summary>A raw cell; never executed and kept untouched.</summary>
    Raw,
}

/// <summary>What happened to a cell during a run.</summary>
public enum CellStatus
{
    /// <summary>The code cell ran without a failure.</summary>
    Succeeded,

    /// <summary>The code cell failed to compile or threw; see <see cref="CellRun.Error"/>.</summary>
    Failed,

    /// <summary>The code cell was not run because an earlier cell failed.</summary>
    NotRun,

    /// <summary>The cell is markdown or raw text, which is not executed.</summary>
    NotExecutable,
}

/// <summary>The result of one cell of a notebook run.</summary>
/// <param name="Index">Zero-based position of the cell in the notebook.</param>
/// <param name="Kind">Code, markdown or raw.</param>
/// <param name="Language">The kernel name of a code cell (<c>csharp</c>), or <c>markdown</c> / <c>raw</c>.</param>
/// <param name="Status">Whether the cell succeeded, failed, was not run, or is not executable.</param>
/// <param name="Error">The failure message (compiler diagnostics or exception with stack trace), or <see langword="null"/>.</param>
/// <param name="Outputs">The cell's outputs in the order they were produced.</param>
/// <param name="Elapsed">Time spent executing the cell; zero for cells that were not executed.</param>
public sealed record CellRun(
    int Index,
    CellKind Kind,
    string Language,
    CellStatus Status,
    string? Error,
    IReadOnlyList<CellOutput> Outputs,
    TimeSpan Elapsed)
{
    /// <summary>Whether the cell failed.</summary>
    public bool Failed => Status == CellStatus.Failed;

    /// <summary>Whether the cell was submitted to the kernel (succeeded or failed).</summary>
    public bool Executed => Status is CellStatus.Succeeded or CellStatus.Failed;
}
