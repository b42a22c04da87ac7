namespace ReviewKit.Notebooks;

/// <summary>
/// Writes each notebook as a plain C# program, a file-based app that <c>dotnet run FILE.cs</c> runs with no notebook
/// kernel: the pinned packages as <c>#:package</c>, the library as <c>#:project</c>, markdown as comments and the code
/// cells in order, every value the notebook shows printed as text and every chart written to a file.
/// </summary>
/// <example>
/// <code>
/// var app = NotebookApps.Generate("notebooks/03-coding-and-counting.ipynb", "notebooks/apps");
/// File.WriteAllText(app.AppPath, app.Text);   // then: dotnet run notebooks/apps/03-coding-and-counting.cs
/// </code>
/// </example>
public static class NotebookApps
{
    /// <summary>The folder of the apps inside the notebooks folder.</summary>
    public const string DefaultFolderName = "apps";

    /// <summary>The app of one notebook, for the folder <paramref name="appFolder"/> (its relative paths start there).</summary>
    /// <exception cref="FileNotFoundException">The notebook does not exist.</exception>
    /// <exception cref="FormatException">The notebook is not valid, or holds code a C# program cannot hold; the message names the cell.</exception>
    public static NotebookApp Generate(string notebookPath, string appFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notebookPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(appFolder);
        var fullPath = Path.GetFullPath(notebookPath);
        var folder = Path.GetFullPath(appFolder);
        var text = AppTranslator.Translate(fullPath, File.ReadAllText(fullPath), folder).Text;
        return new NotebookApp(fullPath, Path.Combine(folder, AppFileName(fullPath)), text);
    }

    /// <summary>The app of every notebook (<c>*.ipynb</c>) of a folder, in name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The notebooks folder does not exist.</exception>
    /// <exception cref="FormatException">A notebook cannot be written as an app; the message names it and the cell.</exception>
    public static IReadOnlyList<NotebookApp> GenerateAll(string notebooksFolder, string appFolder) =>
        Directory.GetFiles(notebooksFolder, "*.ipynb")
            .Order(StringComparer.Ordinal)
            .Select(notebook => Generate(notebook, appFolder))
            .ToList();

    /// <summary>The apps in <paramref name="appFolder"/> that were generated from a notebook that is no longer there.</summary>
    public static IReadOnlyList<string> StaleApps(string notebooksFolder, string appFolder)
    {
        if (!Directory.Exists(appFolder))
        {
            return [];
        }

        var notebooks = Directory.GetFiles(notebooksFolder, "*.ipynb").Select(AppFileName).ToHashSet(StringComparer.Ordinal);
        return Directory.GetFiles(appFolder, "*.cs")
            .Where(app => !notebooks.Contains(Path.GetFileName(app)) && AppTranslator.IsGenerated(File.ReadLines(app).FirstOrDefault()))
            .Order(StringComparer.Ordinal)
            .Select(Path.GetFullPath)
            .ToList();
    }

    private static string AppFileName(string notebookPath) => Path.GetFileNameWithoutExtension(notebookPath) + ".cs";
}
