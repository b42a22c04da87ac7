namespace ReviewKit.Notebooks;

/// <summary>Whether a progress report marks the start or the end of a cell.</summary>
public enum CellProgressStage
{
    /// <summary>The cell is about to be submitted.</summary>
    Started,

    /// <summary>The cell has finished, successfully or not.</summary>
    Finished,
}

/// <summary>A progress report for one code cell, sent when it starts and when it finishes.</summary>
/// <param name="NotebookPath">Full path of the notebook being run.</param>
/// <param name="CellIndex">Zero-based index of the cell among all cells of the notebook.</param>
/// <param name="CellCount">Number of cells in the notebook (markdown included).</param>
/// <param name="Stage">Start or end of the cell.</param>
/// <param name="Elapsed">Time the cell took; zero when <paramref name="Stage"/> is <see cref="CellProgressStage.Started"/>.</param>
/// <param name="Failed">Whether the cell failed; always <see langword="false"/> at the start.</param>
public sealed record CellProgress(
    string NotebookPath,
    int CellIndex,
    int CellCount,
    CellProgressStage Stage,
    TimeSpan Elapsed,
    bool Failed);
