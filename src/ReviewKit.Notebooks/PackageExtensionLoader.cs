using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;

namespace ReviewKit.Notebooks;

/// <summary>
/// Loads the kernel extensions that NuGet packages ship in <c>interactive-extensions/dotnet/</c>
/// (Plotly.NET.Interactive's chart formatter, Microsoft.Data.Analysis's DataFrame formatter).
/// The dotnet-interactive tool does this itself; the kernel packages alone do not.
/// </summary>
internal sealed class PackageExtensionLoader
{
    private readonly HashSet<string> _loadedAssemblyPaths = new(StringComparer.Ordinal);

    internal async Task LoadAsync(Kernel rootKernel, IEnumerable<ResolvedPackageReference> packages)
    {
        foreach (var package in packages)
        {
            foreach (var assemblyPath in FindExtensionAssemblies(package))
            {
                // Every restore reports all packages resolved so far; load each extension once per kernel.
                if (!_loadedAssemblyPaths.Add(assemblyPath))
                {
                    continue;
                }

                await LoadExtensionsFromAssemblyAsync(rootKernel, package, assemblyPath);
            }
        }
    }

    private static IEnumerable<string> FindExtensionAssemblies(ResolvedPackageReference package)
    {
        if (string.IsNullOrEmpty(package.PackageRoot))
        {
            return [];
        }

        var extensionDirectory = Path.Combine(package.PackageRoot, "interactive-extensions", "dotnet");
        return Directory.Exists(extensionDirectory)
            ? Directory.GetFiles(extensionDirectory, "*.dll").Order(StringComparer.Ordinal)
            : [];
    }

    private static async Task LoadExtensionsFromAssemblyAsync(Kernel rootKernel, ResolvedPackageReference package, string assemblyPath)
    {
        // The default context, as the dotnet-interactive tool does: the extension must see the same
        // Microsoft.DotNet.Interactive and formatter types as the kernel and the cells.
        var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(assemblyPath);

        var extensionTypes = assembly.GetExportedTypes()
            .Where(type => type is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }
                && typeof(IKernelExtension).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal);

        foreach (var extensionType in extensionTypes)
        {
            try
            {
                var extension = (IKernelExtension)Activator.CreateInstance(extensionType)!;
                await extension.OnLoadAsync(rootKernel);
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException(
                    $"Failed to load kernel extension {extensionType.FullName} of package {package.PackageName} {package.PackageVersion}: {exception.Message}",
                    exception);
            }
        }
    }
}
