namespace ReviewKit.Interactive.Tests;

/// <summary>
/// The risk <see cref="KernelAssemblies"/> takes, tested: in the dotnet-interactive kernel, Plotly.NET, Deedle and
/// ReviewKit run on the FSharp.Core that the tool ships (10.0), though built against 10.1. Every FSharp.Core type
/// and member they use must exist in the tool's copy, or a chart would fail with <see cref="MissingMethodException"/>
/// the first time it took that path.
/// </summary>
public sealed class KernelFSharpCoreTests
{
    /// <summary>Pinned in .config/dotnet-tools.json; <c>dotnet tool restore</c> puts it in the NuGet packages folder.</summary>
    private const string Tool = "microsoft.dotnet-interactive/1.0.712001";

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
            .Concat(Directory.GetFiles(Path.Combine(packages, "plotly.net.interactive", "6.0.0", "lib"), "*.dll", SearchOption.AllDirectories))
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
