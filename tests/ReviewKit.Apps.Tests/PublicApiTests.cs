using ReviewKit.Tests.Shared;

namespace ReviewKit.Apps.Tests;

public sealed class PublicApiTests
{
    private static readonly string ApprovedPath =
        Path.Combine(Repository.Root, "tests", "ReviewKit.Apps.Tests", "PublicApi.approved.txt");

    /// <summary>A change to the public surface must be deliberate: update PublicApi.approved.txt with the text from the failure message.</summary>
    [Fact]
    public void PublicApi_CurrentAssembly_MatchesApprovedFile()
    {
        var actual = PublicApi.Describe(typeof(AppOutput).Assembly);

        var approved = PublicApi.Approved(ApprovedPath);

        Assert.True(approved == actual, $"The public API changed. If intended, write this to {ApprovedPath}:\n{actual}");
    }
}
