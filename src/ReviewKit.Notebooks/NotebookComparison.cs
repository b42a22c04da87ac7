using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewKit.Notebooks;

/// <summary>
/// Compares a committed notebook with a freshly executed one, for <c>reproduce --check</c>.
/// </summary>
/// <remarks>
/// Compared: the number of cells; each cell's type and source; each code cell's outputs in order —
/// their type (<c>execute_result</c>, <c>display_data</c>, <c>stream</c>, <c>error</c>), stream name,
/// mime types, and text after normalisation (line endings, element ids, GUIDs and timings are masked;
/// the rules are listed on <c>OutputNormalizer</c>). An error output is compared by its name and value.
/// Images: every <c>image/*</c> value on either side must be one string (VS Code shows a list of lines broken), a PNG
/// must decode from base64 to a PNG, an SVG must start with <c>&lt;svg</c> or <c>&lt;?xml</c>; anything else is a
/// difference. The PNG that stands beside an interactive rendering in the same output (a static picture of it, for
/// viewers without scripts) is compared by its form and pixel size, not its bytes, which may differ by a pixel
/// between two browsers; when the fresh run has no such picture at all (run without images), it is not compared.
/// Not compared: execution counts, cell ids, notebook, cell and output metadata, and error tracebacks.
/// The files are read as plain nbformat 4 JSON, so a notebook saved by VS Code compares as well as
/// one written by <see cref="NotebookWriter"/>.
/// </remarks>
public static class NotebookComparison
{
    /// <summary>
    /// The mime type of static renderings (<see cref="NotebookRunOptions.StaticImage"/>). Beside another rendering of
    /// the same output it is a picture of that rendering and is not compared: the other rendering is, and the picture
    /// may differ by a pixel between two browsers.
    /// </summary>
    public const string StaticImageMimeType = "image/png";

    private const int ExcerptRadius = 40;

    /// <summary>Compares two .ipynb files.</summary>
    /// <param name="committedPath">The notebook as committed, with its outputs.</param>
    /// <param name="freshPath">The same notebook as written after a fresh run.</param>
    /// <returns>The differences, in cell order; empty when the outputs match.</returns>
    /// <example>A chart whose only change is its random div id ⇒ no difference; a count that went from 55 to 56 ⇒
    /// <c>cell 7: output 1 (execute_result, text/html) differs at character 32: committed "…55…", fresh "…56…"</c>.</example>
    public static IReadOnlyList<NotebookDifference> Compare(string committedPath, string freshPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(committedPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(freshPath);
        return CompareJson(File.ReadAllText(committedPath), File.ReadAllText(freshPath));
    }

    /// <summary>Compares two notebooks given as .ipynb JSON text.</summary>
    /// <param name="committedJson">The notebook as committed, with its outputs.</param>
    /// <param name="freshJson">The same notebook after a fresh run, for example <see cref="NotebookRun.ToJupyterJson"/>.</param>
    /// <returns>The differences, in cell order; empty when the outputs match.</returns>
    /// <exception cref="FormatException">A text is not notebook JSON.</exception>
    public static IReadOnlyList<NotebookDifference> CompareJson(string committedJson, string freshJson)
    {
        var committedCells = ReadCells(committedJson, "committed");
        var freshCells = ReadCells(freshJson, "fresh");
        var differences = new List<NotebookDifference>();
        var comparePictures = HasStaticPicture(freshCells);

        if (committedCells.Count != freshCells.Count)
        {
            differences.Add(new NotebookDifference(null, $"committed notebook has {committedCells.Count} cells, fresh run has {freshCells.Count}"));
        }

        for (var index = 0; index < Math.Min(committedCells.Count, freshCells.Count); index++)
        {
            differences.AddRange(CompareCell(index, committedCells[index], freshCells[index], comparePictures));
        }

        return differences;
    }

    private static IEnumerable<NotebookDifference> CompareCell(int index, JsonNode? committed, JsonNode? fresh, bool comparePictures)
    {
        var committedType = ReadString(committed?["cell_type"]);
        var freshType = ReadString(fresh?["cell_type"]);
        if (committedType != freshType)
        {
            yield return new NotebookDifference(index, $"cell type is {committedType} in the committed notebook, {freshType} in the fresh run");
            yield break;
        }

        var committedSource = ReadText(committed?["source"]).ReplaceLineEndings("\n");
        var freshSource = ReadText(fresh?["source"]).ReplaceLineEndings("\n");
        if (committedSource != freshSource)
        {
            yield return new NotebookDifference(index, $"source {DescribeTextDifference(committedSource, freshSource)}");
        }

        var committedOutputs = ReadOutputs(committed, comparePictures);
        var freshOutputs = ReadOutputs(fresh, comparePictures);
        foreach (var (side, outputs) in new[] { ("committed", committedOutputs), ("fresh", freshOutputs) })
        {
            for (var position = 0; position < outputs.Count; position++)
            {
                foreach (var problem in outputs[position].ImageProblems)
                {
                    yield return new NotebookDifference(index, $"output {position + 1} ({side}) {problem}");
                }
            }
        }

        if (committedOutputs.Count != freshOutputs.Count)
        {
            yield return new NotebookDifference(index, $"committed cell has {committedOutputs.Count} outputs, fresh run has {freshOutputs.Count}");
        }

        for (var position = 0; position < Math.Min(committedOutputs.Count, freshOutputs.Count); position++)
        {
            var difference = CompareOutput(committedOutputs[position], freshOutputs[position]);
            if (difference is not null)
            {
                yield return new NotebookDifference(index, $"output {position + 1} {difference}");
            }
        }
    }

    private static string? CompareOutput(ComparableOutput committed, ComparableOutput fresh)
    {
        if (committed.Type != fresh.Type)
        {
            return $"is {committed.Type} in the committed notebook, {fresh.Type} in the fresh run";
        }

        var committedKeys = string.Join(", ", committed.TextByKey.Keys);
        var freshKeys = string.Join(", ", fresh.TextByKey.Keys);
        if (committedKeys != freshKeys)
        {
            return $"({committed.Type}) has {committedKeys} in the committed notebook, {freshKeys} in the fresh run";
        }

        foreach (var (key, committedText) in committed.TextByKey)
        {
            var freshText = fresh.TextByKey[key];
            if (committedText != freshText)
            {
                return $"({committed.Type}, {key}) {DescribeTextDifference(committedText, freshText)}";
            }
        }

        return null;
    }

    private static string DescribeTextDifference(string committed, string fresh)
    {
        var at = 0;
        while (at < committed.Length && at < fresh.Length && committed[at] == fresh[at])
        {
            at++;
        }

        return $"differs at character {at}: committed \"{Excerpt(committed, at)}\", fresh \"{Excerpt(fresh, at)}\"";
    }

    private static string Excerpt(string text, int at)
    {
        var start = Math.Max(0, at - ExcerptRadius);
        var end = Math.Min(text.Length, at + ExcerptRadius);
        var excerpt = text[start..end].ReplaceLineEndings("\\n");
        return (start > 0 ? "…" : "") + excerpt + (end < text.Length ? "…" : "");
    }

    private static JsonArray ReadCells(string json, string side)
    {
        try
        {
            return JsonNode.Parse(json)?["cells"] as JsonArray
                ?? throw new FormatException($"The {side} notebook has no \"cells\" array.");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The {side} notebook is not valid JSON: {exception.Message}", exception);
        }
    }

    private static List<ComparableOutput> ReadOutputs(JsonNode? cell, bool comparePictures) =>
        (cell?["outputs"] as JsonArray ?? [])
            .Select(output => ToComparableOutput(output, comparePictures))
            .ToList();

    private static bool HasStaticPicture(JsonArray cells) =>
        cells.SelectMany(cell => cell?["outputs"] as JsonArray ?? [])
            .Any(output => output?["data"] is JsonObject data && data.Count > 1 && data.ContainsKey(StaticImageMimeType));

    /// <summary>The parts of an output that are compared, keyed and sorted so that the order of mime types does not matter.</summary>
    private static ComparableOutput ToComparableOutput(JsonNode? output, bool comparePictures)
    {
        var type = ReadString(output?["output_type"]) ?? "unknown";
        var textByKey = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var imageProblems = new List<string>();

        switch (type)
        {
            case "stream":
                type = $"stream {ReadString(output?["name"])}";
                textByKey["text"] = OutputNormalizer.Normalize(ReadText(output?["text"]));
                break;
            case "error":
                textByKey["ename"] = OutputNormalizer.Normalize(ReadText(output?["ename"]));
                textByKey["evalue"] = OutputNormalizer.Normalize(ReadText(output?["evalue"]));
                break;
            default:
                if (output?["data"] is JsonObject data)
                {
                    foreach (var (mimeType, value) in data)
                    {
                        var image = mimeType.StartsWith("image/", StringComparison.Ordinal) ? ImageForm.Read(mimeType, value) : null;
                        if (image?.Problem is { } problem)
                        {
                            imageProblems.Add($"({type}, {mimeType}) {problem}");
                        }

                        if (mimeType == StaticImageMimeType && data.Count > 1)
                        {
                            if (comparePictures)
                            {
                                textByKey[mimeType] = image!.Description;
                            }
                        }
                        else
                        {
                            textByKey[mimeType] = OutputNormalizer.Normalize(IsJsonMimeType(mimeType) ? ReadJson(value) : ReadText(value));
                        }
                    }
                }

                break;
        }

        return new ComparableOutput(type, textByKey, imageProblems);
    }

    /// <summary>JSON data compares by its content, whether a client stored it as JSON or as its text.</summary>
    private static string ReadJson(JsonNode? node)
    {
        if (node is JsonObject or null)
        {
            return node?.ToJsonString(JsonTextOptions) ?? "";
        }

        var text = ReadText(node);
        try
        {
            return JsonNode.Parse(text)?.ToJsonString(JsonTextOptions) ?? "";
        }
        catch (JsonException)
        {
            return text;
        }
    }

    private static readonly JsonSerializerOptions JsonTextOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static bool IsJsonMimeType(string mimeType) =>
        mimeType == "application/json" || (mimeType.StartsWith("application/", StringComparison.Ordinal) && mimeType.EndsWith("+json", StringComparison.Ordinal));

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>nbformat stores text either as one string or as a list of lines; other JSON (for example <c>application/json</c> data) is compared as written.</summary>
    private static string ReadText(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(line => ReadString(line) ?? line?.ToJsonString() ?? "")),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    private sealed record ComparableOutput(string Type, SortedDictionary<string, string> TextByKey, IReadOnlyList<string> ImageProblems);
}
