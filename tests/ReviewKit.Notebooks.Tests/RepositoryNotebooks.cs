using System.Text.Json.Nodes;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>The repository's notebooks, read as plain nbformat JSON.</summary>
internal static class RepositoryNotebooks
{
    /// <summary>Relative paths (<c>notebooks/00-overview.ipynb</c>, …), sorted; a new notebook is picked up by itself.</summary>
    public static IReadOnlyList<string> Paths { get; } = Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), "*.ipynb")
        .Select(path => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The source of a notebook's first code cell: the setup every notebook shares.</summary>
    public static string SetupCell(string relativePath)
    {
        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, relativePath)))!["cells"]!.AsArray();
        var setup = cells.First(cell => (string?)cell!["cell_type"] == "code")!;
        return Source(setup);
    }

    /// <summary>A cell's source.</summary>
    public static string Source(JsonNode cell) => Text(cell["source"]);

    /// <summary>Text as nbformat stores it: one string, or a list of lines.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        _ => (string?)node ?? "",
    };
}
