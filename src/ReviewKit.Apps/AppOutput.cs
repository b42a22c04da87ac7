using System.Globalization;
using Plotly.NET;

namespace ReviewKit.Apps;

/// <summary>
/// What a notebook's C# file-based app shows in place of the notebook's outputs: tables and values as plain text on
/// standard output, each chart as a self-contained HTML file and one line naming it. Nothing here needs a notebook kernel.
/// </summary>
/// <remarks>
/// <c>export-apps</c> writes every app to call <see cref="Start"/> first and <see cref="Show"/> wherever the notebook
/// shows a value: the last expression of a cell, <c>display(x)</c>, <c>x.Display()</c> and <c>x.DisplayAs(mime)</c>.
/// </remarks>
/// <example>
/// <code>
/// AppOutput.Start("..", args);   // the notebook's folder, relative to the app's file
/// AppOutput.Show(ReviewDataset.Load("../data").Studies.Count);   // prints 60
/// </code>
/// </example>
public static class AppOutput
{
    /// <summary>The option that names the folder figures are written to.</summary>
    public const string FiguresOption = "--figures";

    private static string? _figureFolder;
    private static string _startFolder = Directory.GetCurrentDirectory();
    private static int _figureCount;

    /// <summary>
    /// Runs the rest of the program where and how the notebook ran: the current directory becomes the notebook's
    /// folder, so its relative paths (<c>../data</c>) resolve as they do in the notebook, and the culture is the
    /// invariant one. Figures go to <c>--figures DIR</c>, by default <c>out/apps/APP</c> under the folder the program
    /// was started in.
    /// </summary>
    /// <param name="notebookFolder">The notebook's folder, relative to the folder of the app's file.</param>
    /// <param name="args">The program's arguments: nothing, or <c>--figures DIR</c>.</param>
    /// <exception cref="InvalidOperationException">The program is not a file-based app run by <c>dotnet run FILE.cs</c>.</exception>
    public static void Start(string notebookFolder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(notebookFolder);
        ArgumentNullException.ThrowIfNull(args);
        var appFile = AppContext.GetData("EntryPointFilePath") as string
            ?? throw new InvalidOperationException("This program is a file-based app: run it with `dotnet run FILE.cs`.");

        if (ReadFigureFolder(args) is not { } figures)
        {
            Console.Error.WriteLine($"usage: dotnet run {Path.GetFileName(appFile)} [-- {FiguresOption} DIR]");
            Environment.Exit(2);
            return;
        }

        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

        _startFolder = Directory.GetCurrentDirectory();
        _figureFolder = Path.GetFullPath(figures.Length > 0 ? figures : Path.Combine("out", "apps", Path.GetFileNameWithoutExtension(appFile)));
        _figureCount = 0;
        Directory.SetCurrentDirectory(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(appFile)!, notebookFolder)));
    }

    /// <summary>
    /// Prints a value as text, or writes a chart to a file and prints one line naming it: a DataFrame as an aligned
    /// table with every row, a Deedle frame or series in its own layout, a sequence one item a line (anonymous
    /// objects as a table), anything else as <see cref="object.ToString"/> in the invariant culture.
    /// </summary>
    /// <param name="value">What the notebook would show.</param>
    public static void Show(object? value)
    {
        if (value is GenericChart chart)
        {
            var path = FigureFile.Write(chart, _figureFolder ?? Path.GetFullPath(Path.Combine("out", "apps")), ++_figureCount);
            Console.Out.WriteLine($"{TextForm.Describe(chart)} → {Shorten(path)}\n");
            return;
        }

        // A blank line after each value, as a notebook sets each output apart.
        Console.Out.WriteLine(TextForm.Of(value) + "\n");
    }

    /// <summary>The folder of <c>--figures DIR</c>; empty when not given; null when the arguments are wrong.</summary>
    internal static string? ReadFigureFolder(IReadOnlyList<string> args) => args switch
    {
        [] => "",
        [FiguresOption, var folder] when !string.IsNullOrWhiteSpace(folder) => folder,
        _ => null,
    };

    private static string Shorten(string path)
    {
        var relative = Path.GetRelativePath(_startFolder, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative).Replace('\\', '/');
    }
}
