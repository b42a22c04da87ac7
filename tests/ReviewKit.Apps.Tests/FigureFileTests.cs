using ReviewKit.Data;
using ReviewKit.Presentation;

namespace ReviewKit.Apps.Tests;

public sealed class FigureFileTests
{
    [Theory]
    [InlineData(1, "Chart: Learners: studies carrying each code (of 60)", "01-learners-studies-carrying-each-code-of-60.html")]
    [InlineData(12, "Chart", "12-chart.html")]
    [InlineData(3, "Chart: <b>Fig. 3</b> — ecosystem", "03-b-fig-3-b-ecosystem.html")]
    public void FileName_Title_IsNumberedAsciiSlug(int number, string title, string expected) =>
        Assert.Equal(expected, FigureFile.FileName(number, title));

    [Fact]
    public void Write_Chart_WritesSelfContainedHtml()
    {
        var folder = Directory.CreateTempSubdirectory("reviewkit-apps-test-").FullName;
        try
        {
            var path = FigureFile.Write(Figures.PublicationTrend(ReviewDataset.Paper), folder, 2);

            var html = File.ReadAllText(path);
            Assert.StartsWith("02-", Path.GetFileName(path));
            Assert.Contains("Plotly.newPlot", html);
            Assert.DoesNotContain("<script src=", html);   // plotly.js inline: the page opens offline
            Assert.Single(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
