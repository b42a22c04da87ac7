using System.Text.Json.Nodes;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using ReviewKit.Counting;
using ReviewKit.Data;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace ReviewKit.Presentation;

/// <summary>The review's charts as Plotly.NET charts: interactive in a notebook, exportable as HTML, PNG or SVG.</summary>
public static partial class Figures
{
    /// <summary>Code labels longer than this are shortened with an ellipsis, so that bars keep room beside them.</summary>
    private const int LabelLength = 52;

    /// <summary>How far a value axis reaches beyond its largest value, to leave room for labels outside the bars.</summary>
    private const double HeadroomFactor = 1.2;

    /// <summary>
    /// One stakeholder's codes as horizontal bars: how many studies carry each, challenges and opportunities
    /// in their own colour, the most frequent at the top of each group. Each bar carries an error bar spanning the
    /// 95% Wilson interval of its count (<see cref="CodeFrequency.Interval"/> × studies) and is labelled "n (%)" just
    /// beyond the interval's upper end, so that no line runs through a label.
    /// </summary>
    public static GenericChart CodeFrequencies(ReviewDataset dataset, Stakeholder stakeholder)
    {
        var rows = ContentAnalysis.CodeFrequencies(dataset).Where(row => row.Code.Stakeholder == stakeholder).ToList();
        var parts = new[] { (Polarity.Challenge, Palette.Challenge), (Polarity.Opportunity, Palette.Opportunity) }
            .Select(pair => (Polarity: pair.Item1, Colour: pair.Item2, Rows: rows
                .Where(row => row.Code.Polarity == pair.Item1)
                .OrderBy(row => row.N) // Plotly draws the first category at the bottom: ascending n puts the most frequent on top.
                .ThenByDescending(row => row.Code.Id, StringComparer.Ordinal)
                .ToList()))
            .ToList();
        var bars = parts.Select(part => WithInterval(
            PlotlyChart.Bar<int, string, string>(
                values: part.Rows.Select(row => row.N),
                Keys: part.Rows.Select(Key).ToList(),
                Name: Names.Of(part.Polarity),
                MarkerColor: Color.fromHex(part.Colour)),
            part.Rows));
        var labels = parts.Select(part => LabelsAtUpperLimits(part.Rows));

        var upper = rows.Count == 0 ? 1 : rows.Max(row => row.Studies * row.Interval.High);
        return Layout(
            PlotlyChart.Combine(bars.Concat(labels)),
            $"{Names.Of(stakeholder)}: studies carrying each code (of {dataset.Studies.Count})",
            xTitle: "Studies carrying the code (n); lines: 95% Wilson interval",
            yTitle: "Code",
            FigureSize.ForBars(rows.Count),
            xRange: new Span(0, upper * HeadroomFactor)); // room for the labels beyond the longest interval
    }

    private static string Key(CodeFrequency row) => ChartText($"{row.Code.Id} {Shorten(row.Code.Label)}");

    /// <summary>Adds to each bar an asymmetric horizontal error bar from the lower to the upper limit of its 95% Wilson interval, in studies.</summary>
    private static GenericChart WithInterval(GenericChart bars, IReadOnlyList<CodeFrequency> rows)
    {
        var error = new Plotly.NET.TraceObjects.Error();
        error.SetProperty("type", "data");
        error.SetProperty("symmetric", false);
        error.SetProperty("array", rows.Select(row => (row.Studies * row.Interval.High) - row.N).ToArray());
        error.SetProperty("arrayminus", rows.Select(row => row.N - (row.Studies * row.Interval.Low)).ToArray());
        error.SetProperty("color", Palette.Interval);
        error.SetProperty("thickness", 1.5);
        error.SetProperty("width", 4);
        return Chart.withXError(error).Invoke(bars);
    }

    /// <summary>Text-only points labelling each bar "n (%)" just right of its interval's upper limit; not in the legend.</summary>
    private static GenericChart LabelsAtUpperLimits(IReadOnlyList<CodeFrequency> rows) =>
        GenericChart.mapTrace(
            FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("mode", "text");
                trace.SetProperty("hoverinfo", "skip");
                return trace;
            }),
            PlotlyChart.Point<double, string, string>(
                x: rows.Select(row => row.Studies * row.Interval.High),
                y: rows.Select(Key).ToList(),
                ShowLegend: false,
                MultiText: rows.Select(row => $" {row.N} ({row.RoundedPercent}%)").ToList(),
                TextPosition: StyleParam.TextPosition.MiddleRight));

    /// <summary>
    /// The font of every text of every figure, named in the figure itself so that a notebook, a browser and the PNG
    /// exporter all draw the same letters. Verdana is the widest of the common default fonts and what plotly.js's own
    /// default list falls to on Windows and macOS; DejaVu Sans (from Bitstream Vera, with Verdana's wide letters) is its
    /// stand-in on Linux, where the PNGs are drawn. Boxes are sized for these widths, so a narrower fallback still fits.
    /// </summary>
    internal const string FontFamily = "Verdana, 'DejaVu Sans', 'Bitstream Vera Sans', sans-serif";

    /// <summary>
    /// The chart's figure (<c>{"data": […], "layout": {…}}</c>) as plotly.js reads it. A chart that names no font, such
    /// as one drawn in a notebook cell, is given <see cref="FontFamily"/>, so that its interactive view and its PNG draw
    /// the same letters as every figure; a chart that names one keeps it.
    /// </summary>
    internal static string FigureJson(GenericChart chart)
    {
        var json = GenericChart.toFigureJson(chart);
        if (JsonNode.Parse(json) is not JsonObject figure || figure["layout"] is not JsonObject layout
            || layout["font"] is JsonObject { } font && font["family"] is not null)
        {
            return json;
        }

        var withFont = layout["font"] as JsonObject ?? new JsonObject();
        withFont["family"] = FontFamily;
        layout["font"] = withFont;
        return figure.ToJsonString();
    }

    /// <summary>The layout that sets <see cref="FontFamily"/> for a whole figure.</summary>
    internal static Layout FontLayout()
    {
        var font = new Font();
        font.SetProperty("family", FontFamily);
        var layout = new Layout();
        layout.SetProperty("font", font);
        return layout;
    }

    /// <remarks>Give a value axis a range with headroom when bars carry their labels outside, or the longest label is cut off.</remarks>
    internal static GenericChart Layout(GenericChart chart, string title, string xTitle, string yTitle, FigureSize size, Span? xRange = null, Span? yRange = null)
    {
        chart = Chart.withLayout(FontLayout()).Invoke(chart);
        chart = Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart);
        chart = Chart.withXAxis(Axis(xTitle, xRange), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
        chart = Chart.withYAxis(Axis(yTitle, yRange), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, size.Width, size.Height);
    }

    // Plotly.NET's F# initialisers take every optional argument from C#; setting the few plotly.js
    // properties needed by name keeps the calls readable.
    internal static LinearAxis Axis(string title, Span? range = null)
    {
        var axisTitle = new Title();
        axisTitle.SetProperty("text", title);
        var axis = new LinearAxis();
        axis.SetProperty("title", axisTitle);
        axis.SetProperty("automargin", true);
        if (range is { } bounds)
        {
            axis.SetProperty("range", new[] { bounds.Low, bounds.High });
        }

        return axis;
    }

    /// <summary>An axis end with room for a label outside the longest bar.</summary>
    internal static double Headroom(double largest) => Math.Max(1, largest) * HeadroomFactor;

    /// <summary>
    /// Text from the data as plotly shows it: plotly reads tags such as <c>&lt;a href&gt;</c> or <c>&lt;span style&gt;</c> in chart
    /// text, so a label's <c>&lt;</c> and <c>&gt;</c> become entities, which plotly shows as the characters themselves.
    /// </summary>
    internal static string ChartText(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Shorten(string label) =>
        label.Length <= LabelLength ? label : string.Concat(label.AsSpan(0, LabelLength - 1).TrimEnd(), "…");
}
