using System.Text.Json.Nodes;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// The committed notebooks in the form VS Code reads and writes: every image one string that decodes to what its mime
/// type says (VS Code shows a list of lines broken, and encodes it again on save), every cell a unique id (nbformat 4.5).
/// </summary>
public sealed class CommittedNotebookFormTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string> Notebooks() => new(RepositoryNotebooks.Paths);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void FormProblems_CommittedNotebook_None(string notebook)
    {
        var problems = FormProblems(JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, notebook)))!);

        Assert.True(problems.Count == 0, $"{notebook}:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void FormProblems_ImageAsListAndMissingOrRepeatedIds_ReportsEach()
    {
        var notebook = JsonNode.Parse("""
            {"cells":[
              {"cell_type":"markdown","id":"intro","metadata":{},"source":"# Title"},
              {"cell_type":"code","id":"intro","metadata":{},"execution_count":1,"source":"chart","outputs":[
                {"output_type":"display_data","metadata":{},"data":{"text/plain":"Chart","image/png":["iVBORw0KGgo","AAAANSUhEUg=="]}}]},
              {"cell_type":"code","metadata":{},"execution_count":2,"source":"svg","outputs":[
                {"output_type":"display_data","metadata":{},"data":{"image/svg+xml":"PHN2Zz4=","image/png":"R0lGODlhAQABAAAAACw="}}]}],
             "metadata":{},"nbformat":4,"nbformat_minor":5}
            """)!;

        var problems = FormProblems(notebook);

        Assert.Equal(
            [
                "cell 1: id \"intro\" is also the id of cell 0",
                "cell 1, output 0: image/png is a list, not one string",
                "cell 2: no id",
                "cell 2, output 0: image/svg+xml does not start with <svg or <?xml",
                "cell 2, output 0: image/png does not decode to a PNG",
            ],
            problems);
    }

    /// <summary>What keeps VS Code or nbformat's validator from reading the notebook as written; cells counted from 0.</summary>
    private static List<string> FormProblems(JsonNode notebook)
    {
        var problems = new List<string>();
        var cellOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = notebook["cells"]!.AsArray();
        for (var index = 0; index < cells.Count; index++)
        {
            var cell = cells[index]!;
            var id = cell["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var text) ? text : null;
            if (string.IsNullOrEmpty(id))
            {
                problems.Add($"cell {index}: no id");
            }
            else if (!cellOfId.TryAdd(id, index))
            {
                problems.Add($"cell {index}: id \"{id}\" is also the id of cell {cellOfId[id]}");
            }

            var outputs = cell["outputs"] as JsonArray ?? [];
            for (var position = 0; position < outputs.Count; position++)
            {
                var data = outputs[position]!["data"] as JsonObject ?? [];
                foreach (var (mimeType, value) in data.Where(entry => entry.Key.StartsWith("image/", StringComparison.Ordinal)))
                {
                    if (ImageProblem(mimeType, value) is { } problem)
                    {
                        problems.Add($"cell {index}, output {position}: {mimeType} {problem}");
                    }
                }
            }
        }

        return problems;
    }

    private static string? ImageProblem(string mimeType, JsonNode? value)
    {
        if (value is not JsonValue scalar || !scalar.TryGetValue<string>(out var text))
        {
            return value is JsonArray ? "is a list, not one string" : "is not a string";
        }

        if (mimeType.StartsWith("image/svg", StringComparison.Ordinal))
        {
            var start = text.TrimStart();
            return start.StartsWith("<svg", StringComparison.Ordinal) || start.StartsWith("<?xml", StringComparison.Ordinal)
                ? null
                : "does not start with <svg or <?xml";
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return "is not base64";
        }

        return mimeType == "image/png" && !bytes.AsSpan().StartsWith(PngSignature) ? "does not decode to a PNG" : null;
    }
}
