using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// The notebooks share one setup cell: the same packages at the versions the build pins, and the library from
/// <c>artifacts/notebook-lib/</c>, which every build fills with what it just built.
/// </summary>
public sealed partial class NotebookSetupCellTests
{
    private static readonly string NotebookLibrary = Path.Combine(Repository.Root, "artifacts", "notebook-lib");

    [Fact]
    public void SetupCell_EveryNotebook_TheSame()
    {
        var first = RepositoryNotebooks.Paths[0];
        var expected = RepositoryNotebooks.SetupCell(first);

        Assert.All(RepositoryNotebooks.Paths, notebook => Assert.True(
            RepositoryNotebooks.SetupCell(notebook) == expected,
            $"The first code cell of {notebook} differs from that of {first}:\n{RepositoryNotebooks.SetupCell(notebook)}"));
    }

    [Fact]
    public void SetupCell_PackageVersions_ThoseOfDirectoryPackagesProps()
    {
        var pinned = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props"))
            .Descendants("PackageVersion")
            .ToDictionary(package => (string)package.Attribute("Include")!, package => (string)package.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);

        var references = NuGetReference().Matches(RepositoryNotebooks.SetupCell(RepositoryNotebooks.Paths[0]));

        Assert.Equal(["Microsoft.Data.Analysis", "Deedle", "Plotly.NET.CSharp", "Plotly.NET.Interactive"], references.Select(match => match.Groups["package"].Value));
        Assert.All(references, reference => Assert.Equal(pinned[reference.Groups["package"].Value], reference.Groups["version"].Value));
    }

    [Fact]
    public void SetupCell_Library_FromTheNotebookLibraryFolderWhateverTheConfiguration()
    {
        var setup = RepositoryNotebooks.SetupCell(RepositoryNotebooks.Paths[0]);

        var paths = PathReference().Matches(setup).Select(match => match.Groups["path"].Value).ToList();

        Assert.Equal(["../artifacts/notebook-lib/ReviewKit.dll", "../artifacts/notebook-lib/ReviewKit.Interactive.dll"], paths);
        Assert.EndsWith("ReviewKit.Interactive.NotebookSetup.Apply();", setup, StringComparison.Ordinal);
    }

    [Fact]
    public void NotebookLibrary_AfterThisBuild_HoldsTheLibraryItBuilt()
    {
        // The tests were built in some configuration (Debug by default, Release with -c Release); so was the library
        // beside them, and the build copied that library into the folder the notebooks load from.
        var configuration = typeof(NotebookSetupCellTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration.ToLowerInvariant();
        var built = Path.Combine(Repository.Root, "artifacts", "bin", "ReviewKit", configuration, "ReviewKit.dll");

        Assert.Equal(File.ReadAllBytes(built), File.ReadAllBytes(Path.Combine(NotebookLibrary, "ReviewKit.dll")));
    }

    [Fact]
    public void NotebookLibrary_NoCopyOfWhatTheKernelOrTheNuGetLinesLoad()
    {
        // A second FSharp.Core or Plotly.NET beside the kernel's would be loaded apart from it, and charts would not match.
        var files = Directory.GetFiles(NotebookLibrary, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(["CsvHelper.dll", "ReviewKit.Interactive.dll", "ReviewKit.dll"], files);
    }

    [GeneratedRegex("""^#r "nuget: (?<package>[^,"]+), (?<version>[^"]+)"$""", RegexOptions.Multiline)]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^#r "(?!nuget:)(?<path>[^"]+)"$""", RegexOptions.Multiline)]
    private static partial Regex PathReference();
}
