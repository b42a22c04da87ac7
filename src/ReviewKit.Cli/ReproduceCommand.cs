using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReviewKit.Cli.Export;
using ReviewKit.Notebooks;
using Spectre.Console;

namespace ReviewKit.Cli;

/// <summary><c>reproduce</c>: execute every notebook in order and write executed notebooks and tables.</summary>
internal static class ReproduceCommand
{
    /// <summary>The notebooks' parameter that lists the dataset folders (layers, in order).</summary>
    private const string DataParameter = "dataDirectories";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = ReviewKitCommandLine.DataOption();
        var output = new Option<string>("--out") { Description = "Folder for executed notebooks and tables.", DefaultValueFactory = _ => "out", HelpName = "DIR" };
        var notebooks = new Option<string?>("--notebooks") { Description = "Folder of the notebooks (default: notebooks/ of the repository).", HelpName = "DIR" };
        var check = new Option<bool>("--check") { Description = "Fail when a committed notebook's outputs differ from its fresh run." };
        var noImages = new Option<bool>("--no-images") { Description = "Write figures as HTML only, without starting Chromium for PNG and SVG (faster)." };
        var command = new Command("reproduce", "Run every notebook on the data; write executed notebooks, figures and tables.") { data, output, notebooks, check, noImages };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            new Request(parsed.GetValue(data), parsed.GetValue(output)!, parsed.GetValue(notebooks), parsed.GetValue(check), !parsed.GetValue(noImages)),
            stdout,
            stderr,
            cancellationToken));
        return command;
    }

    private sealed record Request(string[]? DataDirectories, string OutputDirectory, string? NotebooksDirectory, bool Check, bool Images);

    private static async Task<int> RunAsync(Request request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var dataset = ReviewKitCommandLine.LoadOrReport(request.DataDirectories, stderr);
        if (dataset is null || !TryLoadPrismaFlow(request.DataDirectories, stderr, out var flow))
        {
            return ExitCodes.DataError;
        }

        var notebooksFolder = request.NotebooksDirectory ?? FindNotebooksFolder();
        if (notebooksFolder is null || !Directory.Exists(notebooksFolder))
        {
            await stderr.WriteLineAsync($"reviewkit: notebooks folder {notebooksFolder ?? "notebooks/"} not found; run from the repository or pass --notebooks DIR.");
            return ExitCodes.Usage;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        if (!console.Profile.Capabilities.Interactive)
        {
            console.Profile.Width = 240; // a log file should not wrap lines at 80 columns
        }

        await using var exporter = await StartExporterAsync(request.Images, console);

        var stopwatch = Stopwatch.StartNew();
        var notebookPaths = Directory.GetFiles(notebooksFolder, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        var options = new NotebookRunOptions
        {
            Parameters = request.DataDirectories is not { Length: > 0 } directories
                ? new Dictionary<string, object>()
                : new Dictionary<string, object> { [DataParameter] = directories.Select(Path.GetFullPath).ToList() },
            StaticImage = exporter.CanRenderImages ? (value, _) => StaticImageAsync(exporter, value) : null,
        };
        var executedFolder = Path.Combine(request.OutputDirectory, "notebooks");
        var differences = new List<string>();
        var cellCount = 0;

        for (var i = 0; i < notebookPaths.Count; i++)
        {
            var name = Path.GetFileName(notebookPaths[i]);
            console.MarkupLineInterpolated($"[bold][[{i + 1}/{notebookPaths.Count}]] {name}[/]");
            var run = await NotebookRunner.RunAsync(notebookPaths[i], options, new CellProgressWriter(console), cancellationToken);
            var executedPath = Path.Combine(executedFolder, name);
            AtomicFile.WriteAllText(executedPath, run.ToJupyterJson());
            cellCount += run.Cells.Count(cell => cell.Executed);

            if (run.FirstFailedCell is { } failed)
            {
                await stderr.WriteLineAsync($"reviewkit: {name}: cell {failed.Index + 1} failed:");
                await stderr.WriteLineAsync(failed.Error);
                await stderr.WriteLineAsync($"The executed notebook, with the error, is in {executedPath}.");
                return ExitCodes.Failed;
            }

            console.MarkupLineInterpolated($"  [green]done[/] {name} in {Seconds(run.Elapsed)}");
            if (request.Check)
            {
                differences.AddRange(NotebookComparison.Compare(notebookPaths[i], executedPath).Select(difference => $"{name}: {difference}"));
            }
        }

        var tablesFolder = Path.Combine(request.OutputDirectory, "tables");
        var tables = Reports.All(dataset, flow);
        foreach (var table in tables)
        {
            AtomicFile.WriteAllText(Path.Combine(tablesFolder, table.Name + ".csv"), table.ToCsv());
            AtomicFile.WriteAllText(Path.Combine(tablesFolder, table.Name + ".md"), table.ToMarkdown());
        }

        var notebooksElapsed = stopwatch.Elapsed;
        var figuresFolder = Path.Combine(request.OutputDirectory, "figures");
        var figures = Figures.All(dataset, flow);
        var exportWatch = Stopwatch.StartNew();
        foreach (var figure in figures)
        {
            var figureWatch = Stopwatch.StartNew();
            var stem = Path.Combine(figuresFolder, figure.Name);
            AtomicFile.WriteAllText(stem + ".html", FigureExporter.ToHtml(figure.Chart, figure.Title));
            if (exporter.CanRenderImages)
            {
                AtomicFile.WriteAllBytes(stem + ".png", await exporter.ToPngAsync(figure.Chart));
                AtomicFile.WriteAllText(stem + ".svg", await exporter.ToSvgAsync(figure.Chart));
            }

            console.MarkupLineInterpolated($"  figure {figure.Name} {(exporter.CanRenderImages ? "html png svg" : "html")} {Seconds(figureWatch.Elapsed)}");
        }

        console.MarkupLineInterpolated($"{notebookPaths.Count} notebooks ({cellCount} cells) run in {Seconds(notebooksElapsed)}; {figures.Count} figures exported in {Seconds(exportWatch.Elapsed)}. Executed notebooks in {executedFolder}, figures in {figuresFolder}, {tables.Count} tables (CSV and Markdown) in {tablesFolder}.");

        if (differences.Count > 0)
        {
            foreach (var difference in differences)
            {
                await stderr.WriteLineAsync(difference);
            }

            await stderr.WriteLineAsync($"reviewkit: {differences.Count} difference{(differences.Count == 1 ? "" : "s")} between the committed notebooks and a fresh run; copy {executedFolder}/*.ipynb over the committed ones if the change is intended.");
            return ExitCodes.Failed;
        }

        if (request.Check)
        {
            console.MarkupLine("The committed notebooks match a fresh run.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>One browser for the whole run; without a working Chromium, say why once and write HTML only.</summary>
    private static async Task<FigureExporter> StartExporterAsync(bool images, IAnsiConsole console)
    {
        if (!images)
        {
            return await FigureExporter.StartAsync(null);
        }

        const string HtmlOnly = "figures are written as HTML only, and notebooks carry no static images.";
        var configured = Environment.GetEnvironmentVariable(BrowserLocator.Variable);
        if (!string.IsNullOrEmpty(configured) && !File.Exists(configured))
        {
            console.MarkupLineInterpolated($"[yellow]{BrowserLocator.Variable} names {configured}, which is not a file[/]; looking in the usual places instead.");
        }

        var browser = BrowserLocator.Find();
        if (browser is null)
        {
            console.MarkupLine($"[yellow]No Chromium, Chrome or Edge found[/] (install one, for example the Debian package chromium, or set {BrowserLocator.Variable}): {HtmlOnly}");
            return await FigureExporter.StartAsync(null);
        }

        try
        {
            var exporter = await FigureExporter.StartAsync(browser.ExecutablePath);
            console.MarkupLineInterpolated($"Rendering figures with {browser.Name} ({browser.ExecutablePath}).");
            return exporter;
        }
        catch (Exception e) when (e is PuppeteerSharp.PuppeteerException or PuppeteerSharp.ProcessException or IOException)
        {
            console.MarkupLineInterpolated($"[yellow]{browser.Name} at {browser.ExecutablePath} did not start[/] ({e.Message}): {HtmlOnly}");
            return await FigureExporter.StartAsync(null);
        }
    }

    private static async Task<byte[]?> StaticImageAsync(FigureExporter exporter, object value) =>
        value is Plotly.NET.GenericChart chart ? await exporter.ToPngAsync(chart, scale: 1) : null;

    /// <summary>The paper's flow by default; else the prisma.csv of the last data folder that has one, else no Fig. 1.</summary>
    private static bool TryLoadPrismaFlow(string[]? dataDirectories, TextWriter stderr, out PrismaFlow? flow)
    {
        flow = dataDirectories is not { Length: > 0 } ? PrismaFlow.Paper : null;
        var path = dataDirectories is null ? null : ReviewDataset.LastLayerFile(dataDirectories, PrismaFlow.FileName);
        if (path is null)
        {
            return true;
        }

        flow = ReviewKitCommandLine.LoadOrReport(() => PrismaFlow.Load(path), path, stderr);
        return flow is not null;
    }

    /// <summary>The repository's notebooks/ folder: in the current directory or the nearest parent holding ReviewKit.slnx.</summary>
    private static string? FindNotebooksFolder()
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

    /// <summary>Prints one line per finished code cell; reports arrive on the running thread, so lines stay in order.</summary>
    private sealed class CellProgressWriter(IAnsiConsole console) : IProgress<CellProgress>
    {
        public void Report(CellProgress value)
        {
            if (value.Stage != CellProgressStage.Finished)
            {
                return;
            }

            var status = value.Failed ? "[red]failed[/]" : "[green]ok[/]";
            console.MarkupLine($"  cell {value.CellIndex + 1,3}/{value.CellCount} {status} {Seconds(value.Elapsed)}");
        }
    }
}
