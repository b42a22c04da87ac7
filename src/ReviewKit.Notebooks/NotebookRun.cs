namespace ReviewKit.Notebooks;

/// <summary>The result of running one notebook: every cell with its status, outputs and timing.</summary>
public sealed record NotebookRun
{
    internal NotebookRun(string notebookPath, string sourceJson, IReadOnlyList<CellRun> cells, TimeSpan elapsed)
    {
        NotebookPath = notebookPath;
        SourceJson = sourceJson;
        Cells = cells;
        Elapsed = elapsed;
    }

    /// <summary>Full path of the notebook that was run.</summary>
    public string NotebookPath { get; }

    /// <summary>All cells of the notebook in order, markdown included, so that <c>Cells[i].Index == i</c>.</summary>
    public IReadOnlyList<CellRun> Cells { get; }

    /// <summary>Wall-clock time of the whole run, kernel start-up included.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Whether any cell failed.</summary>
    public bool Failed => FirstFailedCell is not null;

    /// <summary>The first cell that failed, or <see langword="null"/> when all executed cells succeeded.</summary>
    public CellRun? FirstFailedCell => Cells.FirstOrDefault(cell => cell.Failed);

    /// <summary>The notebook text as it was read before the run; the executed notebook is built from it.</summary>
    internal string SourceJson { get; }

    /// <summary>The executed notebook as .ipynb JSON; see <see cref="NotebookWriter.ToJupyterJson"/>.</summary>
    /// <returns>The notebook with the outputs of this run.</returns>
    public string ToJupyterJson() => NotebookWriter.ToJupyterJson(this);

    /// <summary>Writes the executed notebook to <paramref name="outputPath"/>; see <see cref="NotebookWriter.WriteAsync"/>.</summary>
    /// <param name="outputPath">Where to write the .ipynb file; its folder is created when missing.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public Task WriteAsync(string outputPath, CancellationToken cancellationToken = default) =>
        NotebookWriter.WriteAsync(this, outputPath, cancellationToken);
}
