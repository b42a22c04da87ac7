using System.Text.Json;
using Plotly.NET;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Prisma;

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
    public void StakeholderEcosystem_Paper_LabelsThePathwaysWithTheirSupport()
    {
        var json = GenericChart.toFigureJson(Figures.StakeholderEcosystem(ReviewDataset.Paper));

        Assert.Contains("Learning pathway", json, StringComparison.Ordinal);
        Assert.Contains("38 carry its codes on both sides", json, StringComparison.Ordinal);
        Assert.Contains("277 assignments (32%)", json, StringComparison.Ordinal);
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
