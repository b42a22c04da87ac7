using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Stakeholders;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace ReviewKit.Presentation;

public static partial class Figures
{
    /// <summary>Each stakeholder's share of all code assignments, as bars labelled "n (%)".</summary>
    public static GenericChart StakeholderShares(ReviewDataset dataset)
    {
        var shares = ContentAnalysis.StakeholderShares(dataset);
        var chart = PlotlyChart.Column<double, string, string>(
            values: shares.Select(share => Math.Round(share.Percent, 1)),
            Keys: shares.Select(share => Names.Of(share.Stakeholder)).ToList(),
            Name: "Share of code assignments",
            MarkerColor: Color.fromHex(Palette.Primary),
            MultiText: shares.Select(share => $"{share.Assignments} ({share.Percent:0.0}%)").ToList(),
            TextPosition: StyleParam.TextPosition.Outside);
        var total = shares.Count == 0 ? 0 : shares[0].TotalAssignments;
        return Layout(chart, $"Share of the {total} code assignments by stakeholder", "Stakeholder", "Share of code assignments (%)", FigureSize.Standard, yRange: new Span(0, Headroom(shares.Max(share => share.Percent))));
    }

    /// <summary>
    /// How many studies speak for each stakeholder (carry at least one of its codes), as a percentage of all studies
    /// with its 95% Wilson interval as an error bar.
    /// </summary>
    public static GenericChart StakeholderReach(ReviewDataset dataset)
    {
        var shares = ContentAnalysis.StakeholderShares(dataset);
        var reach = shares.Select(share => new Share(share.StudiesCoding, share.Studies)).ToList();
        var intervals = reach.Select(studies => studies.Interval).ToList();
        var percents = reach.Select(studies => studies.Percent).ToList();
        var chart = PlotlyChart.Column<double, string, string>(
            values: percents.Select(percent => Math.Round(percent, 1)),
            Keys: shares.Select(share => $"{Names.Of(share.Stakeholder)}<br>{share.StudiesCoding} of {share.Studies}").ToList(),
            Name: "Studies that code the stakeholder",
            MarkerColor: Color.fromHex(Palette.Primary));
        var error = new Plotly.NET.TraceObjects.Error();
        error.SetProperty("type", "data");
        error.SetProperty("symmetric", false);
        error.SetProperty("array", intervals.Select((interval, i) => (100 * interval.High) - percents[i]).ToArray());
        error.SetProperty("arrayminus", intervals.Select((interval, i) => percents[i] - (100 * interval.Low)).ToArray());
        error.SetProperty("color", Palette.Interval);
        error.SetProperty("thickness", 1.5);
        error.SetProperty("width", 6);
        chart = Chart.withYError(error).Invoke(chart);
        return Layout(chart, $"Studies that speak for each stakeholder (of {dataset.Studies.Count}), with 95% Wilson intervals", "Stakeholder (studies coding it, of all)", "Studies carrying at least one of its codes (%)", FigureSize.Standard, yRange: new Span(0, 105)); // 100% and the top of its interval
    }

    /// <summary>
    /// Opportunities against challenges per stakeholder as a diverging bar chart: challenge assignments
    /// to the left of zero, opportunity assignments to the right.
    /// </summary>
    public static GenericChart OpportunitiesAgainstChallenges(ReviewDataset dataset)
    {
        var balances = StakeholderAnalysis.PolarityBalances(dataset).Reverse().ToList(); // first stakeholder on top
        var keys = balances.Select(balance => Names.Of(balance.Stakeholder)).ToList();
        var challenges = PlotlyChart.Bar<int, string, string>(
            values: balances.Select(balance => -balance.Challenges),
            Keys: keys,
            Name: $"{Names.Of(Polarity.Challenge)} (assignments)",
            MarkerColor: Color.fromHex(Palette.Challenge),
            MultiText: balances.Select(balance => $"{balance.Challenges}").ToList(),
            TextPosition: StyleParam.TextPosition.Outside);
        var opportunities = PlotlyChart.Bar<int, string, string>(
            values: balances.Select(balance => balance.Opportunities),
            Keys: keys,
            Name: $"{Names.Of(Polarity.Opportunity)} (assignments)",
            MarkerColor: Color.fromHex(Palette.Opportunity),
            MultiText: balances.Select(balance => $"{balance.Opportunities}").ToList(),
            TextPosition: StyleParam.TextPosition.Outside);
        var chart = PlotlyChart.Combine([challenges, opportunities]);
        var layout = new Layout();
        layout.SetProperty("barmode", "relative");
        chart = Chart.withLayout(layout).Invoke(chart);
        chart = Layout(chart, "Challenges (left) against opportunities (right), code assignments per stakeholder", "← challenges · assignments · opportunities →", "Stakeholder", FigureSize.Diverging);
        return Chart.withXAxis(DivergingAxis(balances.Max(balance => balance.Challenges), balances.Max(balance => balance.Opportunities)), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
    }

    /// <summary>An axis from −challenges to +opportunities whose tick labels show counts without a minus sign.</summary>
    private static LinearAxis DivergingAxis(int challenges, int opportunities)
    {
        var step = opportunities + challenges > 300 ? 100 : 50;
        var ticks = Enumerable.Range(-(challenges / step) - 1, (challenges / step) + (opportunities / step) + 3).Select(i => i * step).ToList();
        var axis = Axis("← challenges · assignments · opportunities →", new Span(-Headroom(challenges), Headroom(opportunities)));
        axis.SetProperty("tickvals", ticks.ToArray());
        axis.SetProperty("ticktext", ticks.Select(tick => Math.Abs(tick).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        return axis;
    }

    /// <summary>
    /// Study-level co-occurrence of every pair of codes as a heatmap of Jaccard similarity (studies with both over
    /// studies with either), codes ordered by <see cref="StakeholderAnalysis.SimilarityOrder"/> so that codes that
    /// travel together sit together. The diagonal (a code with itself, 1 by definition) is left blank and out of the
    /// colour scale, which spans the pairs of distinct codes; tick labels are code ids in their stakeholder's colour,
    /// and hovering a cell shows both codes' labels, the Jaccard similarity and the studies that carry both.
    /// </summary>
    public static GenericChart CoOccurrenceHeatmap(ReviewDataset dataset)
    {
        var order = StakeholderAnalysis.SimilarityOrder(dataset);
        var pairs = StakeholderAnalysis.CodePairs(dataset)
            .SelectMany(pair => new[] { ((pair.First.Id, pair.Second.Id), pair), ((pair.Second.Id, pair.First.Id), pair) })
            .ToDictionary(entry => entry.Item1, entry => entry.Item2);
        double?[][] Cells(Func<CodePair, double> value) =>
            order.Select(row => order.Select(column => row.Id == column.Id ? null : (double?)value(pairs[(row.Id, column.Id)])).ToArray()).ToArray();
        var jaccard = Cells(pair => Math.Round(pair.Jaccard, 3));
        var offDiagonal = jaccard.SelectMany(row => row).OfType<double>().ToList();
        var range = offDiagonal.Count == 0 ? new Span(0, 1) : new Span(offDiagonal.Min(), offDiagonal.Max());
        var categories = order.Select(code => ChartText($"{code.Id} {Shorten(code.Label)}")).ToList();

        var colourBarTitle = new Title();
        colourBarTitle.SetProperty("text", "Jaccard");
        var colourBar = new ColorBar();
        colourBar.SetProperty("title", colourBarTitle);
        var chart = PlotlyChart.Heatmap<double, string, string, string>(
            zData: order.Select(_ => order.Select(_ => 0.0)), // replaced below by cells with a blank diagonal
            X: categories,
            Y: categories,
            ColorScale: StyleParam.Colorscale.Viridis,
            ColorBar: colourBar);
        chart = GenericChart.mapTrace(
            FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("z", jaccard);
                trace.SetProperty("zmin", range.Low);
                trace.SetProperty("zmax", range.High);
                trace.SetProperty("customdata", Cells(pair => pair.Both));
                trace.SetProperty("hovertemplate", "%{y}<br>%{x}<br>Jaccard %{z:.2f}, %{customdata} studies carry both<extra></extra>");
                return trace;
            }),
            chart);

        var inColour = string.Join(" · ", Enum.GetValues<Stakeholder>().Select(stakeholder => $"<span style=\"color:{Palette.TextOf(stakeholder)}\">{Names.Of(stakeholder)}</span>"));
        var title = $"Which codes occur in the same studies? Jaccard similarity of each pair of codes<br><sup>Diagonal (a code with itself) left blank;"
            + $" the colour scale spans the other pairs, {range.Low:0.00} to {range.High:0.00}</sup>";
        chart = Layout(chart, title, "", "", FigureSize.Heatmap);
        chart = Chart.withXAxis(CodeAxis(order, categories, $"Code, coloured by stakeholder: {inColour}", reversed: false), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
        chart = Chart.withYAxis(CodeAxis(order, categories, "Code, ordered by clustering on 1 − Jaccard (average linkage)", reversed: true), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
        var layout = new Layout();
        layout.SetProperty("plot_bgcolor", Palette.Background);
        return Chart.withLayout(layout).Invoke(chart);
    }

    /// <summary>An axis of codes labelled by id, each in its stakeholder's colour; the categories themselves carry the labels the hover shows.</summary>
    private static LinearAxis CodeAxis(IReadOnlyList<Code> order, IReadOnlyList<string> categories, string title, bool reversed)
    {
        var axis = Axis(title);
        axis.SetProperty("type", "category");
        axis.SetProperty("tickvals", categories.ToArray());
        axis.SetProperty("ticktext", order.Select(code => $"<span style=\"color:{Palette.TextOf(code.Stakeholder)}\">{ChartText(code.Id)}</span>").ToArray());
        axis.SetProperty("tickfont", FontOf(CodeTickSize, Palette.Ink));
        if (reversed)
        {
            axis.SetProperty("autorange", "reversed");
        }

        return axis;
    }

    /// <summary>Small enough for 36 codes side by side on the heatmap's axes.</summary>
    private const int CodeTickSize = 10;

    internal static Annotation Annotation(double x, double y, string text, int fontSize)
    {
        var annotation = new Annotation();
        annotation.SetProperty("x", x);
        annotation.SetProperty("y", y);
        annotation.SetProperty("text", text);
        annotation.SetProperty("showarrow", false);
        annotation.SetProperty("bgcolor", Palette.LabelBackground);
        var font = new Font();
        font.SetProperty("size", fontSize);
        annotation.SetProperty("font", font);
        return annotation;
    }

    internal static GenericChart HideAxes(GenericChart chart, Span xRange, Span yRange)
    {
        LinearAxis Hidden(Span range)
        {
            var axis = new LinearAxis();
            axis.SetProperty("visible", false);
            axis.SetProperty("range", new[] { range.Low, range.High });
            return axis;
        }

        chart = Chart.withXAxis(Hidden(xRange), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
        return Chart.withYAxis(Hidden(yRange), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
    }
}
