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

    internal static InteractiveDocument Parse(string json) => Notebook.Parse(json, CreateKernelInfos());

    /// <summary>
    /// The kind of every cell, read from the JSON itself: the documents library turns raw cells
    /// into code cells of the default kernel, so it cannot tell them apart.
    /// </summary>
    internal static IReadOnlyList<CellKind> ReadCellKinds(string json)
    {
        JsonArray cells;
        try
        {
            cells = JsonNode.Parse(json)?["cells"] as JsonArray
                ?? throw new FormatException("The notebook has no \"cells\" array.");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The notebook is not valid JSON: {exception.Message}", exception);
        }

        return cells.Select(cell => cell?["cell_type"]?.GetValue<string>() switch
        {
            "markdown" => CellKind.Markdown,
            "raw" => CellKind.Raw,
            _ => CellKind.Code,
        }).ToList();
    }

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
