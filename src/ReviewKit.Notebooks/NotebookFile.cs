using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace ReviewKit.Notebooks;

/// <summary>Reading .ipynb files the way the C# kernel expects them.</summary>
internal static class NotebookFile
{
    internal const string CSharpKernelName = "csharp";

    /// <summary>Passed to <c>Notebook.ToJupyterJson</c>: yields the <c>.net-csharp</c> kernelspec.</summary>
    internal const string DefaultLanguage = "C#";

    /// <summary>What a notebook is expected to be, for messages.</summary>
    internal const string Expected = "a Jupyter notebook: a JSON object with a \"cells\" array";

    /// <summary>
    /// Parses the JSON with the documents library. Call <see cref="ReadCells"/> first: the library throws exceptions of
    /// its own on shapes it does not expect, which this turns into a <see cref="FormatException"/> as a last resort.
    /// </summary>
    internal static InteractiveDocument Parse(string json)
    {
        try
        {
            return Notebook.Parse(json, CreateKernelInfos());
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException or KeyNotFoundException or InvalidCastException)
        {
            throw new FormatException($"cannot be read as {Expected}: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// The cells of a notebook, read from the JSON itself and checked for the shape nbformat 4 gives them; the documents
    /// library turns raw cells into code cells of the default kernel, so it cannot tell them apart.
    /// </summary>
    /// <exception cref="FormatException">The text is not such a notebook; the message names the cell (counted from 1) and what was expected.</exception>
    internal static IReadOnlyList<NotebookCell> ReadCells(string json)
    {
        JsonNode? root;
        try
        {
            // Editors may save a byte order mark, which File.ReadAllText drops but a byte-level read keeps.
            var withoutByteOrderMark = json.StartsWith('\uFEFF') ? json[1..] : json;
            root = JsonNode.Parse(withoutByteOrderMark, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException exception)
        {
            throw new FormatException($"is not valid JSON ({exception.Message}); expected {Expected}.", exception);
        }

        if (root is not JsonObject notebook || notebook["cells"] is not JsonArray cells)
        {
            throw new FormatException($"is not {Expected}.");
        }

        return cells.Select(ReadCell).ToList();
    }

    /// <summary>The kind of every cell; see <see cref="ReadCells"/>.</summary>
    internal static IReadOnlyList<CellKind> ReadCellKinds(string json) => ReadCells(json).Select(cell => cell.Kind).ToList();

    private static NotebookCell ReadCell(JsonNode? node, int index)
    {
        FormatException Problem(string message) => new($"cell {index + 1}: {message}");

        if (node is not JsonObject cell)
        {
            throw Problem($"is {Describe(node)}; expected a JSON object with \"cell_type\" and \"source\".");
        }

        var kind = cell["cell_type"] is JsonValue type && type.TryGetValue<string>(out var typeName)
            ? typeName switch
            {
                "code" => CellKind.Code,
                "markdown" => CellKind.Markdown,
                "raw" => CellKind.Raw,
                _ => (CellKind?)null,
            }
            : null;
        if (kind is null)
        {
            var found = cell["cell_type"]?.GetValueKind() == JsonValueKind.String ? "an unknown cell type" : Describe(cell["cell_type"]);
            throw Problem($"\"cell_type\" is {found}; expected \"code\", \"markdown\" or \"raw\".");
        }

        var source = cell["source"] switch
        {
            null => "",
            JsonValue text when text.TryGetValue<string>(out var value) => value,
            JsonArray lines when lines.All(line => line is JsonValue value && value.TryGetValue<string>(out _)) =>
                string.Concat(lines.Select(line => line!.GetValue<string>())),
            var other => throw Problem($"\"source\" is {Describe(other)}; expected a string or an array of strings."),
        };

        var metadata = cell["metadata"] switch
        {
            null => null,
            JsonObject value => value,
            var other => throw Problem($"\"metadata\" is {Describe(other)}; expected a JSON object."),
        };
        var kernelName = OptionalString(metadata?["polyglot_notebook"], "kernelName", "\"metadata\".\"polyglot_notebook\"", Problem)
            ?? OptionalString(metadata?["dotnet_interactive"], "language", "\"metadata\".\"dotnet_interactive\"", Problem);
        var tags = metadata?["tags"] switch
        {
            null => [],
            JsonArray array when array.All(tag => tag is JsonValue value && value.TryGetValue<string>(out _)) => array.Select(tag => tag!.GetValue<string>()).ToList(),
            var other => throw Problem($"\"metadata\".\"tags\" is {Describe(other)}; expected an array of strings."),
        };
        return new NotebookCell(index, kind.Value, kernelName, source, tags.Contains(NotebookParameters.Tag, StringComparer.Ordinal));
    }

    private static string? OptionalString(JsonNode? parent, string name, string where, Func<string, FormatException> problem) => parent switch
    {
        null => null,
        JsonObject value => value[name] switch
        {
            null => null,
            JsonValue text when text.TryGetValue<string>(out var result) => result,
            var other => throw problem($"{where}.\"{name}\" is {Describe(other)}; expected a string."),
        },
        var other => throw problem($"{where} is {Describe(other)}; expected a JSON object."),
    };

    /// <summary>A JSON value in a few words, for messages: never the value itself, which may be long or hostile.</summary>
    private static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "missing or null",
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    private static KernelInfoCollection CreateKernelInfos()
    {
        var kernelInfos = new KernelInfoCollection
        {
            new KernelInfo(CSharpKernelName, DefaultLanguage, ["c#", "cs"]),
        };
        kernelInfos.DefaultKernelName = CSharpKernelName;
        return kernelInfos;
    }
}

/// <summary>One cell of a notebook as its JSON gives it.</summary>
/// <param name="Index">Its place, from 0.</param>
/// <param name="Kind">Code, markdown or raw.</param>
/// <param name="KernelName">The kernel its metadata names (<c>polyglot_notebook.kernelName</c>, else <c>dotnet_interactive.language</c>), or null.</param>
/// <param name="Source">Its text.</param>
/// <param name="IsParameters">Whether it is tagged <c>parameters</c>.</param>
internal sealed record NotebookCell(int Index, CellKind Kind, string? KernelName, string Source, bool IsParameters);
