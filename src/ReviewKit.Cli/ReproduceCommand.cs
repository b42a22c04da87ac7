using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReviewKit.Cli.Export;
using ReviewKit.Data;
using ReviewKit.Notebooks;
using ReviewKit.Presentation;
using ReviewKit.Prisma;
using Spectre.Console;

namespace ReviewKit.Cli;

/// <summary><c>reproduce</c>: execute every notebook in order and write executed notebooks and tables.</summary>
internal static class ReproduceCommand
{
    /// <summary>The notebooks' parameter that lists the dataset folders (layers, in order).</summary>
    private const string DataParameter = "dataDirectories";

    /// <summary>The most notebooks run at once: each holds a kernel and its compilations in memory.</summary>
    private const int MaxJobs = 64;

    /// <summary>What a run without a working browser writes, for the console.</summary>
    private const string HtmlOnly = "figures are written as HTML only, and notebooks carry no static images.";

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var data = ReviewKitCommandLine.DataOption();
        var output = ReviewKitCommandLine.NotEmpty(
            new Option<string>("--out") { Description = "Folder for executed notebooks and tables.", DefaultValueFactory = _ => "out", HelpName = "DIR" }, "a folder name");
        var notebooks = ReviewKitCommandLine.NotEmpty(
            new Option<string?>("--notebooks") { Description = "Folder of the notebooks (default: notebooks/ of the repository).", HelpName = "DIR" }, "a folder name");
        var check = new Option<bool>("--check") { Description = "Fail when a committed notebook's outputs differ from its fresh run." };
        var noImages = new Option<bool>("--no-images") { Description = "Write figures as HTML only, without starting Chromium for PNG and SVG (faster)." };
        var jobs = ReviewKitCommandLine.WholeNumberOption(
            "--jobs", "How many notebooks run at once (default: one per processor core); the output is the same for any number.", Math.Clamp(Environment.ProcessorCount, 1, MaxJobs), 1, MaxJobs);
        var command = new Command("reproduce", "Run every notebook on the data; write executed notebooks, figures and tables.") { data, output, notebooks, check, noImages, jobs };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            new Request(parsed.GetValue(data), parsed.GetValue(output)!, parsed.GetValue(notebooks), parsed.GetValue(check), !parsed.GetValue(noImages), parsed.GetValue(jobs)),
            stdout,
            stderr,
            environment,
            cancellationToken));
        return command;
    }

    private sealed record Request(string[]? DataDirectories, string OutputDirectory, string? NotebooksDirectory, bool Check, bool Images, int Jobs);

    private static async Task<int> RunAsync(
        Request request, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var (notebookPaths, inputs, exitCode) = await CheckBeforeAnyWorkAsync(request, stderr);
        if (inputs is null)
        {
            return exitCode;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        if (!console.Profile.Capabilities.Interactive)
        {
            console.Profile.Width = 240; // a log file should not wrap lines at 80 columns
        }

        var written = new WrittenSoFar(notebookPaths!.Select(Path.GetFileName).OfType<string>().ToList(), request.OutputDirectory);
        var progress = notebookPaths!.ToDictionary(path => Path.GetFullPath(path), _ => new CellProgressLines(), StringComparer.Ordinal);
        var browser = StartBrowser(request.Images, console, environment);

        // A run that has to be ended (a second Ctrl+C, or a cell that does not stop), or that a cell ends with
        // Environment.Exit, leaves no browser behind and says what it did not write.
        static void StopBrowser() => FigureExporter.KillAll(); // also one that is still starting

        using var forcedExit = Interruption.OnForcedExit(() =>
        {
            StopBrowser();
            written.ReportOnce(stderr, "interrupted");
        });
        void OnProcessExit(object? sender, EventArgs e)
        {
            if (Interruption.ExitingOnPurpose)
            {
                return;
            }

            var running = progress.Where(pair => pair.Value.RunningCell is not null)
                .Select(pair => $"{VisibleText.Escape(Path.GetFileName(pair.Key))}: cell {pair.Value.RunningCell + 1}")
                .ToList();
            StopBrowser();
            written.ReportOnce(stderr, $"{(running.Count > 0 ? string.Join(", ", running) : "a notebook")} ended the process (Environment.Exit) before reproduce finished, so the run failed");
            Environment.ExitCode = ExitCodes.Failed;
        }

        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        try
        {
            // The figures need only the data: they are drawn while the notebooks run, and reported after them.
            // Absolute before any notebook runs: the runner sets each kernel's current directory to its notebook's folder.
            var figuresFolder = Path.GetFullPath(Path.Combine(request.OutputDirectory, "figures"));
            using var stopFigures = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var figures = Task.Run(() => ExportFiguresAsync(inputs, figuresFolder, browser, written, stopFigures.Token), stopFigures.Token);

            var stopwatch = Stopwatch.StartNew();
            NotebooksRun notebooks;
            try
            {
                // Not waiting for a cell that is computing: it runs to its end, and the process ends without it.
                notebooks = await RunNotebooksAsync(request, notebookPaths!, browser, progress, written, console, stderr, cancellationToken)
                    .WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await stopFigures.CancelAsync();
                await Task.WhenAny(figures); // a figure being written is finished, not left half-done
                written.ReportOnce(stderr, "interrupted");
                return Interruption.ExitCode;
            }
            catch (FormatException e)
            {
                // checked before the run; a notebook changed since, or a shape only the documents library refuses
                await stopFigures.CancelAsync();
                await Task.WhenAny(figures);
                await stderr.WriteLineAsync($"reviewkit: {VisibleText.Escape(e.Message)}");
                return ExitCodes.DataError;
            }

            if (notebooks.Failed)
            {
                await stopFigures.CancelAsync();
                await Task.WhenAny(figures); // a failing run still waits for the browser to be free before closing it
                return ExitCodes.Failed;
            }

            var tablesFolder = Path.GetFullPath(Path.Combine(request.OutputDirectory, "tables"));
            var tables = Reports.All(inputs);
            written.TablesExpected(tables.Count);
            foreach (var table in tables)
            {
                AtomicFile.WriteAllText(Path.Combine(tablesFolder, table.Name + ".csv"), table.ToCsv());
                AtomicFile.WriteAllText(Path.Combine(tablesFolder, table.Name + ".md"), table.ToMarkdown());
                written.Table();
            }

            var notebooksElapsed = stopwatch.Elapsed;
            var started = await browser;
            if (started.Problem is { } problem)
            {
                console.MarkupLine(problem);
            }

            ExportedFigures exported;
            try
            {
                exported = await figures;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                written.ReportOnce(stderr, "interrupted");
                return Interruption.ExitCode;
            }

            foreach (var line in exported.Lines)
            {
                console.MarkupLine(line);
            }

            var browserReady = started.Exporter.CanRenderImages ? $" (the browser ready after {Seconds(started.ReadyAfter)})" : "";
            console.MarkupLineInterpolated($"{notebooks.Count} notebooks ({notebooks.Cells} cells) run in {Seconds(notebooksElapsed)}; {exported.Lines.Count} figures exported in {Seconds(exported.Elapsed)}{browserReady}, beside the notebooks; {Seconds(stopwatch.Elapsed)} in all. Executed notebooks in {notebooks.Folder}, figures in {figuresFolder}, {tables.Count} tables (CSV and Markdown) in {tablesFolder}.");
            return await ReportDifferencesAsync(request, notebooks, console, stderr);
        }
        finally
        {
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            await (await browser).Exporter.DisposeAsync();
            StopBrowser(); // a browser cancelled while starting, or a profile its helpers were still writing to
        }
    }

    /// <summary>The notebooks folder, every input and the output folder, checked before anything runs; null inputs and an exit code when one fails.</summary>
    private static async Task<(IReadOnlyList<string>? NotebookPaths, ReviewInputs? Inputs, int ExitCode)> CheckBeforeAnyWorkAsync(Request request, TextWriter stderr)
    {
        var notebooksFolder = request.NotebooksDirectory ?? FindNotebooksFolder();
        if (notebooksFolder is null || !Directory.Exists(notebooksFolder))
        {
            await stderr.WriteLineAsync($"reviewkit: notebooks folder {VisibleText.Escape(notebooksFolder ?? "notebooks/")} not found; run from the repository or pass --notebooks DIR.");
            return (null, null, ExitCodes.Usage);
        }

        if (OutputConflict(request, notebooksFolder) is { } conflict)
        {
            await stderr.WriteLineAsync($"reviewkit: {conflict}");
            return (null, null, ExitCodes.Usage);
        }

        // Without --data the notebooks read the repository's data/ beside their folder: check that folder, not only the embedded copy.
        var inputFolders = request.DataDirectories is { Length: > 0 } given ? given
            : Directory.Exists(DefaultDataFolder(notebooksFolder)) ? [DefaultDataFolder(notebooksFolder)]
            : null;
        var inputs = Inputs.LoadOrReport(inputFolders, stderr);
        if (inputs is null)
        {
            return (null, null, ExitCodes.DataError);
        }

        if (inputs.Flow is null)
        {
            // Notebook 05 draws Fig. 1 from it; without this check it would fail minutes into the run.
            await stderr.WriteLineAsync($"reviewkit: no data folder holds {PrismaFlow.FileName} (looked in {VisibleText.Escape(string.Join(", ", inputFolders!))}); reproduce needs one for the PRISMA flow diagram: the paper's is data/{PrismaFlow.FileName}.");
            return (null, null, ExitCodes.DataError);
        }

        var notebookPaths = NotebookInputs.InFolder(notebooksFolder);
        if (!NotebookInputs.CheckOrReport(notebookPaths, needsParameters: request.DataDirectories is { Length: > 0 }, stderr))
        {
            return (null, null, ExitCodes.DataError);
        }

        if (PrepareOutput(request.OutputDirectory) is { } outputProblem)
        {
            await stderr.WriteLineAsync($"reviewkit: {outputProblem}");
            return (null, null, ExitCodes.CannotCreateOutput);
        }

        return (notebookPaths, inputs, ExitCodes.Ok);
    }

    /// <summary>What running the notebooks gave: how many, their cells, where they were written, and the differences from the committed ones.</summary>
    private sealed record NotebooksRun(int Count, int Cells, string Folder, IReadOnlyList<string> Differences, bool Failed);

    /// <summary>
    /// Runs every notebook in name order, <see cref="Request.Jobs"/> at once, writing each executed notebook and showing
    /// its progress as it is reached in that order, so that the output is the same however many run at once; stops at
    /// the first failing cell.
    /// </summary>
    private static async Task<NotebooksRun> RunNotebooksAsync(
        Request request,
        IReadOnlyList<string> notebookPaths,
        Task<StartedBrowser> browser,
        IReadOnlyDictionary<string, CellProgressLines> progress,
        WrittenSoFar written,
        IAnsiConsole console,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        var options = new NotebookRunOptions
        {
            Parameters = request.DataDirectories is not { Length: > 0 } directories
                ? new Dictionary<string, object>()
                : new Dictionary<string, object> { [DataParameter] = directories.Select(Path.GetFullPath).ToList() },
            StaticImage = request.Images ? async (value, _) => await StaticImageAsync((await browser).Exporter, value) : null,
        };
        var executedFolder = Path.GetFullPath(Path.Combine(request.OutputDirectory, "notebooks"));
        var differences = new List<string>();
        var cellCount = 0;

        var i = 0;
        await foreach (var run in NotebookRunner.RunAllAsync(notebookPaths, options, request.Jobs, path => progress[path], cancellationToken))
        {
            var fileName = Path.GetFileName(notebookPaths[i]);
            var name = VisibleText.Escape(fileName);
            console.MarkupLineInterpolated($"[bold][[{i + 1}/{notebookPaths.Count}]] {name}[/]");
            foreach (var line in progress[run.NotebookPath].Lines)
            {
                console.MarkupLine(line);
            }

            var executedPath = Path.Combine(executedFolder, fileName);
            AtomicFile.WriteAllText(executedPath, run.ToJupyterJson());
            written.Notebook(fileName);

            cellCount += run.Cells.Count(cell => cell.Executed);

            if (run.FirstFailedCell is { } failed)
            {
                await stderr.WriteLineAsync($"reviewkit: {name}: cell {failed.Index + 1} failed:");
                await stderr.WriteLineAsync(VisibleText.Escape(failed.Error ?? "", keep: "\n\r\t"));
                await stderr.WriteLineAsync($"The executed notebook, with the error, is in {VisibleText.Escape(executedPath)}.");
                return new NotebooksRun(notebookPaths.Count, cellCount, executedFolder, differences, Failed: true);
            }

            console.MarkupLineInterpolated($"  [green]done[/] {name} in {Seconds(run.Elapsed)}");
            if (request.Check)
            {
                differences.AddRange(NotebookComparison.Compare(notebookPaths[i], executedPath).Select(difference => $"{name}: {difference}"));
            }

            i++;
        }

        return new NotebooksRun(notebookPaths.Count, cellCount, executedFolder, differences, Failed: false);
    }

    /// <summary>The figures written, one line each for the console, and how long they took.</summary>
    private sealed record ExportedFigures(IReadOnlyList<string> Lines, TimeSpan Elapsed);

    /// <summary>Writes every figure as HTML and, with a browser, as PNG and SVG, drawn once for both.</summary>
    private static async Task<ExportedFigures> ExportFiguresAsync(ReviewInputs inputs, string figuresFolder, Task<StartedBrowser> browser, WrittenSoFar written, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var lines = new List<string>();
        var all = Figures.All(inputs.Dataset, inputs.Flow).ToList();
        written.FiguresExpected(all.Count);
        foreach (var figure in all)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var figureWatch = Stopwatch.StartNew();
            var stem = Path.Combine(figuresFolder, figure.Name);
            AtomicFile.WriteAllText(stem + ".html", ChartPage.ToHtml(figure.Chart, figure.Title, figure.Name));
            var exporter = (await browser).Exporter;
            if (exporter.CanRenderImages)
            {
                var (png, svg) = await exporter.ToPngAndSvgAsync(figure.Chart);
                AtomicFile.WriteAllBytes(stem + ".png", png);
                AtomicFile.WriteAllText(stem + ".svg", svg);
            }

            written.Figure();
            lines.Add(Markup.Escape($"  figure {figure.Name} {(exporter.CanRenderImages ? "html png svg" : "html")} {Seconds(figureWatch.Elapsed)}"));
        }

        return new ExportedFigures(lines, stopwatch.Elapsed);
    }

    /// <summary>For <c>--check</c>: exit 1 listing every difference, or say that the committed notebooks are current.</summary>
    private static async Task<int> ReportDifferencesAsync(Request request, NotebooksRun notebooks, IAnsiConsole console, TextWriter stderr)
    {
        if (notebooks.Differences.Count > 0)
        {
            foreach (var difference in notebooks.Differences)
            {
                await stderr.WriteLineAsync(difference);
            }

            await stderr.WriteLineAsync($"reviewkit: {notebooks.Differences.Count} difference{(notebooks.Differences.Count == 1 ? "" : "s")} between the committed notebooks and a fresh run; copy {notebooks.Folder}/*.ipynb over the committed ones if the change is intended.");
            return ExitCodes.Failed;
        }

        if (request.Check)
        {
            console.MarkupLine("The committed notebooks match a fresh run.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The exporter of a run; why it writes HTML only when its browser did not start (console markup); how long its browser took to be ready.</summary>
    private sealed record StartedBrowser(FigureExporter Exporter, string? Problem, TimeSpan ReadyAfter);

    /// <summary>
    /// One browser for the whole run, started beside the first notebooks rather than before them: a cell that shows a
    /// chart, or a figure, waits for it. Without a Chromium, say so at once and write HTML only; when the one found does not
    /// start, say why after the notebooks, so that their progress reads the same in every run.
    /// </summary>
    private static Task<StartedBrowser> StartBrowser(bool images, IAnsiConsole console, Func<string, string?> environment)
    {
        if (!images)
        {
            return HtmlOnlyAsync(problem: null);
        }

        var configured = environment(BrowserLocator.Variable);
        if (!string.IsNullOrEmpty(configured) && !File.Exists(configured))
        {
            console.MarkupLineInterpolated($"[yellow]{BrowserLocator.Variable} names {configured}, which is not a file[/]; looking in the usual places instead.");
        }

        var browser = BrowserLocator.Find(environment);
        if (browser is null)
        {
            console.MarkupLine($"[yellow]No Chromium, Chrome or Edge found[/] (install one, for example the Debian package chromium, or set {BrowserLocator.Variable}): {HtmlOnly}");
            return HtmlOnlyAsync(problem: null);
        }

        console.MarkupLineInterpolated($"Rendering figures with {browser.Name} ({browser.ExecutablePath}).");
        var stopwatch = Stopwatch.StartNew();
        return Task.Run(async () =>
        {
            try
            {
                var exporter = await FigureExporter.StartAsync(browser.ExecutablePath);
                return new StartedBrowser(exporter, Problem: null, stopwatch.Elapsed);
            }
            catch (Exception e) when (e is PuppeteerSharp.PuppeteerException or PuppeteerSharp.ProcessException or IOException)
            {
                return await HtmlOnlyAsync($"[yellow]{Markup.Escape(browser.Name)} at {Markup.Escape(browser.ExecutablePath)} did not start[/] ({Markup.Escape(e.Message)}): {HtmlOnly}");
            }
        });
    }

    private static async Task<StartedBrowser> HtmlOnlyAsync(string? problem) => new(await FigureExporter.StartAsync(null), problem, TimeSpan.Zero);

    private static async Task<byte[]?> StaticImageAsync(FigureExporter exporter, object value) =>
        value is Plotly.NET.GenericChart chart && exporter.CanRenderImages ? await exporter.ToPngAsync(chart, scale: 1) : null;

    /// <summary>The folders reproduce writes under --out.</summary>
    private static readonly string[] OutputSubfolders = ["notebooks", "figures", "tables"];

    /// <summary>
    /// Why --out cannot be used with these folders, or null: reproduce never writes into a data folder (given with --data,
    /// or the repository's data/ that the notebooks read by default), nor over the notebooks it runs.
    /// </summary>
    private static string? OutputConflict(Request request, string notebooksFolder)
    {
        var output = FilePaths.Canonical(request.OutputDirectory);
        var shownOutput = VisibleText.Escape(request.OutputDirectory);
        var dataFolders = request.DataDirectories is { Length: > 0 } directories
            ? directories.Select(folder => (Given: folder, Option: "--data "))
            : [(Given: DefaultDataFolder(notebooksFolder), Option: "the data folder ")];
        foreach (var (given, option) in dataFolders)
        {
            var data = FilePaths.Canonical(given);
            if (FilePaths.IsSameOrInside(output, data))
            {
                return $"--out {shownOutput} is {(output == data ? "" : "inside ")}{option}{VisibleText.Escape(given)}, and reproduce never writes into a data folder; choose an output folder outside it, e.g. --out out.";
            }

            if (OutputSubfolders.Any(subfolder => FilePaths.IsSameOrInside(data, Path.Combine(output, subfolder))))
            {
                return $"{option}{VisibleText.Escape(given)} lies inside --out {shownOutput}, where reproduce replaces notebooks/, figures/ and tables/; choose another output folder.";
            }

            if (LinkInto(output, data) is { } link)
            {
                return $"{VisibleText.Escape(link)} is a link into {option}{VisibleText.Escape(given)}, and reproduce never writes into a data folder; remove the link or choose another output folder, e.g. --out out.";
            }
        }

        return FilePaths.Canonical(Path.Combine(output, "notebooks")) == FilePaths.Canonical(notebooksFolder)
            ? $"--out {shownOutput} would write the executed notebooks over the notebooks being run, in {VisibleText.Escape(notebooksFolder)}; choose another output folder, e.g. --out out."
            : null;
    }

    /// <summary>
    /// A folder or file that reproduce writes under --out (<paramref name="output"/>, canonical) and that is a link leading
    /// into <paramref name="data"/> (canonical), or null. The files are replaced, not followed, when written; a folder would
    /// be written through.
    /// </summary>
    private static string? LinkInto(string output, string data)
    {
        foreach (var subfolder in OutputSubfolders.Select(name => Path.Combine(output, name)))
        {
            if (FilePaths.IsSameOrInside(FilePaths.Canonical(subfolder), data))
            {
                return subfolder;
            }

            if (!Directory.Exists(subfolder))
            {
                continue;
            }

            foreach (var entry in Directory.EnumerateFileSystemEntries(subfolder))
            {
                if (new FileInfo(entry).LinkTarget is not null && FilePaths.IsSameOrInside(FilePaths.Canonical(entry), data))
                {
                    return entry;
                }
            }
        }

        return null;
    }

    /// <summary>The folder the notebooks read when no --data is given: data/ beside the notebooks folder.</summary>
    private static string DefaultDataFolder(string notebooksFolder) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(notebooksFolder))!, "data");

    /// <summary>Creates the output folders and checks that a file can be written there; the reason why not, or null.</summary>
    private static string? PrepareOutput(string outputDirectory)
    {
        var shown = VisibleText.Escape(outputDirectory);
        if (File.Exists(outputDirectory))
        {
            return $"--out {shown} is a file; give a folder (it is created if missing).";
        }

        try
        {
            foreach (var subfolder in OutputSubfolders)
            {
                var folder = Path.Combine(outputDirectory, subfolder);
                if (File.Exists(folder))
                {
                    return $"cannot create the output folder {VisibleText.Escape(folder)}: a file of that name is in the way.";
                }

                Directory.CreateDirectory(folder);
                var probe = Path.Combine(folder, AtomicFile.TemporaryName());
                File.WriteAllBytes(probe, []);
                File.Delete(probe);
            }

            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return $"cannot write into the output folder {shown}: permission denied.";
        }
        catch (IOException e)
        {
            return $"cannot create the output folder {shown}: {VisibleText.Escape(e.Message)}";
        }
    }

    /// <summary>The repository's notebooks/ folder: in the current directory or the nearest parent holding ReviewKit.slnx.</summary>
    internal static string? FindNotebooksFolder()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReviewKit.slnx")))
            {
                return Path.Combine(folder.FullName, "notebooks");
            }
        }

        return null;
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture);

    /// <summary>Keeps one line per finished code cell of one notebook, to be shown when the notebook's turn comes, and the cell running now.</summary>
    private sealed class CellProgressLines : IProgress<CellProgress>
    {
        private readonly List<string> _lines = [];
        private int _runningCell = -1;

        public IReadOnlyList<string> Lines => _lines;

        /// <summary>The index of the cell that started and has not finished, or null.</summary>
        public int? RunningCell => Volatile.Read(ref _runningCell) is >= 0 and var cell ? cell : null;

        public void Report(CellProgress value)
        {
            if (value.Stage != CellProgressStage.Finished)
            {
                Volatile.Write(ref _runningCell, value.CellIndex);
                return;
            }

            Volatile.Write(ref _runningCell, -1);

            var status = value.Failed ? "[red]failed[/]" : "[green]ok[/]";
            _lines.Add($"  cell {value.CellIndex + 1,3}/{value.CellCount} {status} {Seconds(value.Elapsed)}");
        }
    }

    /// <summary>What a run has written so far, to say what it did not write when it is stopped; safe to use from a signal handler.</summary>
    private sealed class WrittenSoFar(IReadOnlyList<string> notebookNames, string outputDirectory)
    {
        private readonly Lock _lock = new();
        private readonly HashSet<string> _notebooks = new(StringComparer.Ordinal);
        private int _tables;
        private int _tablesExpected = -1;
        private int _figures;
        private int _figuresExpected = -1;
        private bool _reported;

        public void Notebook(string name)
        {
            lock (_lock)
            {
                _notebooks.Add(name);
            }
        }

        public void TablesExpected(int count)
        {
            lock (_lock)
            {
                _tablesExpected = count;
            }
        }

        public void Table()
        {
            lock (_lock)
            {
                _tables++;
            }
        }

        public void FiguresExpected(int count)
        {
            lock (_lock)
            {
                _figuresExpected = count;
            }
        }

        public void Figure()
        {
            lock (_lock)
            {
                _figures++;
            }
        }

        /// <summary>Prints once, on stderr, why the run stopped and what it did not write.</summary>
        public void ReportOnce(TextWriter stderr, string why)
        {
            string message;
            lock (_lock)
            {
                if (_reported)
                {
                    return;
                }

                _reported = true;
                var missing = new List<string>();
                var notebooks = notebookNames.Where(name => !_notebooks.Contains(name)).Select(VisibleText.Escape).ToList();
                if (notebooks.Count > 0)
                {
                    missing.Add($"{notebooks.Count} of {notebookNames.Count} executed notebooks ({string.Join(", ", notebooks)})");
                }

                if (_tablesExpected < 0 || _tables < _tablesExpected)
                {
                    missing.Add(_tablesExpected < 0 ? "the tables" : $"{_tablesExpected - _tables} of {_tablesExpected} tables");
                }

                if (_figuresExpected < 0 || _figures < _figuresExpected)
                {
                    missing.Add(_figuresExpected < 0 ? "the figures" : $"{_figuresExpected - _figures} of {_figuresExpected} figures");
                }

                message = $"reviewkit: {why}; not written: {string.Join("; ", missing)}. What was written is in {VisibleText.Escape(outputDirectory)}; every file there is whole.";
            }

            stderr.WriteLine(message);
            stderr.Flush();
        }
    }
}
