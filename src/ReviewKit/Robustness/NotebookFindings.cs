using ReviewKit.Data;
using ReviewKit.Findings;

namespace ReviewKit.Robustness;

/// <summary>
/// Every sentence the notebooks state about the review's data, in notebook order: the <c>All</c> list of each
/// <c>NotebookNNFindings</c>. Notebook <c>02-coding-from-text</c> states none about the review's data, so it has no list;
/// the sentences about teaching data (notebook 07's made-up coders, notebook 08's update) are left out, since a
/// recoding or a resampling of the review does not bear on them.
/// </summary>
public static class NotebookFindings
{
    /// <summary>Every (notebook, finding), notebooks in order and each notebook's findings in its own order.</summary>
    /// <example><c>NotebookFindings.All[0]</c> ⇒ notebook <c>00-overview</c>, finding <c>size</c>.</example>
    public static IReadOnlyList<NotebookFinding> All { get; } =
    [
        .. Of("00-overview", Notebook00Findings.All),
        .. Of("01-the-coding-table", Notebook01Findings.All),
        .. Of("03-coding-and-counting", Notebook03Findings.All),
        .. Of("04-stakeholder-analysis", Notebook04Findings.All),
        .. Of("05-search-screening-and-trend", Notebook05Findings.All),
        .. Of("06-reproducibility-audit", Notebook06Findings.All),
        .. Of("07-intercoder-reliability", Notebook07Findings.All),
        .. Of("08-extending-with-new-studies", Notebook08Findings.All),
    ];

    private static IEnumerable<NotebookFinding> Of(string notebook, IReadOnlyList<Finding<ReviewInputs>> findings) =>
        findings.Select(finding => new NotebookFinding(notebook, finding));
}
