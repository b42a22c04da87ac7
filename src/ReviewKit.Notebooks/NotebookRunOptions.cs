namespace ReviewKit.Notebooks;

/// <summary>Options for <see cref="NotebookRunner.RunAsync"/>.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The options used when none are given: stop at the first failing cell.</summary>
    public static NotebookRunOptions Default { get; } = new();

    /// <summary>
    /// Whether to keep running the cells after one fails. By default the run stops at the first
    /// failing cell and the later code cells are reported as <see cref="CellStatus.NotRun"/>.
    /// </summary>
    public bool ContinueAfterFailure { get; init; }

    /// <summary>
    /// Values that override the notebook's defaults, papermill-style: each becomes an assignment
    /// (<c>name = value;</c>) appended to the cell tagged <c>parameters</c>, so the executed notebook shows
    /// what was injected. Values may be strings, string sequences, booleans, integers or doubles.
    /// </summary>
    /// <exception cref="FormatException">At run time, when parameters are given and no cell is tagged <c>parameters</c>.</exception>
    public IReadOnlyDictionary<string, object> Parameters { get; init; } = new Dictionary<string, object>();

    /// <summary>
    /// Renders a value a cell shows (its return value or a displayed value) as PNG, or returns null to leave it.
    /// Each PNG joins the output of the value it renders as one more mime type, so that a viewer that runs no
    /// scripts (a code-hosting site) shows the picture and one that does shows the interactive rendering: one
    /// figure either way.
    /// </summary>
    public Func<object, CancellationToken, Task<byte[]?>>? StaticImage { get; init; }
}
