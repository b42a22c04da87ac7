using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using ReviewKit.Presentation;

namespace ReviewKit.Interactive;

/// <summary>Shows a Plotly.NET chart as the Plotly figure mime type, which notebook front ends draw with their own plotly.js.</summary>
internal static class ChartDisplay
{
    /// <summary>The mime type of a Plotly figure (<c>{"data": […], "layout": {…}}</c>), drawn by VS Code's and JupyterLab's renderers.</summary>
    internal const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <remarks>
    /// Called after <see cref="KernelAssemblies.Install"/>: it is the first code of the setup that needs ReviewKit and
    /// Plotly.NET loaded, and in the dotnet-interactive tool they must load through that bridge, not before it.
    /// </remarks>
    internal static void Register()
    {
        ChartSerialization.Install();
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(Figures.FigureJson(chart)), PlotlyMimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(Describe(chart)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), PlotlyMimeType, PlainTextFormatter.MimeType);
    }

    /// <summary>One line for viewers that show only text: the chart's title, or that it is a chart.</summary>
    /// <example>A chart titled "Studies per year" ⇒ <c>Chart: Studies per year</c>.</example>
    internal static string Describe(GenericChart chart)
    {
        var layout = JsonNode.Parse(Figures.FigureJson(chart))?["layout"];
        var title = layout?["title"] switch
        {
            JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
            JsonObject titleObject when titleObject["text"] is JsonValue text => text.ToString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(title) ? "Chart" : $"Chart: {title}";
    }
}
