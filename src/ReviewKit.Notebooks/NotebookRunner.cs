using System.Diagnostics;
using System.Runtime.CompilerServices;
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
/// formatter registrations are process-wide, calls wait for each other; within one call of
/// <see cref="RunAllAsync"/>, notebooks of one folder run side by side.
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
        var runs = RunAllAsync([notebookPath], options, 1, _ => progress, cancellationToken);
        await foreach (var run in runs)
        {
            return run;
        }

        throw new InvalidOperationException("No run was reported.");
    }

    /// <summary>
    /// Executes several notebooks, up to <paramref name="parallelism"/> at once, each on a fresh kernel; yields their runs
    /// in the order given, whatever order they finish in, so that what is written and shown is the same as when they run
    /// one after another.
    /// </summary>
    /// <param name="notebookPaths">The notebooks, absolute or relative to the current directory.</param>
    /// <param name="options">Run options; <see cref="NotebookRunOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="parallelism">How many kernels run at once, e.g. <see cref="Environment.ProcessorCount"/>; notebooks of different folders run one at a time.</param>
    /// <param name="progress">The progress receiver of each notebook, or null; see <see cref="RunAsync"/>. Reports of notebooks running at once interleave.</param>
    /// <param name="cancellationToken">Cancels the runs; stopping the enumeration early cancels those still running.</param>
    /// <remarks>
    /// A notebook's first code cell sets up its kernel: it loads packages and registers displays, which are process-wide.
    /// It therefore runs while no other cell runs, and every other cell sees the displays as a lone notebook would.
    /// Displays are reset to the defaults before the first notebook and after the last. The first call in a process also
    /// compiles a small submission on a thread of its own, so that the compiler is warm when the first cell needs it.
    /// </remarks>
    /// <exception cref="FileNotFoundException">A notebook does not exist.</exception>
    /// <exception cref="FormatException">A file is not a notebook.</exception>
    public static async IAsyncEnumerable<NotebookRun> RunAllAsync(
        IReadOnlyList<string> notebookPaths,
        NotebookRunOptions? options = null,
        int parallelism = 1,
        Func<string, IProgress<CellProgress>?>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebookPaths);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        options ??= NotebookRunOptions.Default;
        if (notebookPaths.Count > 0)
        {
            CompilerWarmUp.Start();
        }

        var notebooks = new List<PreparedNotebook>(notebookPaths.Count);
        foreach (var notebookPath in notebookPaths)
        {
            notebooks.Add(await PrepareAsync(notebookPath, options, cancellationToken));
        }

        if (notebooks.Count == 0)
        {
            yield break;
        }

        var folders = notebooks.Select(notebook => Path.GetDirectoryName(notebook.FullPath)!).Distinct(StringComparer.Ordinal).ToList();
        if (folders.Count > 1)
        {
            parallelism = 1; // the current directory is one per process
        }

        await OneRunAtATime.WaitAsync(cancellationToken);
        var previousDirectory = Directory.GetCurrentDirectory();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var kernels = new SemaphoreSlim(parallelism, parallelism);
        var gate = new CellGate(parallelism);
        var runs = new List<Task<NotebookRun>>(notebooks.Count);
        try
        {
            // Formatters are static: without a reset, an earlier run's chart or table formatters
            // would leak into these notebooks, which would pass here but fail on a fresh kernel.
            Formatter.ResetToDefault();
            foreach (var notebook in notebooks)
            {
                runs.Add(RunOneAsync(notebook, options, progress?.Invoke(notebook.FullPath), kernels, gate, folders, stop.Token));
            }

            foreach (var run in runs)
            {
                yield return await run;
            }
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await Task.WhenAll(runs);
            }
            catch (Exception) when (runs.Any(run => !run.IsCompletedSuccessfully))
            {
                // the runs the caller stopped listening to were cancelled; a failure of one it received was thrown to it
            }

            Formatter.ResetToDefault();
            Directory.SetCurrentDirectory(previousDirectory);
            OneRunAtATime.Release();
        }
    }

    /// <summary>A notebook read and checked before any runs: its path, its source with the parameters in, and its cells.</summary>
    private sealed record PreparedNotebook(string FullPath, string SourceJson, InteractiveDocument Document, IReadOnlyList<CellKind> CellKinds);

    private static async Task<PreparedNotebook> PrepareAsync(string notebookPath, NotebookRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        var fullPath = Path.GetFullPath(notebookPath);
        var sourceJson = await File.ReadAllTextAsync(fullPath, cancellationToken);
        IReadOnlyList<CellKind> cellKinds;
        InteractiveDocument document;
        try
        {
            cellKinds = NotebookFile.ReadCellKinds(sourceJson);
            if (options.Parameters.Count > 0)
            {
                sourceJson = NotebookParameters.Inject(sourceJson, options.Parameters);
            }

            document = NotebookFile.Parse(sourceJson);
        }
        catch (FormatException exception)
        {
            throw new FormatException($"{fullPath}: {exception.Message}", exception);
        }

        if (document.Elements.Count != cellKinds.Count)
        {
            throw new FormatException($"{fullPath}: read {document.Elements.Count} cells but the file lists {cellKinds.Count}.");
        }

        return new PreparedNotebook(fullPath, sourceJson, document, cellKinds);
    }

    private static async Task<NotebookRun> RunOneAsync(
        PreparedNotebook notebook,
        NotebookRunOptions options,
        IProgress<CellProgress>? progress,
        SemaphoreSlim kernels,
        CellGate gate,
        IReadOnlyList<string> folders,
        CancellationToken cancellationToken)
    {
        await Task.Yield(); // start the next notebook while this one waits for a kernel
        await kernels.WaitAsync(cancellationToken);
        try
        {
            var folder = Path.GetDirectoryName(notebook.FullPath)!;
            if (folders.Count > 1 || Directory.GetCurrentDirectory() != folder)
            {
                // #r "relative.dll" and relative file paths resolve against the notebook's folder, as in an editor.
                Directory.SetCurrentDirectory(folder);
            }

            var stopwatch = Stopwatch.StartNew();
            var cells = await RunCellsAsync(notebook.FullPath, notebook.Document, notebook.CellKinds, options, progress, gate, cancellationToken);
            return new NotebookRun(notebook.FullPath, notebook.SourceJson, cells, stopwatch.Elapsed);
        }
        finally
        {
            ReleaseKernelMemory();
            kernels.Release();
        }
    }

    private static async Task<IReadOnlyList<CellRun>> RunCellsAsync(
        string notebookPath,
        InteractiveDocument document,
        IReadOnlyList<CellKind> cellKinds,
        NotebookRunOptions options,
        IProgress<CellProgress>? progress,
        CellGate gate,
        CancellationToken cancellationToken)
    {
        using var kernel = NotebookKernel.Create();
        var firstCode = true;
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

            using var turn = await gate.EnterAsync(exclusive: firstCode, cancellationToken);
            firstCode = false;
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

    /// <summary>
    /// Gives back, before the next notebook starts, what a finished kernel leaves behind: its compilations on the managed
    /// heap, and the compiler's copies of referenced assemblies' metadata, which live in native memory until their finalizers run.
    /// </summary>
    private static void ReleaseKernelMemory()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        NativeHeap.ReturnFreedPages();
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
