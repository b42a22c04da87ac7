using System.Diagnostics;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace ReviewKit.Notebooks;

/// <summary>
/// Runs .ipynb notebooks headlessly in an in-process .NET Interactive C# kernel
/// (no dotnet-interactive tool, no Jupyter).
/// </summary>
/// <remarks>
/// Each notebook gets a fresh kernel. During a run the process current directory is the notebook's
/// folder, so <c>#r "relative.dll"</c> and relative file paths resolve as they do in an editor;
/// the previous current directory is restored afterwards. Because the current directory and the
/// formatter registrations are process-wide, runs are serial: concurrent calls wait for each other.
/// </remarks>
public static class NotebookRunner
{
    private static readonly SemaphoreSlim OneRunAtATime = new(1, 1);

    /// <summary>Executes every code cell of a notebook in order and collects the outputs.</summary>
    /// <param name="notebookPath">Path of the .ipynb file, absolute or relative to the current directory.</param>
    /// <param name="options">Run options; <see cref="NotebookRunOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="progress">Receives a report when each code cell starts and when it finishes. Reports are sent on the running thread; a <see cref="Progress{T}"/> posts them elsewhere and may reorder them.</param>
    /// <param name="cancellationToken">Cancels the run between cells, or the restore of a package; a cell already computing runs to its end.</param>
    /// <returns>Every cell with its status, outputs and timing. A failing cell does not throw; see <see cref="NotebookRun.Failed"/>.</returns>
    /// <exception cref="FileNotFoundException">The notebook does not exist.</exception>
    /// <exception cref="FormatException">The file is not a notebook.</exception>
    /// <example>
    /// <code>
    /// var run = await NotebookRunner.RunAsync("notebooks/00-overview.ipynb");
    /// if (run.FirstFailedCell is { } failed) Console.Error.WriteLine($"cell {failed.Index}: {failed.Error}");
    /// await run.WriteAsync("out/notebooks/00-overview.ipynb");
    /// </code>
    /// </example>
    public static async Task<NotebookRun> RunAsync(
        string notebookPath,
        NotebookRunOptions? options = null,
        IProgress<CellProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        options ??= NotebookRunOptions.Default;

        var fullPath = Path.GetFullPath(notebookPath);
        var sourceJson = await File.ReadAllTextAsync(fullPath, cancellationToken);
        IReadOnlyList<CellKind> cellKinds;
        try
        {
            cellKinds = NotebookFile.ReadCellKinds(sourceJson);
            if (options.Parameters.Count > 0)
            {
                sourceJson = NotebookParameters.Inject(sourceJson, options.Parameters);
            }
        }
        catch (FormatException exception)
        {
            throw new FormatException($"{fullPath}: {exception.Message}", exception);
        }

        var document = NotebookFile.Parse(sourceJson);
        if (document.Elements.Count != cellKinds.Count)
        {
            throw new FormatException($"{fullPath}: read {document.Elements.Count} cells but the file lists {cellKinds.Count}.");
        }

        await OneRunAtATime.WaitAsync(cancellationToken);
        var previousDirectory = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(Path.GetDirectoryName(fullPath)!);

            // Formatters are static: without a reset, one notebook's chart or table formatters
            // would leak into the next and a notebook would pass here but fail on a fresh kernel.
            Formatter.ResetToDefault();

            var stopwatch = Stopwatch.StartNew();
            var cells = await RunCellsAsync(fullPath, document, cellKinds, options, progress, cancellationToken);
            return new NotebookRun(fullPath, sourceJson, cells, stopwatch.Elapsed);
        }
        finally
        {
            Formatter.ResetToDefault();
            Directory.SetCurrentDirectory(previousDirectory);
            OneRunAtATime.Release();
        }
    }

    private static async Task<IReadOnlyList<CellRun>> RunCellsAsync(
        string notebookPath,
        InteractiveDocument document,
        IReadOnlyList<CellKind> cellKinds,
        NotebookRunOptions options,
        IProgress<CellProgress>? progress,
        CancellationToken cancellationToken)
    {
        using var kernel = NotebookKernel.Create();
        var cells = new List<CellRun>(cellKinds.Count);
        var stopped = false;

        for (var index = 0; index < cellKinds.Count; index++)
        {
            var element = document.Elements[index];
            var kind = cellKinds[index];
            var kernelName = element.KernelName ?? NotebookFile.CSharpKernelName;

            if (kind != CellKind.Code)
            {
                var language = kind == CellKind.Markdown ? "markdown" : "raw";
                cells.Add(new CellRun(index, kind, language, CellStatus.NotExecutable, null, [], TimeSpan.Zero));
                continue;
            }

            if (stopped)
            {
                cells.Add(new CellRun(index, kind, kernelName, CellStatus.NotRun, null, [], TimeSpan.Zero));
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new CellProgress(notebookPath, index, cellKinds.Count, CellProgressStage.Started, TimeSpan.Zero, false));

            var stopwatch = Stopwatch.StartNew();
            var collector = new CellOutputCollector();
            try
            {
                var result = await kernel.SendAsync(new SubmitCode(element.Contents, kernelName), cancellationToken);
                var staticImages = options.StaticImage is { } render
                    ? await RenderStaticImagesAsync(result.Events, render, cancellationToken)
                    : null;
                collector.Collect(result.Events, staticImages);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                collector.Fail(exception.ToString());
            }

            var cell = new CellRun(
                index,
                kind,
                kernelName,
                collector.Failed ? CellStatus.Failed : CellStatus.Succeeded,
                collector.Error,
                collector.Outputs,
                stopwatch.Elapsed);
            cells.Add(cell);

            progress?.Report(new CellProgress(notebookPath, index, cellKinds.Count, CellProgressStage.Finished, cell.Elapsed, cell.Failed));
            stopped = cell.Failed && !options.ContinueAfterFailure;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return cells;
    }

    /// <summary>A PNG of each value the cell showed that the renderer can draw, keyed by the event that showed it.</summary>
    private static async Task<Dictionary<DisplayEvent, byte[]>> RenderStaticImagesAsync(
        IEnumerable<KernelEvent> events,
        Func<object, CancellationToken, Task<byte[]?>> render,
        CancellationToken cancellationToken)
    {
        var images = new Dictionary<DisplayEvent, byte[]>();
        foreach (var shown in events.OfType<DisplayEvent>().Where(shown => shown is ReturnValueProduced or DisplayedValueProduced))
        {
            if (shown.Value is { } value && await render(value, cancellationToken) is { } png)
            {
                images[shown] = png;
            }
        }

        return images;
    }
}
