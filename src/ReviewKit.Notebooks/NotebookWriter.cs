using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace ReviewKit.Notebooks;

/// <summary>Writes an executed notebook: the source notebook with the outputs of a run.</summary>
/// <remarks>
/// The file is written by <c>Notebook.ToJupyterJson(document, "C#")</c>, so it carries the kernelspec
/// <c>{"name":".net-csharp","display_name":".NET (C#)","language":"C#"}</c> and the
/// <c>polyglot_notebook</c> metadata that VS Code needs to open it with the C# kernel.
/// The notebook-level <c>polyglot_notebook</c> entry is written afresh for the C# kernel.
/// Markdown and raw cells are kept as they were. Executed code cells are numbered 1, 2, … in run
/// order; cells that were not run lose their old outputs, so the file never mixes two runs.
/// </remarks>
public static class NotebookWriter
{
    private const string PolyglotMetadataKey = "polyglot_notebook";

    private static readonly JsonSerializerOptions NotebookJsonOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The executed notebook as .ipynb (nbformat 4) JSON.</summary>
    /// <param name="run">A finished run.</param>
    /// <returns>The JSON text, LF line endings, ending with a newline.</returns>
    public static string ToJupyterJson(NotebookRun run)
    {
        ArgumentNullException.ThrowIfNull(run);

        var document = NotebookFile.Parse(run.SourceJson);

        // Notebook.Parse keeps this entry as a plain dictionary, which ToJupyterJson then fails to cast
        // to a kernel list (InvalidCastException); without it, ToJupyterJson writes it afresh.
        document.Metadata.Remove(PolyglotMetadataKey);

        var executionCount = 0;
        foreach (var cell in run.Cells.Where(cell => cell.Kind == CellKind.Code))
        {
            var element = document.Elements[cell.Index];
            element.Outputs.Clear();
            element.ExecutionOrder = 0;
            if (!cell.Executed)
            {
                continue;
            }

            element.ExecutionOrder = ++executionCount;
            element.Outputs.AddRange(cell.Outputs.Select(output => ToDocumentOutput(output, element.ExecutionOrder)));
        }

        var written = JsonNode.Parse(Notebook.ToJupyterJson(document, NotebookFile.DefaultLanguage))!;
        RestoreRawCells(written, run);
        StoreJsonDataAsJson(written);
        StoreImagesAsOneString(written);
        GiveEveryCellAnId(written, run);
        return written.ToJsonString(NotebookJsonOptions).ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    /// <summary>Writes the executed notebook to <paramref name="outputPath"/> as UTF-8 without BOM.</summary>
    /// <param name="run">A finished run.</param>
    /// <param name="outputPath">Where to write the .ipynb file; its folder is created when missing.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static async Task WriteAsync(NotebookRun run, string outputPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);

        var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(outputPath, ToJupyterJson(run), cancellationToken);
    }

    private static InteractiveDocumentOutputElement ToDocumentOutput(CellOutput output, int executionOrder)
    {
        switch (output.Kind)
        {
            case CellOutputKind.ReturnValue:
                var returnValue = new ReturnValueElement { ExecutionOrder = executionOrder };
                foreach (var value in output.Values)
                {
                    returnValue.Data[value.MimeType] = value.Text;
                }

                return returnValue;
            case CellOutputKind.DisplayedValue:
                return new DisplayElement(output.Values.ToDictionary(value => value.MimeType, value => (object)value.Text));
            case CellOutputKind.StandardOutput:
                return new TextElement(JoinText(output), "stdout");
            case CellOutputKind.StandardError:
                return new TextElement(JoinText(output), "stderr");
            default:
                var message = JoinText(output);
                return new ErrorElement(message, "Error", message.ReplaceLineEndings("\n").Split('\n'));
        }
    }

    private static string JoinText(CellOutput output) => string.Concat(output.Values.Select(value => value.Text));

    /// <summary>The documents library writes raw cells as code cells; put the original ones back.</summary>
    private static void RestoreRawCells(JsonNode written, NotebookRun run)
    {
        var writtenCells = written["cells"]!.AsArray();
        var sourceCells = JsonNode.Parse(run.SourceJson)!["cells"]!.AsArray();

        foreach (var cell in run.Cells.Where(cell => cell.Kind == CellKind.Raw))
        {
            writtenCells[cell.Index] = sourceCells[cell.Index]!.DeepClone();
        }
    }

    /// <summary>
    /// The documents library writes every rendering as lines of text; nbformat stores JSON mime types
    /// (<c>application/json</c>, <c>application/vnd.plotly.v1+json</c>) as JSON, and front ends read them so.
    /// </summary>
    private static void StoreJsonDataAsJson(JsonNode written)
    {
        var outputs = written["cells"]!.AsArray().SelectMany(cell => cell?["outputs"] as JsonArray ?? []);
        foreach (var data in outputs.Select(output => output?["data"]).OfType<JsonObject>())
        {
            foreach (var mimeType in data.Select(entry => entry.Key).Where(NotebookComparison.IsJsonMimeType).ToList())
            {
                if (data[mimeType] is JsonArray lines && TryParse(string.Concat(lines.Select(line => line?.GetValue<string>()))) is { } json)
                {
                    data[mimeType] = json;
                }
            }
        }
    }

    /// <summary>
    /// The documents library writes an image's base64 as lines of text. nbformat allows that, but VS Code shows such an
    /// image broken and encodes it again on save: an image is stored as one string, as Jupyter writes it.
    /// </summary>
    private static void StoreImagesAsOneString(JsonNode written)
    {
        var outputs = written["cells"]!.AsArray().SelectMany(cell => cell?["outputs"] as JsonArray ?? []);
        foreach (var data in outputs.Select(output => output?["data"]).OfType<JsonObject>())
        {
            foreach (var mimeType in data.Select(entry => entry.Key).Where(IsBinaryImage).ToList())
            {
                if (data[mimeType] is JsonArray lines)
                {
                    data[mimeType] = string.Concat(lines.Select(line => line?.GetValue<string>()));
                }
            }
        }
    }

    private static bool IsBinaryImage(string mimeType) =>
        mimeType.StartsWith("image/", StringComparison.Ordinal) && !mimeType.StartsWith("image/svg", StringComparison.Ordinal);

    /// <summary>
    /// nbformat 4.5 requires an id on every cell. A cell keeps the id its source notebook gave it (VS Code and Jupyter
    /// write one); a cell without one is given <c>cell-N</c>, N its position, so the same notebook is always written
    /// the same.
    /// </summary>
    private static void GiveEveryCellAnId(JsonNode written, NotebookRun run)
    {
        var writtenCells = written["cells"]!.AsArray();
        var sourceCells = JsonNode.Parse(run.SourceJson)!["cells"]!.AsArray();
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < writtenCells.Count; index++)
        {
            var source = index < sourceCells.Count ? (string?)sourceCells[index]?["id"] : null;
            var id = source is { Length: > 0 and <= 64 } && source.All(IsIdCharacter) && used.Add(source) ? source : NewId(index, used);
            var cell = writtenCells[index]!.AsObject();
            cell.Remove("id");
            var fields = cell.ToList();
            cell.Clear();
            cell["id"] = id;
            foreach (var (key, value) in fields)
            {
                cell[key] = value;
            }
        }
    }

    private static string NewId(int index, HashSet<string> used)
    {
        var id = $"cell-{index}";
        for (var suffix = 2; !used.Add(id); suffix++)
        {
            id = $"cell-{index}-{suffix}";
        }

        return id;
    }

    private static bool IsIdCharacter(char character) => char.IsAsciiLetterOrDigit(character) || character is '-' or '_';

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
