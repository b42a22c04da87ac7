using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;
using ReviewKit.Data;
using ReviewKit.Presentation;

namespace ReviewKit.Interactive.Tests;

/// <summary>Formatter registrations are process-wide: these tests share one collection and reset them.</summary>
[Collection(nameof(NotebookSetupTests))]
public sealed class NotebookSetupTests : IDisposable
{
    public NotebookSetupTests() => NotebookSetup.Apply();

    public void Dispose() => Formatter.ResetToDefault();

    [Fact]
    public void Apply_Chart_ShownAsPlotlyFigureAndOneLineOfText()
    {
        Assert.Equal(
            ["application/vnd.plotly.v1+json", "text/plain"],
            Formatter.GetPreferredMimeTypesFor(typeof(GenericChart)).Order(StringComparer.Ordinal));

        var chart = Figures.PublicationTrend(ReviewDataset.Paper);
        Assert.StartsWith("{\"data\":[", chart.ToDisplayString("application/vnd.plotly.v1+json"), StringComparison.Ordinal);
        Assert.Equal("Chart: Included studies per publication year (n = 60)", chart.ToDisplayString("text/plain"));
    }

    [Fact]
    public void Apply_DataFrame_ShownAsStaticTable()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", [55]));

        Assert.Equal("<table><thead><tr><th>n</th></tr></thead><tbody><tr><td>55</td></tr></tbody></table>", frame.ToDisplayString("text/html"));
    }

    [Fact]
    public void Apply_Twice_Harmless()
    {
        NotebookSetup.Apply();

        Assert.Equal("<table><thead><tr><th>n</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>", new DataFrame(new Int32DataFrameColumn("n", [1])).ToDisplayString("text/html"));
    }
}
