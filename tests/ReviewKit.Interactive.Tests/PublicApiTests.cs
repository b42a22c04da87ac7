using ReviewKit.Tests.Shared;

namespace ReviewKit.Interactive.Tests;

public sealed class PublicApiTests
{
    private static readonly string ApprovedPath = Path.Combine(Repository.Root, "tests", "ReviewKit.Interactive.Tests", "PublicApi.approved.txt");

    /// <summary>A change to the public surface must be deliberate: update PublicApi.approved.txt from the failure message.</summary>
    [Fact]
    public void PublicApi_CurrentAssembly_MatchesApprovedFile()
    {
        var actual = PublicApi.Describe(typeof(NotebookSetup).Assembly);

        Assert.True(PublicApi.Approved(ApprovedPath) == actual, $"The public API changed. If intended, write this to {ApprovedPath}:\n{actual}");
    }
}
