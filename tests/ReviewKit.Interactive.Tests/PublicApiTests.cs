using ReviewKit.Tests.Shared;

namespace ReviewKit.Interactive.Tests;

public sealed class PublicApiTests
{
    private static readonly string ApprovedPath = Path.Combine(RepositoryRoot(), "tests", "ReviewKit.Interactive.Tests", "PublicApi.approved.txt");

    /// <summary>What the notebooks call is one method; anything more must be deliberate: update PublicApi.approved.txt from the failure message.</summary>
    [Fact]
    public void PublicApi_CurrentAssembly_MatchesApprovedFile()
    {
        var actual = PublicApi.Describe(typeof(NotebookSetup).Assembly);

        Assert.True(PublicApi.Approved(ApprovedPath) == actual, $"The public API changed. If intended, write this to {ApprovedPath}:\n{actual}");
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "ReviewKit.slnx")))
        {
            folder = folder.Parent ?? throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds ReviewKit.slnx.");
        }

        return folder.FullName;
    }
}
