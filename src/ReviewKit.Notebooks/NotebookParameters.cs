using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ReviewKit.Notebooks;

/// <summary>Injects parameter values into the cell tagged <c>parameters</c>, as papermill does for Python.</summary>
internal static class NotebookParameters
{
    internal const string Tag = "parameters";

    internal static string Inject(string json, IReadOnlyDictionary<string, object> parameters)
    {
        var notebook = JsonNode.Parse(json)!;
        var cell = notebook["cells"]!.AsArray().FirstOrDefault(IsParametersCell)
            ?? throw new FormatException($"no cell is tagged \"{Tag}\", so the parameters {string.Join(", ", parameters.Keys)} cannot be injected.");

        var source = new StringBuilder(SourceText(cell["source"]).TrimEnd());
        source.Append("\n// Injected parameters:");
        foreach (var (name, value) in parameters.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            source.Append('\n').Append(name).Append(" = ").Append(Literal(value)).Append(';');
        }

        cell["source"] = source.ToString();
        return notebook.ToJsonString();
    }

    internal static string Literal(object value) => value switch
    {
        string text => StringLiteral(text),
        IEnumerable<string> texts => $"new[] {{ {string.Join(", ", texts.Select(StringLiteral))} }}",
        bool flag => flag ? "true" : "false",
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"A parameter value of type {value.GetType().Name} cannot be written as C#.", nameof(value)),
    };

    private static bool IsParametersCell(JsonNode? cell) =>
        cell?["metadata"]?["tags"] is JsonArray tags && tags.Any(tag => tag?.GetValue<string>() == Tag);

    private static string SourceText(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>())),
        JsonValue text => text.GetValue<string>(),
        _ => "",
    };

    private static string StringLiteral(string text) => "@\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
