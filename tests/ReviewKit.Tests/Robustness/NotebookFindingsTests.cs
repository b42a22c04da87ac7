using ReviewKit.Findings;
using ReviewKit.Robustness;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class NotebookFindingsTests
{
    [Fact]
    public void All_HoldsEveryFindingOfTheEightListsInNotebookOrder()
    {
        var expected = new[]
        {
            Notebook00Findings.All, Notebook01Findings.All, Notebook03Findings.All, Notebook04Findings.All,
            Notebook05Findings.All, Notebook06Findings.All, Notebook07Findings.All, Notebook08Findings.All,
        }.SelectMany(list => list).ToList();

        Assert.Equal(expected, NotebookFindings.All.Select(row => row.Finding));
        Assert.Equal(
            ["00-overview", "01-the-coding-table", "03-coding-and-counting", "04-stakeholder-analysis", "05-search-screening-and-trend",
                "06-reproducibility-audit", "07-intercoder-reliability", "08-extending-with-new-studies"],
            NotebookFindings.All.Select(row => row.Notebook).Distinct());
    }

    [Fact]
    public void All_NamesNotebooksThatExist_AndIdsAreUniqueWithinEach()
    {
        var notebooks = Path.Combine(Repository.Root, "notebooks");
        Assert.All(NotebookFindings.All, row => Assert.True(File.Exists(Path.Combine(notebooks, row.Notebook + ".ipynb")), row.Notebook));
        Assert.All(NotebookFindings.All.GroupBy(row => row.Notebook), notebook =>
            Assert.Equal(notebook.Count(), notebook.Select(row => row.Finding.Id).Distinct(StringComparer.Ordinal).Count()));
    }
}
