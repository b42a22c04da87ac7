using ReviewKit.Data;
using ReviewKit.Notebooks;

namespace ReviewKit.Cli;

/// <summary>
/// The notebooks a command reads, checked before any work as data files are: each a regular file (not a pipe, a device
/// or a broken link) of at most <see cref="CsvTable.MaxFileBytes"/>, readable UTF-8, and a notebook whose cells have the
/// shape nbformat gives them.
/// </summary>
internal static class NotebookInputs
{
    /// <summary>The notebooks (<c>*.ipynb</c>) of a folder, in name order.</summary>
    public static IReadOnlyList<string> InFolder(string folder) =>
        Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList();

    /// <summary>Prints every problem of the notebooks as <c>FILE: message</c> on stderr; true when there was none.</summary>
    /// <param name="paths">The notebooks.</param>
    /// <param name="needsParameters">Whether each must have a cell tagged <c>parameters</c>, for <c>reproduce --data</c>.</param>
    /// <param name="stderr">Where the problems go.</param>
    public static bool CheckOrReport(IReadOnlyList<string> paths, bool needsParameters, TextWriter stderr)
    {
        var problems = new ProblemLog();
        foreach (var path in paths)
        {
            var text = CsvTable.ReadText(path, path, "a notebook (.ipynb)", "a notebook's JSON", problems);
            if (text is null)
            {
                continue;
            }

            try
            {
                var cells = NotebookFile.ReadCells(text);
                if (needsParameters && !cells.Any(cell => cell.IsParameters))
                {
                    problems.Add(path, 0,
                        "no cell is tagged \"parameters\", so the folders of --data cannot reach this notebook and it would show the paper's data instead; tag the cell that sets dataDirectories (in its metadata: \"tags\": [\"parameters\"]), or run it without --data");
                }
            }
            catch (FormatException e)
            {
                problems.Add(path, 0, e.Message);
            }
        }

        foreach (var problem in problems.Sorted())
        {
            stderr.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            stderr.WriteLine($"reviewkit: {problems.Count} problem{(problems.Count == 1 ? "" : "s")} in the notebooks; nothing was run or written.");
        }

        return problems.Count == 0;
    }
}
