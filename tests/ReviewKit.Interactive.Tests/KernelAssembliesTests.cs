using System.Reflection;

namespace ReviewKit.Interactive.Tests;

public sealed class KernelAssembliesTests
{
    [Theory]
    [InlineData("FSharp.Core", "10.0.0.0", "FSharp.Core", "10.1.0.0", true)] // the kernel's 10.0 answers Plotly.NET's request for 10.1
    [InlineData("FSharp.Core", "10.0.0.0", "FSharp.Core", "10.0.0.0", true)]
    [InlineData("FSharp.Core", "10.0.0.0", "FSharp.Core", "11.0.0.0", false)] // another major version may have broken anything
    [InlineData("FSharp.Core", "9.0.0.0", "FSharp.Core", "10.1.0.0", false)]
    [InlineData("FSharp.Core", "10.0.0.0", "Deedle", "10.0.0.0", false)] // only FSharp.Core is ever stood in for
    [InlineData("Deedle", "8.1.0.0", "Deedle", "8.1.0.0", false)]
    public void CanStandIn_LoadedAndRequested_OnlyFSharpCoreOfTheSameMajorVersion(string loadedName, string loadedVersion, string requestedName, string requestedVersion, bool expected)
    {
        var loaded = new AssemblyName(loadedName) { Version = Version.Parse(loadedVersion) };
        var requested = new AssemblyName(requestedName) { Version = Version.Parse(requestedVersion) };

        Assert.Equal(expected, KernelAssemblies.CanStandIn(loaded, requested));
    }

    [Fact]
    public void CanStandIn_RequestWithoutVersion_False()
    {
        var loaded = new AssemblyName("FSharp.Core") { Version = new Version(10, 0, 0, 0) };

        Assert.False(KernelAssemblies.CanStandIn(loaded, new AssemblyName("FSharp.Core")));
    }
}
