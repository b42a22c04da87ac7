using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace ReviewKit.Notebooks;

/// <summary>Builds the in-process kernel a notebook runs in: C# with <c>#r "nuget:"</c>, helpers and value sharing.</summary>
internal static class NotebookKernel
{
    internal static CompositeKernel Create()
    {
        var extensionLoader = new PackageExtensionLoader();

        var csharp = new CSharpKernel(NotebookFile.CSharpKernelName)
            .UseNugetDirective(
                // Runs inside the #r command's invocation context, which is where
                // kernel extensions must be loaded for their formatters to apply to later cells.
                async (kernel, packages) =>
                {
                    kernel.AddAssemblyReferences(packages.SelectMany(package => package.AssemblyPaths));
                    await extensionLoader.LoadAsync(kernel.RootKernel, packages);
                },
                forceRestore: false)
            .UseKernelHelpers()
            .UseValueSharing();

        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;
        return composite;
    }
}
