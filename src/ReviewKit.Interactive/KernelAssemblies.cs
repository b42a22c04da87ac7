using System.Reflection;
using System.Runtime.Loader;

namespace ReviewKit.Interactive;

/// <summary>
/// Puts ReviewKit beside Plotly.NET and Deedle in the kernel's default load context, all on the one FSharp.Core the
/// kernel has loaded, so that charts and frames work in every .NET Interactive client.
/// </summary>
/// <remarks>
/// Plotly.NET 6, Deedle 8.1 and ReviewKit are built against FSharp.Core 10.1. The dotnet-interactive tool
/// (1.0.712001, the last published, which VS Code's Polyglot Notebooks and Jupyter start) and dotnet-repl load
/// FSharp.Core 10.0 into their default load context before any cell runs, and that context cannot hold a second
/// copy: a request for 10.1 there fails with <see cref="FileNotFoundException"/>. Two things mend it:
/// <list type="number">
/// <item>After every other resolution has failed, the runtime asks <see cref="AppDomain.AssemblyResolve"/>; the
/// handler answers a request for FSharp.Core with the copy the default context holds when both have the same major
/// version, and a request for any other assembly with the file of that name beside this one (ReviewKit's own
/// dependencies, such as CsvHelper).</item>
/// <item>ReviewKit is loaded into the default context before any cell uses it. Left to the script loader, it would
/// land in a context of its own and take FSharp.Core 10.1 from the package folder, and its charts would then not
/// be Plotly.NET's charts.</item>
/// </list>
/// A host that ships FSharp.Core 10.1 itself (ReviewKit's runner, the tests) never reaches the handler. The risk
/// that remains: Plotly.NET or Deedle calling an API that only FSharp.Core 10.1 has would throw
/// <see cref="MissingMethodException"/>; the notebook tests run every notebook in the tool to show that none does.
/// </remarks>
internal static class KernelAssemblies
{
    internal const string FSharpCore = "FSharp.Core";

    private const string Library = "ReviewKit";

    private static readonly string Folder = Path.GetDirectoryName(typeof(KernelAssemblies).Assembly.Location)!;

    private static int _installed;

    /// <summary>Installs the handler once and loads ReviewKit into the default context unless it is there already.</summary>
    internal static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            AppDomain.CurrentDomain.AssemblyResolve += (_, request) => Resolve(new AssemblyName(request.Name));
        }

        if (!AssemblyLoadContext.Default.Assemblies.Any(assembly => assembly.GetName().Name == Library))
        {
            AssemblyLoadContext.Default.LoadFromAssemblyPath(Path.Combine(Folder, Library + ".dll"));
        }
    }

    /// <summary>The assembly that answers a request nothing else could: the loaded FSharp.Core, or a file beside this one.</summary>
    private static Assembly? Resolve(AssemblyName requested)
    {
        var standIn = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(loaded => CanStandIn(loaded.GetName(), requested));
        if (standIn is not null)
        {
            return standIn;
        }

        var besideThis = Path.Combine(Folder, requested.Name + ".dll");
        return requested.Name != FSharpCore && File.Exists(besideThis) ? AssemblyLoadContext.Default.LoadFromAssemblyPath(besideThis) : null;
    }

    /// <summary>Whether an FSharp.Core already loaded can answer a request for another version of it.</summary>
    /// <example>loaded 10.0.0.0, requested 10.1.0.0 ⇒ true; loaded 10.0.0.0, requested 11.0.0.0 ⇒ false.</example>
    internal static bool CanStandIn(AssemblyName loaded, AssemblyName requested) =>
        requested.Name == FSharpCore
        && loaded.Name == FSharpCore
        && loaded.Version is { } loadedVersion
        && requested.Version is { } requestedVersion
        && loadedVersion.Major == requestedVersion.Major;
}
