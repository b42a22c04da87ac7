using System.Text.Json.Nodes;

namespace ReviewKit.Notebooks.Tests;

/// <summary>Writes small notebooks into a temporary folder that is deleted afterwards.</summary>
internal sealed class TestNotebook : IDisposable
{
    private TestNotebook(string folder) => Folder = folder;

    public string Folder { get; }

    public static TestNotebook CreateFolder() =>
        new(Directory.CreateTempSubdirectory("reviewkit-notebook-test-").FullName);

    /// <summary>A notebook with one code cell per string; strings starting with "md:" become markdown cells, "raw:" raw cells.</summary>
    public string Write(string fileName, params string[] cells)
    {
        var path = Path.Combine(Folder, fileName);
        File.WriteAllText(path, ToJson(cells));
        return path;
    }

    public static string ToJson(params string[] cells)
    {
        var cellNodes = new JsonArray();
        foreach (var cell in cells)
        {
            cellNodes.Add(cell switch
            {
                _ when cell.StartsWith("md:", StringComparison.Ordinal) => TextCell("markdown", cell[3..]),
                _ when cell.StartsWith("raw:", StringComparison.Ordinal) => TextCell("raw", cell[4..]),
                _ => new JsonObject
                {
                    ["cell_type"] = "code",
                    ["execution_count"] = null,
                    ["metadata"] = new JsonObject
                    {
                        ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
                    },
                    ["outputs"] = new JsonArray(),
                    ["source"] = cell,
                },
            });
        }

        var notebook = new JsonObject
        {
            ["cells"] = cellNodes,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["display_name"] = ".NET (C#)", ["language"] = "C#" },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return notebook.ToJsonString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A package restore may still hold a file; the folder is in the temp directory anyway.
        }
    }

    private static JsonObject TextCell(string cellType, string text) => new()
    {
        ["cell_type"] = cellType,
        ["metadata"] = new JsonObject(),
        ["source"] = text,
    };
}
