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

        // The paper's Results: "micro-credentials provide them with opportunities for student-centred learning which increases
        // their motivation to complete online learning courses (N = 38)"; "43% of the literature reviewed discusses the
        // narrower attainment of knowledge (n = 26) by learners". The percent is of the 60 studies.
        Assert.Equal(60, PaperCsv.Studies.Count);
        Assert.Contains("LO1 Student centred learning / Increase Motivation", json, StringComparison.Ordinal);
        Assert.Contains($" 38 ({Math.Round(100.0 * 38 / 60):0}%)", json, StringComparison.Ordinal);
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
        string[] learningPathway = ["LO1", "LO5", "LO6", "UO1"]; // the project's reading of the Discussion (StakeholderAnalysisTests)
        var both = PaperCsv.StudiesCarryingBoth(
            code => learningPathway.Contains(code) && PaperCsv.Of("Learners", code),
            code => learningPathway.Contains(code) && PaperCsv.Of("HigherEducation", code));
        var institutions = PaperCsv.Assignments("HigherEducation");

        var json = GenericChart.toFigureJson(Figures.StakeholderEcosystem(ReviewDataset.Paper));

        Assert.Contains($"<b>Learning pathway</b>, institutions–learners:<br>{both} studies carry its codes on both sides", json, StringComparison.Ordinal);
        Assert.Contains($"{institutions} assignments ({Math.Round(100.0 * institutions / PaperCsv.Codings.Count):0}%)", json, StringComparison.Ordinal);
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

        var learnersEmployersStudies = PaperCsv.StudiesCarryingBoth(code => PaperCsv.Of("Learners", code), code => PaperCsv.Of("Employers", code));
        var institutionsGovernmentStudies = PaperCsv.StudiesCarryingBoth(code => PaperCsv.Of("HigherEducation", code), code => PaperCsv.Of("Government", code));

        Assert.Equal(learnersEmployersStudies, pairs[learnersEmployers]);
        Assert.Equal(institutionsGovernmentStudies, pairs[institutionsGovernment]);
        Assert.Equal(6, links.Count);
        Assert.True(learnersEmployersStudies > institutionsGovernmentStudies); // so that the next line compares two different links
        Assert.True(Width(learnersEmployers) > Width(institutionsGovernment));
        // Width ∝ studies, through zero.
        Assert.All(pairs, pair => Assert.Equal(Width(learnersEmployers) / learnersEmployersStudies, Width(pair.Key) / pair.Value, 10));
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
        var learnersEmployersStudies = PaperCsv.StudiesCarryingBoth(code => PaperCsv.Of("Learners", code), code => PaperCsv.Of("Employers", code));
        var areaPerAssignment = nodes[2] * nodes[2] / PaperCsv.Assignments("HigherEducation");

        // The keys are round steps up to the largest link (learners–institutions, 60 studies) and node (institutions, 277).
        Assert.Equal(60, PaperCsv.StudiesCarryingBoth(code => PaperCsv.Of("Learners", code), code => PaperCsv.Of("HigherEducation", code)));
        Assert.Equal(277, PaperCsv.Assignments("HigherEducation"));
        Assert.Equal(["Link width key: 20 studies", "Link width key: 40 studies", "Link width key: 60 studies"], widthKey.Select(key => key.GetProperty("name").GetString()));
        Assert.Equal(learnersEmployers / learnersEmployersStudies * 60, widthKey[2].GetProperty("line").GetProperty("width").GetDouble(), 10);
        Assert.Equal(["100", "200", "300"], discs.GetProperty("text").EnumerateArray().Select(text => text.GetString()));
        Assert.Equal([100 * areaPerAssignment, 200 * areaPerAssignment, 300 * areaPerAssignment], discSizes.Select(size => size * size), new ToleranceComparer(1e-6));
        Assert.Equal(PaperCsv.Assignments("Learners") * areaPerAssignment, nodes[0] * nodes[0], 6);
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
        var studiesOf = PaperCsv.Codings.ToLookup(coding => coding.Code, coding => coding.Study);
        var codes = PaperCsv.Codebook.Keys.ToList();
        var largestFromRows = codes.SelectMany((first, i) => codes.Skip(i + 1).Select(second =>
            (double)studiesOf[first].Intersect(studiesOf[second]).Count() / studiesOf[first].Union(studiesOf[second]).Count())).Max();

        Assert.Equal(36, z.Count);
        Assert.All(z.Select((row, i) => row[i]), Assert.Null);
        Assert.All(offDiagonal, cell => Assert.NotNull(cell));
        Assert.Equal(largestFromRows, largest, 12);
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
        var studies = PaperCsv.Studies.Count;
        var reach = new[] { "Learners", "Employers", "HigherEducation", "Government" }
            .Select(stakeholder => PaperCsv.StudiesCarrying(code => PaperCsv.Of(stakeholder, code))).ToList();
        var government = Proportion.Wilson(reach[3], studies);

        Assert.Equal(reach.Select(n => Math.Round(100.0 * n / studies, 1)), trace.GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
        Assert.Equal($"Government<br>{reach[3]} of {studies}", trace.GetProperty("x")[3].GetString());
        Assert.Equal((100 * government.High) - (100.0 * reach[3] / studies), trace.GetProperty("error_y").GetProperty("array")[3].GetDouble(), 10);
        Assert.Equal((100.0 * reach[3] / studies) - (100 * government.Low), trace.GetProperty("error_y").GetProperty("arrayminus")[3].GetDouble(), 10);
    }

    private static JsonElement Traces(Stakeholder stakeholder) =>
        JsonDocument.Parse(GenericChart.toJson(Figures.CodeFrequencies(ReviewDataset.Paper, stakeholder))).RootElement.GetProperty("data");

    [Fact]
    public void CodeFrequencies_HigherEducation_DrawsTheWilsonIntervalAsAsymmetricErrorBars()
    {
        var challenges = Traces(Stakeholder.HigherEducation)[0];
        var error = challenges.GetProperty("error_x");
        var uc1 = Proportion.Wilson(55, 60);

        // Challenges from the bottom: UC3 (9), UC2 (14), UC1 (55). The paper's Results: "(n = 55, 92%)" for academic
        // support, "assessment of credits at 23% (n = 14)", and the extensive review process by the faculty "(n = 9)".
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
