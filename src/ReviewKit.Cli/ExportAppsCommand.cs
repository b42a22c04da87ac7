using System.CommandLine;
using ReviewKit.Data;
using ReviewKit.Notebooks;

namespace ReviewKit.Cli;

/// <summary><c>export-apps</c>: write each notebook as a C# file-based app that runs with <c>dotnet run FILE.cs</c>, no kernel.</summary>
internal static class ExportAppsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var notebooks = ReviewKitCommandLine.NotEmpty(
            new Option<string?>("--notebooks") { Description = "Folder of the notebooks (default: notebooks/ of the repository).", HelpName = "DIR" }, "a folder name");
        var output = ReviewKitCommandLine.NotEmpty(
            new Option<string?>("--out") { Description = $"Folder for the apps (default: {NotebookApps.DefaultFolderName}/ in the notebooks folder).", HelpName = "DIR" }, "a folder name");
        var command = new Command("export-apps", "Write each notebook as a C# file-based app (same name, .cs) that prints its tables and writes its figures with no notebook kernel.")
        {
            notebooks, output,
        };
        command.SetAction(parsed => Run(parsed.GetValue(notebooks), parsed.GetValue(output), stdout, stderr));
        return command;
    }

    private static int Run(string? notebooksOption, string? outOption, TextWriter stdout, TextWriter stderr)
    {
        var notebooksFolder = notebooksOption ?? ReproduceCommand.FindNotebooksFolder();
        if (notebooksFolder is null || !Directory.Exists(notebooksFolder))
        {
            stderr.WriteLine($"reviewkit: notebooks folder {VisibleText.Escape(notebooksFolder ?? "notebooks/")} not found; run from the repository or pass --notebooks DIR.");
            return ExitCodes.Usage;
        }

        var appFolder = outOption ?? Path.Combine(notebooksFolder, NotebookApps.DefaultFolderName);
        if (!NotebookInputs.CheckOrReport(NotebookInputs.InFolder(notebooksFolder), needsParameters: false, stderr))
        {
            return ExitCodes.DataError;
        }

        IReadOnlyList<NotebookApp> apps;
        try
        {
            apps = NotebookApps.GenerateAll(notebooksFolder, appFolder);
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"reviewkit: {VisibleText.Escape(e.Message)}");
            return ExitCodes.DataError;
        }

        if (apps.Count == 0)
        {
            stderr.WriteLine($"reviewkit: no notebook (*.ipynb) in {VisibleText.Escape(notebooksFolder)}.");
            return ExitCodes.DataError;
        }

        if (File.Exists(appFolder))
        {
            stderr.WriteLine($"reviewkit: --out {VisibleText.Escape(appFolder)} is a file; give a folder (it is created if missing).");
            return ExitCodes.CannotCreateOutput;
        }

        try
        {
            Directory.CreateDirectory(appFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"reviewkit: cannot create the output folder {VisibleText.Escape(appFolder)}: {VisibleText.Escape(e.Message)}");
            return ExitCodes.CannotCreateOutput;
        }

        var written = 0;
        foreach (var app in apps)
        {
            if (File.Exists(app.AppPath) && File.ReadAllText(app.AppPath) == app.Text)
            {
                continue;
            }

            AtomicFile.WriteAllText(app.AppPath, app.Text);
            written++;
        }

        var stale = NotebookApps.StaleApps(notebooksFolder, appFolder);
        foreach (var app in stale)
        {
            File.Delete(app);
            stdout.WriteLine($"removed {VisibleText.Escape(Path.GetFileName(app))}: its notebook is gone");
        }

        stdout.WriteLine($"{apps.Count} apps in {VisibleText.Escape(Shown(appFolder))} ({written} written, {apps.Count - written} unchanged{(stale.Count > 0 ? $", {stale.Count} removed" : "")}); run one with: dotnet run {VisibleText.Escape(Shown(apps[0].AppPath))}");
        return ExitCodes.Ok;
    }

    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative).Replace('\\', '/');
    }
}
