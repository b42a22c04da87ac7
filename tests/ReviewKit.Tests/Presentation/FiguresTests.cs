using System.Text.Json;
using Plotly.NET;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Prisma;
using ReviewKit.Stakeholders;

namespace ReviewKit.Tests;

public class FiguresTests
{
    [Fact]
    public void All_PaperWithFlow_NamesTwelveFiguresFromFig1()
    {
        var names = Figures.All(ReviewDataset.Paper, PrismaFlow.Paper).Select(figure => figure.Name).ToList();

        Assert.Equal(12, names.Count);
        Assert.Equal(["fig1-prisma-flow", "fig2-publication-trend", "fig2-publication-trend-by-stakeholder", "fig3-stakeholder-ecosystem"], names.Take(4));
        Assert.DoesNotContain("fig1-prisma-flow", Figures.All(ReviewDataset.Paper, null).Select(figure => figure.Name));
    }

    public static TheoryData<string> FigureNames() =>
        [.. Figures.All(ReviewDataset.Paper, PrismaFlow.Paper).Select(figure => figure.Name)];

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void All_EveryFigure_HasATitleAndBothAxisTitlesWhereItHasAxes(string name)
    {
        var chart = Figures.All(ReviewDataset.Paper, PrismaFlow.Paper).Single(figure => figure.Name == name).Chart;
        var layout = JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement.GetProperty("layout");

        Assert.False(string.IsNullOrWhiteSpace(TitleText(layout)), $"{name} has no title");
        foreach (var axis in layout.EnumerateObject().Where(property => property.Name.StartsWith("xaxis", StringComparison.Ordinal) || property.Name.StartsWith("yaxis", StringComparison.Ordinal)))
        {
            var hidden = axis.Value.TryGetProperty("visible", out var visible) && visible.ValueKind == JsonValueKind.False;
            Assert.True(hidden || !string.IsNullOrWhiteSpace(TitleText(axis.Value)), $"{name}: {axis.Name} is shown without a title");
        }
    }

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void All_EveryFigure_NamesTheOneChartFont(string name)
    {
        var chart = Figures.All(ReviewDataset.Paper, PrismaFlow.Paper).Single(figure => figure.Name == name).Chart;
        var layout = JsonDocument.Parse(GenericChart.toFigureJson(chart)).RootElement.GetProperty("layout");

        Assert.Equal("Verdana, 'DejaVu Sans', 'Bitstream Vera Sans', sans-serif", layout.GetProperty("font").GetProperty("family").GetString());
    }

    private static string? TitleText(JsonElement element) =>
        !element.TryGetProperty("title", out var title) ? null
        : title.ValueKind == JsonValueKind.String ? title.GetString()
        : title.TryGetProperty("text", out var text) ? text.GetString() : null;

    [Fact]
    public void CodeFrequencies_Learners_CarriesEveryCountAndLabel()
    {
        var json = GenericChart.toFigureJson(Figures.CodeFrequencies(ReviewDataset.Paper, Stakeholder.Learners));

        Assert.Contains("LO1 Student centred learning / Increase Motivation", json, StringComparison.Ordinal);
        Assert.Contains(" 38 (63%)", json, StringComparison.Ordinal);
        Assert.Contains(" 26 (43%)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PrismaFlowDiagram_Paper_SaysNotReportedAndShowsTheSixtyStudies()
    {
        var json = GenericChart.toFigureJson(Figures.PrismaFlowDiagram(PrismaFlow.Paper));

        Assert.Contains("Records identified from databases (n = not reported)", json, StringComparison.Ordinal);
        Assert.Contains("New studies included in review (n = 60)", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous studies", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PrismaFlowDiagram_Update_AddsThePreviousStudiesColumnAndTheTotal()
    {
        var flow = PrismaFlow.Parse("stage,source,n,note\nprevious_studies,,60,\nnew_studies,,5,\ntotal_studies,,65,\n");

        var json = GenericChart.toFigureJson(Figures.PrismaFlowDiagram(flow));

        Assert.Contains("version of the review (n = 60)", json, StringComparison.Ordinal);
        Assert.Contains("Total studies included in review (n = 65)", json, StringComparison.Ordinal);
    }

    [Fact]
    public void StakeholderEcosystem_Paper_KeysThePathwaysWithTheirSupport()
    {
        var json = GenericChart.toFigureJson(Figures.StakeholderEcosystem(ReviewDataset.Paper));

        Assert.Contains("<b>Learning pathway</b>, institutions–learners:<br>38 studies carry its codes on both sides", json, StringComparison.Ordinal);
        Assert.Contains("277 assignments (32%)", json, StringComparison.Ordinal);
    }

    private static JsonElement Ecosystem() => JsonDocument.Parse(GenericChart.toJson(Figures.StakeholderEcosystem(ReviewDataset.Paper))).RootElement;

    private static IEnumerable<JsonElement> TracesNamed(JsonElement chart, Func<string, bool> name) =>
        chart.GetProperty("data").EnumerateArray().Where(trace => trace.TryGetProperty("name", out var value) && name(value.GetString()!));

    private static IEnumerable<JsonElement> AnnotationsWith(JsonElement chart, string text) =>
        chart.GetProperty("layout").GetProperty("annotations").EnumerateArray().Where(annotation => annotation.GetProperty("text").GetString()!.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void StakeholderEcosystem_Paper_DrawsEveryLinkWithOneWidthPerStudyAndOneStyle()
    {
        var pairs = StakeholderAnalysis.StakeholderPairs(ReviewDataset.Paper)
            .ToDictionary(pair => $"{Names.Of(pair.First)}–{Names.Of(pair.Second)}", pair => pair.CodingBoth);
        var links = TracesNamed(Ecosystem(), pairs.ContainsKey).ToList();
        double Width(string name) => links.Single(link => link.GetProperty("name").GetString() == name).GetProperty("line").GetProperty("width").GetDouble();
        var (learnersEmployers, institutionsGovernment) = ("Learners–Employers", "Higher-education institutions–Government");

        Assert.Equal(59, pairs[learnersEmployers]);
        Assert.Equal(49, pairs[institutionsGovernment]);
        Assert.Equal(6, links.Count);
        Assert.True(Width(learnersEmployers) > Width(institutionsGovernment));
        Assert.All(pairs, pair => Assert.Equal(Width(learnersEmployers) / 59, Width(pair.Key) / pair.Value, 10)); // width ∝ studies, through zero
        Assert.Single(links.Select(link => link.GetProperty("line").GetProperty("dash").GetString()).Distinct());
        Assert.Single(links.Select(link => link.GetProperty("line").GetProperty("color").GetString()).Distinct());
        Assert.Single(links.Select(link => link.GetProperty("opacity").GetDouble()).Distinct());
    }

    [Fact]
    public void StakeholderEcosystem_Paper_KeysLinkWidthAndNodeAreaWithTheGraphsOwnScales()
    {
        var chart = Ecosystem();
        var learnersEmployers = TracesNamed(chart, name => name == "Learners–Employers").Single().GetProperty("line").GetProperty("width").GetDouble();
        var widthKey = TracesNamed(chart, name => name.StartsWith("Link width key: ", StringComparison.Ordinal)).ToList();
        var nodes = TracesNamed(chart, name => name == "Stakeholders").Single().GetProperty("marker").GetProperty("size").EnumerateArray().Select(size => size.GetDouble()).ToList();
        var discs = TracesNamed(chart, name => name == "Node area key").Single();
        var discSizes = discs.GetProperty("marker").GetProperty("size").EnumerateArray().Select(size => size.GetDouble()).ToList();
        var areaPerAssignment = nodes[2] * nodes[2] / 277; // institutions: 277 assignments

        Assert.Equal(["Link width key: 20 studies", "Link width key: 40 studies", "Link width key: 60 studies"], widthKey.Select(key => key.GetProperty("name").GetString()));
        Assert.Equal(learnersEmployers / 59 * 60, widthKey[2].GetProperty("line").GetProperty("width").GetDouble(), 10);
        Assert.Equal(["100", "200", "300"], discs.GetProperty("text").EnumerateArray().Select(text => text.GetString()));
        Assert.Equal([100 * areaPerAssignment, 200 * areaPerAssignment, 300 * areaPerAssignment], discSizes.Select(size => size * size), new ToleranceComparer(1e-6));
        Assert.Equal(234 * areaPerAssignment, nodes[0] * nodes[0], 6); // learners: 234 assignments
        Assert.Single(AnnotationsWith(chart, "<b>Node area</b>: code assignments"));
        Assert.Single(AnnotationsWith(chart, "<b>Link width</b>: studies that code both stakeholders"));
    }

    [Fact]
    public void StakeholderEcosystem_Paper_PutsPathwayTextRightOfTheGraphAndItsMarkersBesideTheLinks()
    {
        var chart = Ecosystem();
        var links = TracesNamed(chart, name => name.Contains('–', StringComparison.Ordinal)).ToList();
        var graphRight = links.SelectMany(link => link.GetProperty("x").EnumerateArray()).Max(x => x.GetDouble());
        var institutionsGovernment = links.Single(link => link.GetProperty("name").GetString() == "Higher-education institutions–Government");
        var marker = AnnotationsWith(chart, "<b>3</b>").First(annotation => annotation.GetProperty("x").GetDouble() == 0); // on the upright link at x = 0

        Assert.All(["Learning pathway", "Employment pathway", "Qualification framework"], name =>
            Assert.True(AnnotationsWith(chart, name).Single().GetProperty("x").GetDouble() > graphRight + 0.5));
        Assert.Equal(0, marker.GetProperty("yshift").GetDouble());
        Assert.True(Math.Abs(marker.GetProperty("xshift").GetDouble()) > institutionsGovernment.GetProperty("line").GetProperty("width").GetDouble());
    }

    [Fact]
    public void CoOccurrenceHeatmap_Paper_LeavesTheDiagonalOutOfTheColourScale()
    {
        var chart = JsonDocument.Parse(GenericChart.toJson(Figures.CoOccurrenceHeatmap(ReviewDataset.Paper))).RootElement;
        var heatmap = chart.GetProperty("data")[0];
        var z = heatmap.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(cell => cell.ValueKind == JsonValueKind.Null ? (double?)null : cell.GetDouble()).ToList()).ToList();
        var offDiagonal = z.SelectMany((row, i) => row.Where((_, j) => j != i)).ToList();
        var largest = StakeholderAnalysis.CodePairs(ReviewDataset.Paper).Max(pair => pair.Jaccard);

        Assert.Equal(36, z.Count);
        Assert.All(z.Select((row, i) => row[i]), Assert.Null);
        Assert.All(offDiagonal, cell => Assert.NotNull(cell));
        Assert.Equal(0.78, largest, 2);
        Assert.Equal(Math.Round(largest, 3), heatmap.GetProperty("zmax").GetDouble());
        Assert.Equal(offDiagonal.Max(), heatmap.GetProperty("zmax").GetDouble());
        Assert.Equal(offDiagonal.Min(), heatmap.GetProperty("zmin").GetDouble());
        Assert.Equal("Viridis", heatmap.GetProperty("colorscale").GetString()); // sequential and colour-blind safe
        Assert.Contains("Diagonal (a code with itself) left blank", chart.GetProperty("layout").GetProperty("title").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CoOccurrenceHeatmap_Paper_TitlesBothAxesAndShowsLabelsOnHover()
    {
        var chart = JsonDocument.Parse(GenericChart.toJson(Figures.CoOccurrenceHeatmap(ReviewDataset.Paper))).RootElement;
        var layout = chart.GetProperty("layout");
        var heatmap = chart.GetProperty("data")[0];

        Assert.StartsWith("Code, coloured by stakeholder:", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Code, ordered by clustering", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("reversed", layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Contains(heatmap.GetProperty("x").EnumerateArray(), category => category.GetString() == "LO1 Student centred learning / Increase Motivation");
        Assert.Contains(layout.GetProperty("xaxis").GetProperty("ticktext").EnumerateArray(), tick => tick.GetString()!.EndsWith(">LO1</span>", StringComparison.Ordinal));
        Assert.Contains("%{customdata} studies carry both", heatmap.GetProperty("hovertemplate").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, new[] { 1, 2, 3 })]
    [InlineData(7, new[] { 2, 4, 6 })]
    [InlineData(60, new[] { 20, 40, 60 })]
    [InlineData(277, new[] { 100, 200, 300 })]
    public void ReferenceValues_Largest_ThreeMultiplesOfARoundStep(int largest, int[] expected)
    {
        Assert.Equal(expected, Figures.ReferenceValues(largest));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance * Math.Max(1, Math.Abs(x));

        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void StakeholderReach_Paper_DrawsStudiesPerStakeholderWithWilsonErrorBars()
    {
        var trace = JsonDocument.Parse(GenericChart.toJson(Figures.StakeholderReach(ReviewDataset.Paper))).RootElement.GetProperty("data")[0];
        var government = Proportion.Wilson(49, 60); // 49 of the 60 studies carry a government code

        Assert.Equal([100, 98.3, 100, 81.7], trace.GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
        Assert.Equal("Government<br>49 of 60", trace.GetProperty("x")[3].GetString());
        Assert.Equal((100 * government.High) - (100.0 * 49 / 60), trace.GetProperty("error_y").GetProperty("array")[3].GetDouble(), 10);
        Assert.Equal((100.0 * 49 / 60) - (100 * government.Low), trace.GetProperty("error_y").GetProperty("arrayminus")[3].GetDouble(), 10);
    }

    private static JsonElement Traces(Stakeholder stakeholder) =>
        JsonDocument.Parse(GenericChart.toJson(Figures.CodeFrequencies(ReviewDataset.Paper, stakeholder))).RootElement.GetProperty("data");

    [Fact]
    public void CodeFrequencies_HigherEducation_DrawsTheWilsonIntervalAsAsymmetricErrorBars()
    {
        var challenges = Traces(Stakeholder.HigherEducation)[0];
        var error = challenges.GetProperty("error_x");
        var uc1 = Proportion.Wilson(55, 60);

        // Challenges from the bottom: UC3 (9), UC2 (14), UC1 (55).
        Assert.Equal(["UC3", "UC2", "UC1"], challenges.GetProperty("y").EnumerateArray().Select(y => y.GetString()![..3]));
        Assert.Equal("data", error.GetProperty("type").GetString());
        Assert.False(error.GetProperty("symmetric").GetBoolean());
        Assert.Equal((60 * uc1.High) - 55, error.GetProperty("array")[2].GetDouble(), 10);
        Assert.Equal(55 - (60 * uc1.Low), error.GetProperty("arrayminus")[2].GetDouble(), 10);
    }

    [Fact]
    public void CodeFrequencies_Labels_StandBeyondTheUpperLimitOutsideTheLegend()
    {
        var traces = Traces(Stakeholder.HigherEducation);
        var challengeLabels = traces[2];
        var uc1 = Proportion.Wilson(55, 60);

        Assert.Equal(4, traces.GetArrayLength()); // two bar traces, two label traces
        Assert.Equal("text", challengeLabels.GetProperty("mode").GetString());
        Assert.False(challengeLabels.GetProperty("showlegend").GetBoolean());
        Assert.Equal(" 55 (92%)", challengeLabels.GetProperty("text")[2].GetString());
        Assert.Equal(60 * uc1.High, challengeLabels.GetProperty("x")[2].GetDouble(), 10);
    }
}
