using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// The clients a reader opens the notebooks in, as the README describes them: the dotnet-interactive tool
/// (what VS Code's Polyglot Notebooks runs) driven by Jupyter's nbconvert, and dotnet-repl. Both are pinned in
/// <c>.config/dotnet-tools.json</c> and restored once per test run; the .NET kernel is registered with Jupyter in a
/// folder of its own, found through <c>JUPYTER_PATH</c>.
/// </summary>
public sealed class NotebookClients : IDisposable
{
    private readonly string _jupyterPath = Directory.CreateTempSubdirectory("reviewkit-jupyter-").FullName;

    public NotebookClients()
    {
        if (!ExternalProcess.CanStart("jupyter", "nbconvert", "--version"))
        {
            MissingReason = "Jupyter's nbconvert is not installed (Debian: apt-get install jupyter-nbconvert python3-ipykernel); "
                + "the notebooks were not run in the dotnet-interactive kernel or in dotnet-repl.";
            return;
        }

        Require(ExternalProcess.Run("dotnet", ["tool", "restore"], Repository.Root));
        var kernels = Directory.CreateDirectory(Path.Combine(_jupyterPath, "kernels")).FullName;
        Require(ExternalProcess.Run("dotnet", ["interactive", "jupyter", "install", "--path", kernels], Repository.Root));
    }

    /// <summary>Why the clients cannot run here, or null when they can.</summary>
    public string? MissingReason { get; }

    /// <summary>Runs a notebook in a client and returns the executed notebook's path.</summary>
    public (string ExecutedPath, ExternalProcess Process) Run(NotebookClient client, string notebook, string outputFolder)
    {
        var notebooksFolder = Path.Combine(Repository.Root, "notebooks");
        var executed = Path.Combine(outputFolder, Path.GetFileName(notebook));
        var process = client switch
        {
            NotebookClient.DotnetInteractiveInJupyter => ExternalProcess.Run(
                "jupyter",
                ["nbconvert", "--to", "notebook", "--execute", "--allow-errors", "--ExecutePreprocessor.kernel_name=.net-csharp",
                    "--ExecutePreprocessor.timeout=600", "--output-dir", outputFolder, Path.GetFileName(notebook)],
                notebooksFolder,
                new Dictionary<string, string> { ["JUPYTER_PATH"] = _jupyterPath }),
            _ => ExternalProcess.Run(
                "dotnet",
                ["repl", "--run", Path.GetFileName(notebook), "--exit-after-run", "--output-format", "ipynb", "--output-path", executed],
                notebooksFolder),
        };
        return (executed, process);
    }

    public void Dispose() => Directory.Delete(_jupyterPath, recursive: true);

    private static void Require(ExternalProcess process)
    {
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Setting up the notebook clients failed (exit {process.ExitCode}):\n{process.Output}");
        }
    }
}

public enum NotebookClient
{
    /// <summary>The dotnet-interactive tool 1.0.712001 as a Jupyter kernel, run by <c>jupyter nbconvert --execute</c>.</summary>
    DotnetInteractiveInJupyter,

    /// <summary>dotnet-repl 0.3.259: <c>dotnet repl --run NB --exit-after-run</c>.</summary>
    DotnetRepl,
}
