using System.Globalization;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using PlotlyChart = Plotly.NET.CSharp.Chart;

namespace ReviewKit;

public static partial class Figures
{
    private const string PhaseColour = "#aed6f1";

    /// <summary>The paper's Fig. 2: included studies per publication year, each bar labelled with its count.</summary>
    public static GenericChart PublicationTrend(ReviewDataset dataset)
    {
        var years = ContentAnalysis.StudiesPerYear(dataset);
        var chart = PlotlyChart.Column<int, string, string>(
            values: years.Select(year => year.Studies),
            Keys: years.Select(year => year.Year.ToString(CultureInfo.InvariantCulture)).ToList(),
            Name: "Studies",
            MarkerColor: Color.fromHex(InstitutionColour),
            MultiText: years.Select(year => year.Studies.ToString(CultureInfo.InvariantCulture)).ToList(),
            TextPosition: StyleParam.TextPosition.Outside);
        return Layout(chart, $"Included studies per publication year (n = {dataset.Studies.Count})", "Publication year", "Studies", 800, 480, yRange: (0, Headroom(years.Count == 0 ? 0 : years.Max(year => year.Studies))));
    }

    /// <summary>
    /// The publication trend split by stakeholder: per year, grouped bars of the studies that carry each
    /// stakeholder's codes (a study counts once for every stakeholder it codes).
    /// </summary>
    public static GenericChart PublicationTrendByStakeholder(ReviewDataset dataset)
    {
        var counts = ReviewKit.PublicationTrend.ByStakeholder(dataset);
        var colours = new[] { "#5dade2", "#f5b041", InstitutionColour, "#58d68d" };
        var bars = Enum.GetValues<Stakeholder>().Select((stakeholder, index) =>
        {
            var own = counts.Where(count => count.Stakeholder == stakeholder).ToList();
            return PlotlyChart.Column<int, string, string>(
                values: own.Select(count => count.Studies),
                Keys: own.Select(count => count.Year.ToString(CultureInfo.InvariantCulture)).ToList(),
                Name: Names.Of(stakeholder),
                MarkerColor: Color.fromHex(colours[index]));
        });
        return Layout(PlotlyChart.Combine(bars), "Studies per year that carry each stakeholder's codes", "Publication year", "Studies", 900, 480);
    }

    /// <summary>
    /// The paper's Fig. 1 as a PRISMA 2020 flow diagram (databases and registers; with the previous-studies
    /// column when the flow is an update). Counts the review does not report read "not reported".
    /// </summary>
    public static GenericChart PrismaFlowDiagram(PrismaFlow flow)
    {
        var shapes = new List<Shape>();
        var annotations = new List<Annotation>();
        var offset = flow.IsUpdate ? 5.0 : 0.0;

        void Box(double x0, double y0, double x1, double y1, string text, string fill = "white")
        {
            var shape = new Shape();
            shape.SetProperty("type", "rect");
            shape.SetProperty("x0", x0 + offset);
            shape.SetProperty("x1", x1 + offset);
            shape.SetProperty("y0", y0);
            shape.SetProperty("y1", y1);
            shape.SetProperty("fillcolor", fill);
            var line = new Line();
            line.SetProperty("color", "#34495e");
            shape.SetProperty("line", line);
            shapes.Add(shape);
            var annotation = Annotation((x0 + x1) / 2 + offset, (y0 + y1) / 2, text, 12);
            annotation.SetProperty("bgcolor", "rgba(0,0,0,0)");
            annotations.Add(annotation);
        }

        void Arrow(double fromX, double fromY, double toX, double toY)
        {
            var arrow = new Annotation();
            arrow.SetProperty("x", toX + offset);
            arrow.SetProperty("y", toY);
            arrow.SetProperty("ax", fromX + offset);
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

        string Counted(string label, string stage) => $"{label} (n = {PrismaFlow.Show(flow.Total(stage))})";
        string BySource(string stage) => string.Concat(flow.CountsOf(stage).Where(count => count.Source is not null).Select(count => $"<br>  {ChartText(count.Source!)} (n = {PrismaFlow.Show(count.N)})"));

        var removed = new[] { ("duplicates", "Duplicate records"), ("excluded_automatic", "Marked ineligible by automation tools"), ("excluded_other", "Removed for other reasons") }
            .Where(pair => pair.Item1 == "duplicates" || flow.CountsOf(pair.Item1).Count > 0)
            .Select(pair => "<br>" + Counted(pair.Item2, pair.Item1));
        var registers = flow.CountsOf("register_results").Count > 0 ? "<br>" + Counted("Registers", "register_results") : "";

        Box(0, 8, 4.6, 10, Counted("Records identified from databases", "database_results") + BySource("database_results") + registers);
        Box(5.4, 8, 10, 10, "Records removed before screening:" + string.Concat(removed));
        Box(0, 6, 4.6, 7.2, Counted("Records screened", "records_screened"));
        Box(5.4, 6, 10, 7.2, Counted("Records excluded", "records_excluded"));
        Box(0, 4.2, 4.6, 5.4, Counted("Reports sought for retrieval", "dbr_sought_reports"));
        Box(5.4, 4.2, 10, 5.4, Counted("Reports not retrieved", "dbr_notretrieved_reports"));
        Box(0, 2.4, 4.6, 3.6, Counted("Reports assessed for eligibility", "dbr_assessed"));
        Box(5.4, 1.9, 10, 3.6, Counted("Reports excluded", "dbr_excluded") + BySource("dbr_excluded"));
        Box(0, 0, 4.6, 1.4, Counted("New studies included in review", "new_studies") + "<br>" + Counted("Reports of new included studies", "new_reports"));
        Arrow(2.3, 8, 2.3, 7.2);
        Arrow(4.6, 9, 5.4, 9);
        Arrow(2.3, 6, 2.3, 5.4);
        Arrow(4.6, 6.6, 5.4, 6.6);
        Arrow(2.3, 4.2, 2.3, 3.6);
        Arrow(4.6, 4.8, 5.4, 4.8);
        Arrow(2.3, 2.4, 2.3, 1.4);
        Arrow(4.6, 3.0, 5.4, 3.0);

        if (flow.IsUpdate)
        {
            Box(-5, 8, -0.6, 10, "<b>Previous studies</b><br>Studies included in the previous<br>version of the review (n = " + PrismaFlow.Show(flow.Total("previous_studies")) + ")<br>Reports of those studies (n = " + PrismaFlow.Show(flow.Total("previous_reports")) + ")", "#eaecee");
            Box(-5, -2.2, 4.6, -0.8, Counted("Total studies included in review", "total_studies") + "<br>" + Counted("Reports of total included studies", "total_reports"));
            Arrow(-2.8, 8, -2.8, -0.8);
            Arrow(2.3, 0, 2.3, -0.8);
        }

        var bottom = flow.IsUpdate ? -2.2 : 0;
        foreach (var (label, low, high) in new[] { ("Identification", 8.0, 10.0), ("Screening", 1.9, 7.2), ("Included", bottom, 1.4) })
        {
            var shape = new Shape();
            shape.SetProperty("type", "rect");
            shape.SetProperty("x0", -1.4);
            shape.SetProperty("x1", -0.8);
            shape.SetProperty("y0", low);
            shape.SetProperty("y1", high);
            shape.SetProperty("fillcolor", PhaseColour);
            shape.SetProperty("line", new Line());
            shapes.Add(shape);
            var phase = Annotation(-1.1, (low + high) / 2, $"<b>{label}</b>", 13);
            phase.SetProperty("textangle", -90);
            phase.SetProperty("bgcolor", "rgba(0,0,0,0)");
            annotations.Add(phase);
        }

        var chart = PlotlyChart.Point<double, double, string>(x: [], y: [], ShowLegend: false);
        chart = Chart.withShapes(shapes, FSharpOption<bool>.None).Invoke(chart);
        chart = Chart.withAnnotations(annotations, FSharpOption<bool>.None).Invoke(chart);
        var title = flow.IsUpdate ? "PRISMA 2020 flow diagram for an updated review" : "PRISMA 2020 flow diagram (Fig. 1): counts the text does not report read \"not reported\"";
        chart = Layout(chart, title, "", "", flow.IsUpdate ? 1150 : 900, flow.IsUpdate ? 900 : 760);
        return HideAxes(chart, (-1.6, 10.2 + offset), (bottom - 0.2, 10.2));
    }
}
