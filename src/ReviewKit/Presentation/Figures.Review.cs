using System.Globalization;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Prisma;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace ReviewKit.Presentation;

public static partial class Figures
{
    /// <summary>The paper's Fig. 2: included studies per publication year, each bar labelled with its count.</summary>
    public static GenericChart PublicationTrend(ReviewDataset dataset)
    {
        var years = ContentAnalysis.StudiesPerYear(dataset);
        var chart = PlotlyChart.Column<int, string, string>(
            values: years.Select(year => year.Published),
            Keys: years.Select(year => year.Year.ToString(CultureInfo.InvariantCulture)).ToList(),
            Name: "Studies",
            MarkerColor: Color.fromHex(Palette.Primary),
            MultiText: years.Select(year => year.Published.ToString(CultureInfo.InvariantCulture)).ToList(),
            TextPosition: StyleParam.TextPosition.Outside);
        return Layout(chart, $"Included studies per publication year (n = {dataset.Studies.Count})", "Publication year", "Studies", FigureSize.Standard, yRange: new Span(0, Headroom(years.Count == 0 ? 0 : years.Max(year => year.Published))));
    }

    /// <summary>
    /// The publication trend split by stakeholder: per year, grouped bars of the studies that carry each
    /// stakeholder's codes (a study counts once for every stakeholder it codes).
    /// </summary>
    public static GenericChart PublicationTrendByStakeholder(ReviewDataset dataset)
    {
        var counts = ReviewKit.Counting.PublicationTrend.ByStakeholder(dataset);
        var bars = Enum.GetValues<Stakeholder>().Select(stakeholder =>
        {
            var own = counts.Where(count => count.Stakeholder == stakeholder).ToList();
            return PlotlyChart.Column<int, string, string>(
                values: own.Select(count => count.StudiesCoding),
                Keys: own.Select(count => count.Year.ToString(CultureInfo.InvariantCulture)).ToList(),
                Name: Names.Of(stakeholder),
                MarkerColor: Color.fromHex(Palette.Of(stakeholder)));
        });
        return Layout(PlotlyChart.Combine(bars), "Studies per year that carry each stakeholder's codes", "Publication year", "Studies", FigureSize.Wide);
    }

    /// <summary>
    /// The paper's Fig. 1 as a PRISMA 2020 flow diagram (databases and registers; with the previous-studies
    /// column when the flow is an update). Counts the review does not report read "not reported".
    /// </summary>
    public static GenericChart PrismaFlowDiagram(PrismaFlow flow)
    {
        var shapes = new List<Shape>();
        var annotations = new List<Annotation>();
        var shift = flow.IsUpdate ? PrismaLayout.UpdateShift : 0.0;

        void Box(Span columns, Span rows, string text, string fill = Palette.Background)
        {
            var shape = new Shape();
            shape.SetProperty("type", "rect");
            shape.SetProperty("x0", columns.Low + shift);
            shape.SetProperty("x1", columns.High + shift);
            shape.SetProperty("y0", rows.Low);
            shape.SetProperty("y1", rows.High);
            shape.SetProperty("fillcolor", fill);
            var line = new Line();
            line.SetProperty("color", Palette.Outline);
            shape.SetProperty("line", line);
            shapes.Add(shape);
            var annotation = Annotation(columns.Middle + shift, rows.Middle, text, PrismaLayout.BoxFontSize);
            annotation.SetProperty("bgcolor", Palette.Transparent);
            annotations.Add(annotation);
        }

        void Arrow(double fromX, double fromY, double toX, double toY)
        {
            var arrow = new Annotation();
            arrow.SetProperty("x", toX + shift);
            arrow.SetProperty("y", toY);
            arrow.SetProperty("ax", fromX + shift);
            arrow.SetProperty("ay", fromY);
            arrow.SetProperty("xref", "x");
            arrow.SetProperty("yref", "y");
            arrow.SetProperty("axref", "x");
            arrow.SetProperty("ayref", "y");
            arrow.SetProperty("text", "");
            arrow.SetProperty("showarrow", true);
            arrow.SetProperty("arrowhead", 2);
            arrow.SetProperty("arrowwidth", 1.5);
            annotations.Add(arrow);
        }

        // A midpoint such as (4.2 + 5.4) / 2 is 4.800000000000001 in binary; an arrow needs no such precision.
        void Down(Span column, Span from, Span to) => Arrow(Math.Round(column.Middle, 6), from.Low, Math.Round(column.Middle, 6), to.High);
        void Across(Span row) => Arrow(PrismaLayout.Main.High, Math.Round(row.Middle, 6), PrismaLayout.Side.Low, Math.Round(row.Middle, 6));

        string Counted(string label, PrismaStage stage) => $"{label} (n = {PrismaFlow.Show(flow.Total(stage))})";
        string BySource(PrismaStage stage) => string.Concat(flow.CountsOf(stage).Where(count => count.Source is not null).Select(count => $"<br>  {ChartText(count.Source!)} (n = {PrismaFlow.Show(count.N)})"));

        var removed = new[] { (PrismaStage.Duplicates, "Duplicate records"), (PrismaStage.ExcludedAutomatic, "Marked ineligible by automation tools"), (PrismaStage.ExcludedOther, "Removed for other reasons") }
            .Where(pair => pair.Item1 == PrismaStage.Duplicates || flow.CountsOf(pair.Item1).Count > 0)
            .Select(pair => "<br>" + Counted(pair.Item2, pair.Item1));
        var registers = flow.CountsOf(PrismaStage.RegisterResults).Count > 0 ? "<br>" + Counted("Registers", PrismaStage.RegisterResults) : "";

        var (main, side) = (PrismaLayout.Main, PrismaLayout.Side);
        Box(main, PrismaLayout.Identified, Counted("Records identified from databases", PrismaStage.DatabaseResults) + BySource(PrismaStage.DatabaseResults) + registers);
        Box(side, PrismaLayout.Identified, "Records removed before screening:" + string.Concat(removed));
        Box(main, PrismaLayout.Screened, Counted("Records screened", PrismaStage.RecordsScreened));
        Box(side, PrismaLayout.Screened, Counted("Records excluded", PrismaStage.RecordsExcluded));
        Box(main, PrismaLayout.Sought, Counted("Reports sought for retrieval", PrismaStage.ReportsSought));
        Box(side, PrismaLayout.Sought, Counted("Reports not retrieved", PrismaStage.ReportsNotRetrieved));
        Box(main, PrismaLayout.Assessed, Counted("Reports assessed for eligibility", PrismaStage.ReportsAssessed));
        Box(side, PrismaLayout.ReportsExcluded, Counted("Reports excluded", PrismaStage.ReportsExcluded) + BySource(PrismaStage.ReportsExcluded));
        Box(main, PrismaLayout.Included, Counted("New studies included in review", PrismaStage.NewStudies) + "<br>" + Counted("Reports of new included studies", PrismaStage.NewReports));
        Down(main, PrismaLayout.Identified, PrismaLayout.Screened);
        Across(PrismaLayout.Identified);
        Down(main, PrismaLayout.Screened, PrismaLayout.Sought);
        Across(PrismaLayout.Screened);
        Down(main, PrismaLayout.Sought, PrismaLayout.Assessed);
        Across(PrismaLayout.Sought);
        Down(main, PrismaLayout.Assessed, PrismaLayout.Included);
        Across(PrismaLayout.Assessed);

        if (flow.IsUpdate)
        {
            Box(PrismaLayout.Previous, PrismaLayout.Identified, "<b>Previous studies</b><br>Studies included in the previous<br>version of the review (n = " + PrismaFlow.Show(flow.Total(PrismaStage.PreviousStudies)) + ")<br>Reports of those studies (n = " + PrismaFlow.Show(flow.Total(PrismaStage.PreviousReports)) + ")", Palette.PreviousStudies);
            Box(new Span(PrismaLayout.Previous.Low, main.High), PrismaLayout.Total, Counted("Total studies included in review", PrismaStage.TotalStudies) + "<br>" + Counted("Reports of total included studies", PrismaStage.TotalReports));
            Down(PrismaLayout.Previous, PrismaLayout.Identified, PrismaLayout.Total);
            Down(main, PrismaLayout.Included, PrismaLayout.Total);
        }

        var bottom = flow.IsUpdate ? PrismaLayout.Total.Low : PrismaLayout.Included.Low;
        foreach (var (label, rows) in new[]
        {
            ("Identification", PrismaLayout.Identified),
            ("Screening", new Span(PrismaLayout.ReportsExcluded.Low, PrismaLayout.Screened.High)),
            ("Included", new Span(bottom, PrismaLayout.Included.High)),
        })
        {
            var shape = new Shape();
            shape.SetProperty("type", "rect");
            shape.SetProperty("x0", PrismaLayout.PhaseBand.Low);
            shape.SetProperty("x1", PrismaLayout.PhaseBand.High);
            shape.SetProperty("y0", rows.Low);
            shape.SetProperty("y1", rows.High);
            shape.SetProperty("fillcolor", Palette.Phase);
            shape.SetProperty("line", new Line());
            shapes.Add(shape);
            var phase = Annotation(PrismaLayout.PhaseBand.Middle, rows.Middle, $"<b>{label}</b>", PrismaLayout.PhaseFontSize);
            phase.SetProperty("textangle", -90);
            phase.SetProperty("bgcolor", Palette.Transparent);
            annotations.Add(phase);
        }

        var chart = PlotlyChart.Point<double, double, string>(x: [], y: [], ShowLegend: false);
        chart = Chart.withShapes(shapes, FSharpOption<bool>.None).Invoke(chart);
        chart = Chart.withAnnotations(annotations, FSharpOption<bool>.None).Invoke(chart);
        var title = flow.IsUpdate ? "PRISMA 2020 flow diagram for an updated review" : "PRISMA 2020 flow diagram (Fig. 1): counts not in the text we hold read \"not reported\"";
        var size = flow.IsUpdate ? FigureSize.PrismaUpdate : FigureSize.Prisma;
        chart = Layout(chart, title, "", "", size);
        chart = Chart.withLayout(PrismaLayout.Margins()).Invoke(chart);
        return HideAxes(chart, new Span(PrismaLayout.Extent.Low, PrismaLayout.Extent.High + shift), new Span(bottom - PrismaLayout.Margin, PrismaLayout.Extent.High));
    }

    /// <summary>
    /// Where the PRISMA diagram's boxes sit, in the plot's own units: a main column of the flow's stages, a side column
    /// of what each stage removed, and, for an update, a column of the previous review's studies on the left.
    /// </summary>
    private static class PrismaLayout
    {
        internal static readonly Span Main = new(0, 4.6);
        internal static readonly Span Side = new(5.4, 10);
        internal static readonly Span Previous = new(-5, -0.6);
        internal static readonly Span PhaseBand = new(-1.4, -0.8);

        internal static readonly Span Identified = new(8, 10);
        internal static readonly Span Screened = new(6, 7.2);
        internal static readonly Span Sought = new(4.2, 5.4);
        internal static readonly Span Assessed = new(2.4, 3.6);
        internal static readonly Span ReportsExcluded = new(1.9, 3.6); // taller than its stage: it lists the reasons
        internal static readonly Span Included = new(0, 1.4);
        internal static readonly Span Total = new(-2.2, -0.8);

        /// <summary>How far right an update moves the diagram, to make room for the previous-studies column.</summary>
        internal const double UpdateShift = 5.0;

        /// <summary>Space between the outermost boxes and the plot's edge.</summary>
        internal const double Margin = 0.2;

        /// <summary>The plot's extent across and up: the phase bands to the side column, the bottom to the top row, each with the margin.</summary>
        internal static readonly Span Extent = new(-1.6, 10.2);

        /// <summary>
        /// Narrow side and bottom margins (the axes are hidden), so that the boxes get the figure's width: at 12 px a
        /// line such as "Web of Science (Core Collection) (n = not reported)" needs about 330 px in a Verdana-width font.
        /// </summary>
        internal static Layout Margins()
        {
            var margin = new Margin();
            margin.SetProperty("l", 20);
            margin.SetProperty("r", 20);
            margin.SetProperty("b", 20);
            margin.SetProperty("t", 70);
            var layout = new Layout();
            layout.SetProperty("margin", margin);
            return layout;
        }

        internal const int BoxFontSize = 12;
        internal const int PhaseFontSize = 13;
    }
}
