using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Plotly.NET.TraceObjects;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Stakeholders;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace ReviewKit.Presentation;

public static partial class Figures
{
    /// <summary>Where each stakeholder sits in Fig. 3: institutions at the centre, government below, learners and employers above.</summary>
    private static readonly IReadOnlyDictionary<Stakeholder, (double X, double Y)> EcosystemPosition = new Dictionary<Stakeholder, (double X, double Y)>
    {
        [Stakeholder.HigherEducation] = (0, 0),
        [Stakeholder.Learners] = (-1, 0.6),
        [Stakeholder.Employers] = (1, 0.6),
        [Stakeholder.Government] = (0, -1.1),
    };

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
        return Layout(chart, $"Share of the {total} code assignments by stakeholder", "", "Share of code assignments (%)", FigureSize.Standard, yRange: new Span(0, Headroom(shares.Max(share => share.Percent))));
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
        return Layout(chart, $"Studies that speak for each stakeholder (of {dataset.Studies.Count}), with 95% Wilson intervals", "", "Studies carrying at least one of its codes (%)", FigureSize.Standard, yRange: new Span(0, 105)); // 100% and the top of its interval
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
        chart = Layout(chart, "Challenges (left) against opportunities (right), code assignments per stakeholder", "← challenges · assignments · opportunities →", "", FigureSize.Diverging);
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
    /// Study-level co-occurrence of every pair of codes as a heatmap of Jaccard similarity
    /// (studies with both over studies with either), codes ordered by <see cref="StakeholderAnalysis.SimilarityOrder"/>
    /// so that codes that travel together sit together.
    /// </summary>
    public static GenericChart CoOccurrenceHeatmap(ReviewDataset dataset)
    {
        var order = StakeholderAnalysis.SimilarityOrder(dataset);
        var jaccard = StakeholderAnalysis.CodePairs(dataset)
            .SelectMany(pair => new[] { ((pair.First.Id, pair.Second.Id), pair.Jaccard), ((pair.Second.Id, pair.First.Id), pair.Jaccard) })
            .ToDictionary(entry => entry.Item1, entry => entry.Item2);
        var labels = order.Select(code => ChartText(code.Id)).ToList();
        var z = order.Select(row => order.Select(column => row.Id == column.Id ? 1.0 : Math.Round(jaccard[(row.Id, column.Id)], 3)).ToList()).ToList();
        var colourBar = new ColorBar();
        var colourBarTitle = new Title();
        colourBarTitle.SetProperty("text", "Jaccard");
        colourBar.SetProperty("title", colourBarTitle);
        var chart = PlotlyChart.Heatmap<double, string, string, string>(
            zData: z,
            X: labels,
            Y: labels,
            ColorScale: StyleParam.Colorscale.Viridis,
            ColorBar: colourBar,
            ReverseYAxis: true);
        return Layout(chart, "Which codes occur in the same studies? Jaccard similarity, codes ordered by similarity", "", "", FigureSize.Heatmap);
    }

    /// <summary>
    /// The paper's Fig. 3 drawn from the data: higher-education institutions at the centre of the ecosystem,
    /// each stakeholder a node sized by its code assignments, each link as wide as the studies that code both
    /// stakeholders; the links of the paper's three pathways are labelled with their supporting studies.
    /// </summary>
    public static GenericChart StakeholderEcosystem(ReviewDataset dataset)
    {
        var position = EcosystemPosition;
        var shares = ContentAnalysis.StakeholderShares(dataset).ToDictionary(share => share.Stakeholder);
        var pairs = StakeholderAnalysis.StakeholderPairs(dataset);
        var pathways = StakeholderAnalysis.PathwaySupports(dataset).ToDictionary(support => support.Pathway.Partner);
        var studies = dataset.Studies.Count;
        var maxAssignments = Math.Max(1, shares.Values.Max(share => share.Assignments));

        var links = pairs.Select(pair =>
        {
            var (a, b) = (position[pair.First], position[pair.Second]);
            var central = pair.First == Stakeholder.HigherEducation || pair.Second == Stakeholder.HigherEducation;
            return PlotlyChart.Line<double, double, string>(
                x: [a.X, b.X],
                y: [a.Y, b.Y],
                ShowLegend: false,
                LineColor: Color.fromHex(central ? Palette.Primary : Palette.Neutral),
                LineWidth: (central ? EcosystemLayout.CentralLink : EcosystemLayout.OtherLink).At(pair.CodingBoth, Math.Max(1, studies)),
                LineDash: central ? StyleParam.DrawingStyle.Solid : StyleParam.DrawingStyle.Dot,
                Opacity: central ? 0.8 : 0.5);
        });

        var stakeholders = Enum.GetValues<Stakeholder>();
        var marker = new Marker();
        marker.SetProperty("size", stakeholders.Select(stakeholder => EcosystemLayout.NodeSize.At(shares[stakeholder].Assignments, maxAssignments)).ToArray());
        marker.SetProperty("color", stakeholders.Select(stakeholder => stakeholder == Stakeholder.HigherEducation ? Palette.Primary : Palette.Secondary).ToArray());
        var nodes = PlotlyChart.Point<double, double, string>(
            x: stakeholders.Select(stakeholder => position[stakeholder].X),
            y: stakeholders.Select(stakeholder => position[stakeholder].Y),
            ShowLegend: false,
            MultiText: stakeholders.Select(stakeholder => $"<b>{Names.Of(stakeholder)}</b><br>{shares[stakeholder].Assignments} assignments ({shares[stakeholder].Percent:0}%)<br>{shares[stakeholder].StudiesCoding} of {studies} studies").ToList(),
            MultiTextPosition: stakeholders.Select(stakeholder => stakeholder switch
            {
                Stakeholder.Government => StyleParam.TextPosition.BottomCenter,
                _ => StyleParam.TextPosition.TopCenter,
            }).ToList(),
            Marker: marker);

        var annotations = pairs.Select(pair =>
        {
            var (a, b) = (position[pair.First], position[pair.Second]);
            var partner = pair.First == Stakeholder.HigherEducation ? pair.Second : pair.Second == Stakeholder.HigherEducation ? pair.First : (Stakeholder?)null;
            var text = partner is { } p && pathways.TryGetValue(p, out var support)
                ? $"<b>{support.Pathway.Name}</b><br>{pair.CodingBoth} studies code both<br>{support.BothStudies} carry its codes on both sides<br>({string.Join(" ", support.Pathway.CodeIds)})"
                : $"{pair.CodingBoth} studies code both";
            // Pathway labels sit on their link, closer to the partner than to the crowded centre.
            var (from, to, along) = partner is { } side
                ? (position[side], position[Stakeholder.HigherEducation], side == Stakeholder.Government ? EcosystemLayout.GovernmentLabelAlong : EcosystemLayout.PathwayLabelAlong)
                : (a, b, 0.5);
            var (x, y) = (from.X + ((to.X - from.X) * along), from.Y + ((to.Y - from.Y) * along));
            if (partner is null && pair.First == Stakeholder.Learners && pair.Second == Stakeholder.Employers)
            {
                y += EcosystemLayout.TopLinkLabelLift;
            }

            return Annotation(x, y, text, partner is null ? EcosystemLayout.LinkFontSize : EcosystemLayout.PathwayFontSize);
        });

        var chart = PlotlyChart.Combine([.. links, nodes]);
        chart = Chart.withAnnotations(annotations, FSharpOption<bool>.None).Invoke(chart);
        chart = Layout(chart, "Higher-education institutions at the centre of the micro-credentials ecosystem (Fig. 3, from the data)", "", "", FigureSize.Ecosystem);
        return HideAxes(chart, EcosystemLayout.X, EcosystemLayout.Y);
    }

    /// <summary>Fig. 3's proportions, in the plot's own units (the institutions at the origin).</summary>
    private static class EcosystemLayout
    {
        /// <summary>A node's diameter in pixels, from the smallest to the largest share of code assignments.</summary>
        internal static readonly Span NodeSize = new(40, 100);

        /// <summary>A link's width in pixels, from no study coding both stakeholders to all of them; links to the institutions stand out.</summary>
        internal static readonly Span CentralLink = new(2, 16);

        internal static readonly Span OtherLink = new(1, 5);

        /// <summary>How far from the partner towards the institutions a pathway's label sits: off the crowded centre.</summary>
        internal const double PathwayLabelAlong = 0.3;

        /// <summary>Government's link is longer and its node label sits below it, so its label sits further along.</summary>
        internal const double GovernmentLabelAlong = 0.42;

        /// <summary>Lifts the learners–employers label off the line, clear of the two pathway labels below it.</summary>
        internal const double TopLinkLabelLift = 0.08;

        internal const int PathwayFontSize = 12;
        internal const int LinkFontSize = 11;

        internal static readonly Span X = new(-1.6, 1.6);
        internal static readonly Span Y = new(-1.6, 1.15);
    }

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
