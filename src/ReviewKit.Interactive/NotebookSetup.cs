namespace ReviewKit.Interactive;

/// <summary>
/// Prepares a .NET Interactive C# kernel for the ReviewKit notebooks. Every notebook calls
/// <see cref="Apply"/> once, in its first cell, after loading its packages.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Plotly.NET and Deedle run in every client: the dotnet-interactive tool that VS Code's Polyglot Notebooks
/// and Jupyter start, dotnet-repl, and ReviewKit's own runner (see <see cref="KernelAssemblies"/>).</item>
/// <item>A chart is shown once, as a bundle a viewer chooses from: <c>application/vnd.plotly.v1+json</c>, which VS
/// Code and JupyterLab draw interactively with their own plotly.js (no network), and a line of plain text.
/// <c>reproduce</c> adds a PNG rendering to the same bundle, for viewers that run no scripts.</item>
/// <item>Tables (Microsoft.Data.Analysis <c>DataFrame</c>, Deedle frames and series) are shown in full as static
/// HTML, readable with scripts off.</item>
/// <item>Charts turn into JSON in milliseconds rather than a third of a second each (see <c>ChartSerialization</c>).</item>
/// <item>An exercise's result is shown as its message alone.</item>
/// </list>
/// Calling it again is harmless.
/// </remarks>
public static class NotebookSetup
{
    /// <summary>Installs the F# runtime bridge and the chart and table displays.</summary>
    /// <example><c>ReviewKit.Interactive.NotebookSetup.Apply();</c> in a notebook's first cell.</example>
    public static void Apply()
    {
        KernelAssemblies.Install();
        ChartDisplay.Register();
        TableDisplay.Register();
        ExerciseDisplay.Register();
    }
}
