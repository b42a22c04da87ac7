using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Deedle.Internal;
using Microsoft.Data.Analysis;
using Plotly.NET;
using ReviewKit.Presentation;

namespace ReviewKit.Apps;

/// <summary>The plain-text form of what a notebook shows.</summary>
internal static class TextForm
{
    internal const string Null = "<null>";

    /// <example><c>42</c> ⇒ <c>42</c>; <c>0.5</c> ⇒ <c>0.5</c> in any culture; <c>new[] { 1, 2 }</c> ⇒ two lines, <c>1</c> and <c>2</c>.</example>
    internal static string Of(object? value) => value switch
    {
        null => Null,
        string text => text,
        GenericChart chart => Describe(chart),
        DataFrame frame => Table(frame.Columns.Select(column => column.Name).ToList(), Rows(frame)),
        ReportTable table => Table(table.Columns, table.Rows),
        IFsiFormattable frameOrSeries => frameOrSeries.Format().TrimEnd(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable sequence => Sequence(sequence.Cast<object?>().ToList()),
        _ => value.ToString() ?? "",
    };

    /// <summary>One line for a chart: its title, as the notebooks show charts to text-only viewers.</summary>
    /// <example>A chart titled "Studies per year" ⇒ <c>Chart: Studies per year</c>.</example>
    internal static string Describe(GenericChart chart)
    {
        var layout = JsonNode.Parse(GenericChart.toFigureJson(chart))?["layout"];
        var title = layout?["title"] switch
        {
            JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
            JsonObject titleObject when titleObject["text"] is JsonValue text => text.ToString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(title) ? "Chart" : $"Chart: {title}";
    }

    /// <summary>Columns left-aligned under their names, two spaces apart, a rule under the header, no trailing spaces.</summary>
    /// <example>Columns <c>code</c>, <c>n</c> and the row (LC1, 26) ⇒ <c>code  n</c>, <c>----  --</c>, <c>LC1   26</c>.</example>
    internal static string Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = header.Select((name, column) => rows.Select(row => row[column].Length).Append(name.Length).Max()).ToList();
        string Line(IEnumerable<string> cells) => string.Join("  ", cells.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd();
        return string.Join("\n", new[] { Line(header), Line(widths.Select(width => new string('-', width))) }.Concat(rows.Select(Line)));
    }

    private static List<IReadOnlyList<string>> Rows(DataFrame frame)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            rows.Add(frame.Columns.Select(column => Cell(column[row])).ToList());
        }

        return rows;
    }

    private static string Sequence(IReadOnlyList<object?> items)
    {
        var type = items.FirstOrDefault()?.GetType();
        if (type is not null && IsAnonymous(type) && items.All(item => item?.GetType() == type))
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            return Table(
                properties.Select(property => property.Name).ToList(),
                items.Select(item => (IReadOnlyList<string>)properties.Select(property => Cell(property.GetValue(item))).ToList()).ToList());
        }

        return string.Join("\n", items.Select(Of));
    }

    private static string Cell(object? value) => value is null ? "" : Of(value).ReplaceLineEndings(" ");

    private static bool IsAnonymous(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && type.Name.Contains("AnonymousType", StringComparison.Ordinal);
}
