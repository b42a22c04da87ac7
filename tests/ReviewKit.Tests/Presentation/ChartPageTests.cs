using System.Text.RegularExpressions;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Plotly.NET;
using ReviewKit.Data;
using ReviewKit.Presentation;
using static Giraffe.ViewEngine.HtmlElements;

namespace ReviewKit.Tests;

public sealed partial class ChartPageTests
{
    [Fact]
    public void ToHtml_IsThePagePlotlyNetWritesWithPlotlyInline_EscapedAndNamed()
    {
        var chart = Figures.CodeFrequencies(ReviewDataset.Paper, Stakeholder.Learners);
        var options = DisplayOptions.init(
            FSharpOption<string>.Some("Learners"),
            FSharpOption<string>.None,
            FSharpOption<string>.None,
            FSharpOption<XmlNode>.None,
            FSharpOption<FSharpList<XmlNode>>.None,
            FSharpOption<FSharpList<XmlNode>>.None,
            FSharpOption<PlotlyJSReference>.Some(PlotlyJSReference.Full));
        var plotlyNetPage = ChartPage.EscapeScript(GenericChart.toEmbeddedHTML(GenericChart.setDisplayOptions(options, chart)));
        var guid = Guid.Parse(GeneratedId().Match(plotlyNetPage[plotlyNetPage.IndexOf("<body>", StringComparison.Ordinal)..]).Value);
        var expected = plotlyNetPage.Replace(guid.ToString("D"), "code-frequencies", StringComparison.Ordinal).Replace(guid.ToString("N"), "code_frequencies", StringComparison.Ordinal);

        var page = ChartPage.ToHtml(chart, "Learners", "code-frequencies");

        Assert.Equal(expected, page);
        Assert.Equal(page, ChartPage.ToHtml(chart, "Learners", "code-frequencies"));
        Assert.True(page.Length > 3_000_000, "plotly.js (over 3 MB) should be inline");
        Assert.Contains("<title>Learners</title>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_WithElementId_IsTheSameAtEveryCallAndNamesNoGuid()
    {
        var chart = Figures.PublicationTrend(ReviewDataset.Paper);

        var first = ChartPage.ToHtml(chart, "Fig. 2", "fig2-publication-trend");
        var second = ChartPage.ToHtml(chart, "Fig. 2", "fig2-publication-trend");

        Assert.Equal(first, second);
        Assert.Contains("<div id=\"fig2-publication-trend\">", first, StringComparison.Ordinal);
        Assert.Contains("renderPlotly_fig2_publication_trend", first, StringComparison.Ordinal);
        Assert.DoesNotMatch(GeneratedId(), first[first.IndexOf("<body>", StringComparison.Ordinal)..]);
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GeneratedId();
}
