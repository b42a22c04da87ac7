using System.Text.Json.Nodes;
using System.Xml.Linq;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Interactive.Tests;

/// <summary>
/// The risk <see cref="KernelAssemblies"/> takes, tested: in the dotnet-interactive kernel, Plotly.NET, Deedle and
/// ReviewKit run on the FSharp.Core that the tool ships (10.0), though built against 10.1. Every FSharp.Core type
/// and member they use must exist in the tool's copy, or a chart would fail with <see cref="MissingMethodException"/>
/// the first time it took that path.
/// </summary>
public sealed class KernelFSharpCoreTests
{
    /// <summary>The tool's package folder, at the version .config/dotnet-tools.json pins; <c>dotnet tool restore</c> puts it in the NuGet packages folder.</summary>
    private static readonly string Tool = "microsoft.dotnet-interactive/" + (string)JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, ".config", "dotnet-tools.json")))!["tools"]!["microsoft.dotnet-interactive"]!["version"]!;

    /// <summary>The Plotly.NET kernel extension at the version the notebooks pin (Directory.Packages.props).</summary>
    private static readonly string PlotlyInteractiveVersion = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props"))
        .Descendants("PackageVersion").Single(package => (string?)package.Attribute("Include") == "Plotly.NET.Interactive").Attribute("Version")!.Value;

    [SkippableFact]
    public void KernelFSharpCore_EveryApiTheChartingAssembliesUse_Exists()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var kernelFSharpCore = Directory.Exists(Path.Combine(packages, Tool))
            ? Directory.GetFiles(Path.Combine(packages, Tool), "FSharp.Core.dll", SearchOption.AllDirectories).SingleOrDefault()
            : null;
        if (kernelFSharpCore is null)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"CI must check the kernel's FSharp.Core: run `dotnet tool restore` first ({Tool} is not in {packages}).");
            Skip.If(true, $"The dotnet-interactive tool is not restored ({Tool} not in {packages}); run `dotnet tool restore`.");
        }

        var check = FSharpCoreApiCheck.Of(kernelFSharpCore!);
        // Everything the notebooks load that is built on FSharp.Core: beside these tests, and the Plotly.NET kernel extension.
        var assemblies = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => Path.GetFileName(path) is "Plotly.NET.dll" or "Plotly.NET.CSharp.dll" or "DynamicObj.dll" or "Giraffe.ViewEngine.dll" or "Deedle.dll" or "ReviewKit.dll")
            .Concat(Directory.GetFiles(Path.Combine(packages, "plotly.net.interactive", PlotlyInteractiveVersion, "lib"), "*.dll", SearchOption.AllDirectories))
            .ToList();
        Assert.Equal(7, assemblies.Count);

        var missing = assemblies.SelectMany(path => check.Missing(path).Select(api => $"{Path.GetFileName(path)}: {api}")).ToList();

        Assert.True(missing.Count == 0, $"Used but missing from the kernel's FSharp.Core ({kernelFSharpCore}):\n{string.Join("\n", missing)}");
    }

    [Fact]
    public void Missing_DeedleAgainstTheFSharpCoreItWasBuiltOn_Nothing()
    {
        var check = FSharpCoreApiCheck.Of(Path.Combine(AppContext.BaseDirectory, "FSharp.Core.dll"));

        Assert.Empty(check.Missing(Path.Combine(AppContext.BaseDirectory, "Deedle.dll")));
    }

    [Fact]
    public void Missing_DeedleAgainstAnAssemblyWithoutFSharpTypes_ListsWhatItUses()
    {
        var check = FSharpCoreApiCheck.Of(typeof(object).Assembly.Location);

        var missing = check.Missing(Path.Combine(AppContext.BaseDirectory, "Deedle.dll"));

        Assert.Contains("type Microsoft.FSharp.Core.FSharpFunc`2", missing);
        Assert.Contains(missing, api => api.StartsWith("Microsoft.FSharp.Core.FSharpOption`1::get_Value`0(): ", StringComparison.Ordinal));
    }
}
