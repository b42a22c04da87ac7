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
    /// <summary>
    /// The paper's Fig. 3 drawn from the data: higher-education institutions at the centre of the ecosystem, each
    /// stakeholder a node whose area is proportional to its code assignments, each link as wide as the studies that
    /// code both stakeholders (one width scale and one line style for every link). The institutions' links carry a
    /// numbered marker for the paper's pathway along them, explained with its supporting studies in a key beside the
    /// graph, under the legends of node area and link width.
    /// </summary>
    public static GenericChart StakeholderEcosystem(ReviewDataset dataset)
    {
        var shares = ContentAnalysis.StakeholderShares(dataset).ToDictionary(share => share.Stakeholder);
        var pairs = StakeholderAnalysis.StakeholderPairs(dataset);
        var pathways = StakeholderAnalysis.PathwaySupports(dataset);
        var studies = dataset.Studies.Count;
        var scale = new EcosystemScale(Math.Max(1, studies), Math.Max(1, shares.Values.Max(share => share.Assignments)));

        var links = pairs.Select(pair => Link(
            $"{Names.Of(pair.First)}–{Names.Of(pair.Second)}",
            EcosystemLayout.Position[pair.First],
            EcosystemLayout.Position[pair.Second],
            scale.LinkWidth(pair.CodingBoth),
            $"{Names.Of(pair.First)} and {Names.Of(pair.Second).ToLowerInvariant()}: {pair.CodingBoth} of {studies} studies code both"));

        var stakeholders = Enum.GetValues<Stakeholder>();
        var marker = new Marker();
        marker.SetProperty("size", stakeholders.Select(stakeholder => scale.NodeDiameter(shares[stakeholder].Assignments)).ToArray());
        marker.SetProperty("color", stakeholders.Select(stakeholder => stakeholder == Stakeholder.HigherEducation ? Palette.Primary : Palette.Secondary).ToArray());
        marker.SetProperty("opacity", 1); // the links end under the nodes, not across them
        var nodes = PlotlyChart.Point<double, double, string>(
            x: stakeholders.Select(stakeholder => EcosystemLayout.Position[stakeholder].X),
            y: stakeholders.Select(stakeholder => EcosystemLayout.Position[stakeholder].Y),
            Name: "Stakeholders",
            ShowLegend: false,
            MultiText: stakeholders.Select(stakeholder => $"<b>{Names.Of(stakeholder).Replace(" ", "<br>", StringComparison.Ordinal)}</b><br>{shares[stakeholder].Assignments} ({shares[stakeholder].Percent:0}%)").ToList(),
            TextPosition: StyleParam.TextPosition.MiddleCenter,
            Marker: marker);
        nodes = GenericChart.mapTrace(
            FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("mode", "markers+text");
                var font = new Font();
                font.SetProperty("size", EcosystemLayout.NodeFontSize);
                font.SetProperty("color", stakeholders.Select(stakeholder => stakeholder == Stakeholder.HigherEducation ? Palette.Background : Palette.Ink).ToArray());
                trace.SetProperty("textfont", font);
                trace.SetProperty("hovertext", stakeholders.Select(stakeholder => $"{Names.Of(stakeholder)}: {shares[stakeholder].Assignments} assignments ({shares[stakeholder].Percent:0}%), coded in {shares[stakeholder].StudiesCoding} of {studies} studies").ToArray());
                trace.SetProperty("hoverinfo", "text");
                return trace;
            }),
            nodes);

        var annotations = new List<Annotation>();
        foreach (var pair in pairs)
        {
            var (from, to) = (EcosystemLayout.Position[pair.First], EcosystemLayout.Position[pair.Second]);
            var halfWidth = scale.LinkWidth(pair.CodingBoth) / 2;
            var side = LabelSide(pair, from, to);
            annotations.Add(BesideLink(from, to, side, halfWidth + EcosystemLayout.LabelGap + (EcosystemLayout.LinkFontSize / 2.0), $"{pair.CodingBoth} studies", along: true));
            var number = pathways.ToList().FindIndex(support => IsPathwayLink(pair, support.Pathway.Partner));
            if (number >= 0)
            {
                annotations.Add(BadgeAt(BesideLink(from, to, (-side.X, -side.Y), halfWidth + EcosystemLayout.LabelGap + EcosystemLayout.BadgeHalf, Badge(number), along: false)));
            }
        }

        var (legendTraces, legendAnnotations) = EcosystemKey(scale, studies, pathways);
        annotations.AddRange(legendAnnotations);

        var chart = PlotlyChart.Combine([.. links, .. legendTraces, nodes]);
        chart = Chart.withAnnotations(annotations, FSharpOption<bool>.None).Invoke(chart);
        chart = Layout(chart, "Higher-education institutions at the centre of the micro-credentials ecosystem (Fig. 3, from the data)", "", "", FigureSize.Ecosystem);
        return EqualUnitAxes(chart, EcosystemLayout.X, EcosystemLayout.Y);
    }

    /// <summary>How big Fig. 3 draws a count: one width function for every link, one area function for every node, legends included.</summary>
    /// <param name="Studies">The studies of the review: a link coded by all of them is <see cref="EcosystemLayout.WidestLink"/> wide.</param>
    /// <param name="LargestAssignments">The most code assignments of any stakeholder: its node is <see cref="EcosystemLayout.LargestNode"/> across.</param>
    private readonly record struct EcosystemScale(int Studies, int LargestAssignments)
    {
        /// <summary>Width in pixels, proportional to the studies that code both stakeholders (none ⇒ 0).</summary>
        internal double LinkWidth(int studiesCodingBoth) => EcosystemLayout.WidestLink * studiesCodingBoth / Studies;

        /// <summary>Diameter in pixels whose disc has an area proportional to the assignments (none ⇒ 0).</summary>
        internal double NodeDiameter(int assignments) => EcosystemLayout.LargestNode * Math.Sqrt((double)assignments / LargestAssignments);
    }

    private static GenericChart Link(string name, (double X, double Y) from, (double X, double Y) to, double width, string hover) =>
        GenericChart.mapTrace(
            FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("hovertext", hover);
                trace.SetProperty("hoverinfo", "text");
                return trace;
            }),
            PlotlyChart.Line<double, double, string>(
                x: [from.X, to.X],
                y: [from.Y, to.Y],
                Name: name,
                ShowLegend: false,
                LineColor: Color.fromHex(Palette.Link),
                LineWidth: width,
                LineDash: StyleParam.DrawingStyle.Solid,
                Opacity: EcosystemLayout.LinkOpacity));

    private static bool IsPathwayLink(StakeholderPair pair, Stakeholder partner) =>
        (pair.First == Stakeholder.HigherEducation && pair.Second == partner) || (pair.Second == Stakeholder.HigherEducation && pair.First == partner);

    /// <summary>
    /// The unit normal of a link on which its count stands: links around the outside are labelled outside the graph; the
    /// institutions' links above (or, when upright, left of) the line, leaving the other side to the pathway's marker.
    /// </summary>
    private static (double X, double Y) LabelSide(StakeholderPair pair, (double X, double Y) from, (double X, double Y) to)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        var normal = (X: -dy / length, Y: dx / length);
        var centre = EcosystemLayout.Position[Stakeholder.HigherEducation];
        var outward = pair.First != Stakeholder.HigherEducation && pair.Second != Stakeholder.HigherEducation
            ? (normal.X * (((from.X + to.X) / 2) - centre.X)) + (normal.Y * (((from.Y + to.Y) / 2) - centre.Y)) > 0
            : Math.Abs(normal.Y) > 1e-9 ? normal.Y > 0 : normal.X < 0;
        return outward ? normal : (-normal.X, -normal.Y);
    }

    /// <summary>
    /// A label at the middle of a link, moved <paramref name="pixels"/> off its centre line towards <paramref name="side"/>
    /// (the axes have equal units, so a direction in data is the same on screen); <paramref name="along"/> turns the text
    /// to run along the link, kept upright.
    /// </summary>
    private static Annotation BesideLink((double X, double Y) from, (double X, double Y) to, (double X, double Y) side, double pixels, string text, bool along)
    {
        var annotation = new Annotation();
        annotation.SetProperty("x", (from.X + to.X) / 2);
        annotation.SetProperty("y", (from.Y + to.Y) / 2);
        annotation.SetProperty("xshift", Math.Round(side.X * pixels, 2));
        annotation.SetProperty("yshift", Math.Round(side.Y * pixels, 2));
        annotation.SetProperty("text", text);
        annotation.SetProperty("showarrow", false);
        if (along)
        {
            var degrees = Math.Atan2(to.Y - from.Y, to.X - from.X) * 180 / Math.PI;
            degrees = degrees > 90 ? degrees - 180 : degrees <= -90 ? degrees + 180 : degrees;
            annotation.SetProperty("textangle", Math.Round(-degrees, 2)); // plotly turns text clockwise; data angles run anticlockwise
            annotation.SetProperty("font", FontOf(EcosystemLayout.LinkFontSize, Palette.Ink));
        }

        return annotation;
    }

    /// <summary>The numbered marker of the pathway at <paramref name="index"/>: white on the institutions' colour.</summary>
    private static string Badge(int index) => $"<b>{index + 1}</b>";

    private static Annotation BadgeAt(Annotation annotation)
    {
        annotation.SetProperty("bgcolor", Palette.Primary);
        annotation.SetProperty("borderpad", 3);
        annotation.SetProperty("font", FontOf(EcosystemLayout.PathwayFontSize, Palette.Background));
        return annotation;
    }

    /// <summary>
    /// The key beside the graph: reference discs for node area, reference lines for link width (drawn with the same
    /// functions as the graph), and the three pathways with their numbered markers and supporting studies.
    /// </summary>
    private static (IReadOnlyList<GenericChart> Traces, IReadOnlyList<Annotation> Annotations) EcosystemKey(EcosystemScale scale, int studies, IReadOnlyList<PathwaySupport> pathways)
    {
        var left = EcosystemLayout.KeyLeft;
        var traces = new List<GenericChart>();
        var annotations = new List<Annotation>
        {
            KeyText(left, EcosystemLayout.NodeKeyTop, "<b>Node area</b>: code assignments of the stakeholder"),
            KeyText(left, EcosystemLayout.LinkKeyTop, "<b>Link width</b>: studies that code both stakeholders"),
            KeyText(left, EcosystemLayout.PathwayKeyTop, "<b>The paper's pathways</b>, numbered on the institutions' links"),
        };

        var discs = ReferenceValues(scale.LargestAssignments);
        var discMarker = new Marker();
        discMarker.SetProperty("size", discs.Select(value => scale.NodeDiameter(value)).ToArray());
        discMarker.SetProperty("color", Palette.KeyFill);
        discMarker.SetProperty("opacity", 1);
        traces.Add(GenericChart.mapTrace(
            FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("mode", "markers+text");
                trace.SetProperty("textfont", FontOf(EcosystemLayout.KeyFontSize, Palette.Ink));
                trace.SetProperty("hoverinfo", "skip");
                return trace;
            }),
            PlotlyChart.Point<double, double, string>(
                x: discs.Select((_, i) => left + EcosystemLayout.DiscOffsets[i]),
                y: discs.Select(_ => EcosystemLayout.DiscCentre),
                Name: "Node area key",
                ShowLegend: false,
                MultiText: discs.Select(value => $"{value}").ToList(),
                TextPosition: StyleParam.TextPosition.MiddleCenter,
                Marker: discMarker)));

        var widths = ReferenceValues(studies);
        for (var i = 0; i < widths.Count; i++)
        {
            var y = EcosystemLayout.LinkKeyTop - EcosystemLayout.KeyLineHeight * (i + 1);
            traces.Add(Link($"Link width key: {widths[i]} studies", (left, y), (left + EcosystemLayout.KeyLineLength, y), scale.LinkWidth(widths[i]), $"{widths[i]} studies"));
            annotations.Add(KeyText(left + EcosystemLayout.KeyLineLength + 0.08, y + 0.05, $"{widths[i]} studies"));
        }

        for (var i = 0; i < pathways.Count; i++)
        {
            var support = pathways[i];
            var y = EcosystemLayout.PathwayKeyTop - EcosystemLayout.PathwayKeyFirst - (EcosystemLayout.PathwayKeyHeight * i);
            var badge = KeyText(left + 0.05, y, Badge(i), centred: true);
            annotations.Add(BadgeAt(badge));
            annotations.Add(KeyText(left + 0.16, y + 0.06, $"<b>{support.Pathway.Name}</b>, institutions–{Names.Of(support.Pathway.Partner).ToLowerInvariant()}:<br>{support.BothStudies} studies carry its codes on both sides<br>({string.Join(" ", support.Pathway.CodeIds)})"));
        }

        return (traces, annotations);
    }

    /// <summary>Three round reference values for a key: multiples of the 1, 2 or 5 × 10ⁿ nearest a third of <paramref name="largest"/>.</summary>
    /// <example>60 studies ⇒ 20, 40, 60; 277 assignments ⇒ 100, 200, 300.</example>
    internal static IReadOnlyList<int> ReferenceValues(int largest)
    {
        var third = Math.Max(1, largest / 3.0);
        var power = Math.Pow(10, Math.Floor(Math.Log10(third)));
        var step = new[] { 1, 2, 5, 10 }.Select(factor => factor * power).MinBy(candidate => Math.Abs(Math.Log(candidate / third)));
        var rounded = Math.Max(1, (int)Math.Round(step));
        return [rounded, 2 * rounded, 3 * rounded];
    }

    private static Annotation KeyText(double x, double y, string text, bool centred = false)
    {
        var annotation = new Annotation();
        annotation.SetProperty("x", x);
        annotation.SetProperty("y", y);
        annotation.SetProperty("text", text);
        annotation.SetProperty("showarrow", false);
        annotation.SetProperty("xanchor", centred ? "center" : "left");
        annotation.SetProperty("yanchor", centred ? "middle" : "top");
        annotation.SetProperty("align", "left");
        annotation.SetProperty("font", FontOf(EcosystemLayout.KeyFontSize, Palette.Ink));
        return annotation;
    }

    private static Font FontOf(int size, string colour)
    {
        var font = new Font();
        font.SetProperty("size", size);
        font.SetProperty("color", colour);
        return font;
    }

    /// <summary>Hidden axes with the given ranges and one unit the same length on both, so that directions and discs keep their shape.</summary>
    private static GenericChart EqualUnitAxes(GenericChart chart, Span xRange, Span yRange)
    {
        LinearAxis Hidden(Span range)
        {
            var axis = new LinearAxis();
            axis.SetProperty("visible", false);
            axis.SetProperty("range", new[] { range.Low, range.High });
            axis.SetProperty("constrain", "domain");
            return axis;
        }

        var y = Hidden(yRange);
        y.SetProperty("scaleanchor", "x");
        y.SetProperty("scaleratio", 1);
        chart = Chart.withXAxis(Hidden(xRange), FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
        return Chart.withYAxis(y, FSharpOption<StyleParam.SubPlotId>.None).Invoke(chart);
    }

    /// <summary>Fig. 3's proportions, in the plot's own units (the institutions at the origin, one unit the same on both axes).</summary>
    private static class EcosystemLayout
    {
        /// <summary>Where each stakeholder sits: institutions at the centre, government below, learners and employers above.</summary>
        internal static readonly IReadOnlyDictionary<Stakeholder, (double X, double Y)> Position = new Dictionary<Stakeholder, (double X, double Y)>
        {
            [Stakeholder.HigherEducation] = (0, 0),
            [Stakeholder.Learners] = (-1.2, 0.75),
            [Stakeholder.Employers] = (1.2, 0.75),
            [Stakeholder.Government] = (0, -1.2),
        };

        /// <summary>The diameter in pixels of the node with the most code assignments: wide enough for "Higher-education" in bold at Verdana widths, and for "Government" on its smaller disc.</summary>
        internal const double LargestNode = 140;

        /// <summary>The width in pixels of a link that every study codes.</summary>
        internal const double WidestLink = 14;

        internal const double LinkOpacity = 0.55;

        /// <summary>Pixels between a link's edge and its label or marker.</summary>
        internal const double LabelGap = 4;

        /// <summary>Half the height of a numbered marker, in pixels.</summary>
        internal const double BadgeHalf = 12;

        internal const int NodeFontSize = 12;
        internal const int LinkFontSize = 12;
        internal const int PathwayFontSize = 13;
        internal const int KeyFontSize = 12;

        /// <summary>The key's left edge, right of the graph.</summary>
        internal const double KeyLeft = 1.95;

        internal const double NodeKeyTop = 1.22;
        internal const double DiscCentre = 0.745;

        /// <summary>Where each reference disc's centre sits right of <see cref="KeyLeft"/>: far enough apart for the largest.</summary>
        internal static readonly IReadOnlyList<double> DiscOffsets = [0.23, 0.79, 1.51];

        internal const double LinkKeyTop = 0.32;
        internal const double KeyLineHeight = 0.17;
        internal const double KeyLineLength = 0.5;

        internal const double PathwayKeyTop = -0.38;
        internal const double PathwayKeyFirst = 0.3;
        internal const double PathwayKeyHeight = 0.32;

        internal static readonly Span X = new(-1.75, 3.85);
        internal static readonly Span Y = new(-1.6, 1.25);
    }
}
