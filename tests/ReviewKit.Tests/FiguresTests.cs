using System.Text.Json;
using Plotly.NET;

namespace ReviewKit.Tests;

public class FiguresTests
{
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
