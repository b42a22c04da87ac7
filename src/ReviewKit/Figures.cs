using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Microsoft.FSharp.Core;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace ReviewKit;

/// <summary>The review's charts as Plotly.NET charts: interactive in a notebook, exportable as HTML, PNG or SVG.</summary>
public static partial class Figures
{
    /// <summary>Colour of challenges in every chart (a red that stays distinct from the blue for colour-blind readers).</summary>
    public const string ChallengeColour = "#c0392b";

    /// <summary>Colour of opportunities in every chart.</summary>
    public const string OpportunityColour = "#2471a3";

    private const int LabelLength = 52;

    /// <summary>
    /// One stakeholder's codes as horizontal bars: how many studies carry each, challenges and opportunities
    /// in their own colour, the most frequent at the top of each group, each bar labelled "n (%)".
    /// </summary>
    public static GenericChart CodeFrequencies(ReviewDataset dataset, Stakeholder stakeholder)
    {
        var rows = ContentAnalysis.CodeFrequencies(dataset).Where(row => row.Code.Stakeholder == stakeholder).ToList();
        var traces = new[] { (Polarity.Challenge, ChallengeColour), (Polarity.Opportunity, OpportunityColour) }
            .Select(pair =>
            {
                // Plotly draws the first category at the bottom: ascending n puts the most frequent on top.
                var part = rows.Where(row => row.Code.Polarity == pair.Item1).OrderBy(row => row.N).ThenByDescending(row => row.Code.Id, StringComparer.Ordinal).ToList();
                return PlotlyChart.Bar<int, string, string>(
                    values: part.Select(row => row.N),
                    Keys: part.Select(row => $"{row.Code.Id} {Shorten(row.Code.Label)}").ToList(),
                    Name: Names.Of(pair.Item1),
                    MarkerColor: Color.fromHex(pair.Item2),
                    MultiText: part.Select(row => $"{row.N} ({row.RoundedPercent}%)").ToList(),
                    TextPosition: StyleParam.TextPosition.Outside);
            });

        var height = 140 + (rows.Count * 34);
        return Layout(
            PlotlyChart.Combine(traces),
            $"{Names.Of(stakeholder)}: studies carrying each code (of {dataset.Studies.Count})",
            xTitle: "Studies carrying the code (n)",
            yTitle: "",
            width: 900,
            height: height,
            xRange: (0, Headroom(rows.Max(row => row.N))));
    }

    /// <remarks>Give a value axis a range with headroom when bars carry their labels outside, or the longest label is cut off.</remarks>
    internal static GenericChart Layout(GenericChart chart, string title, string xTitle, string yTitle, int width, int height, (double Low, double High)? xRange = null, (double Low, double High)? yRange = null)
    {
        chart = Chart.withTitle(title, FSharpOption<Font>.None).Invoke(chart);
        chart = Chart.withXAxis(Axis(xTitle, xRange), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
        chart = Chart.withYAxis(Axis(yTitle, yRange), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
        return Plotly.NET.CSharp.GenericChartExtensions.WithSize(chart, width, height);
    }

    // Plotly.NET's F# initialisers take every optional argument from C#; setting the few plotly.js
    // properties needed by name keeps the calls readable.
    internal static LinearAxis Axis(string title, (double Low, double High)? range = null)
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
    internal static double Headroom(double largest) => Math.Max(1, largest) * 1.2;

    private static string Shorten(string label) =>
        label.Length <= LabelLength ? label : string.Concat(label.AsSpan(0, LabelLength - 1).TrimEnd(), "…");
}
