using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public sealed class PublicApiTests
{
    private static readonly string ApprovedPath = Path.Combine(Repository.Root, "tests", "ReviewKit.Tests", "PublicApi.approved.txt");

    /// <summary>A change to the library's public surface must be deliberate: update PublicApi.approved.txt with the text from the failure message.</summary>
    [Fact]
    public void PublicApi_CurrentAssembly_MatchesApprovedFile()
    {
        var actual = PublicApi.Describe(typeof(ReviewDataset).Assembly);

        Assert.True(PublicApi.Approved(ApprovedPath) == actual, $"The public API changed. If intended, write this to {ApprovedPath}:\n{actual}");
    }
}
