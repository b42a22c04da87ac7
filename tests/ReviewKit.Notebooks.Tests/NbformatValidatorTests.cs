using System.Text.Json.Nodes;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// Every committed notebook passes nbformat's own validator (the Python package Jupyter reads notebooks with), strictly:
/// its warnings, such as a cell without an id, count as failures. Skipped where Python with nbformat is missing, except
/// on CI (<c>CI=true</c>), which must run it.
/// </summary>
public sealed class NbformatValidatorTests
{
    /// <summary>Validates each file named on the command line; prints one line per invalid file and exits 1 if any.</summary>
    private const string ValidateScript = """
        import json, sys, warnings
        import nbformat
        warnings.simplefilter("error")
        failed = False
        for path in sys.argv[1:]:
            try:
                with open(path, encoding="utf-8") as file:
                    nbformat.validate(json.load(file))
            except Exception as error:
                failed = True
                print(f"{path}: {type(error).__name__}: {str(error)[:500]}")
        sys.exit(1 if failed else 0)
        """;

    /// <summary>The Python on the PATH first; Debian's own next, where a version manager puts another first.</summary>
    private static readonly Lazy<string?> PythonWithNbformat = new(() =>
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(python => ExternalProcess.CanStart(python, "-c", "import nbformat")));

    [SkippableFact]
    public void Validate_CommittedNotebooks_Valid()
    {
        var python = RequirePython();
        var paths = RepositoryNotebooks.Paths.Select(path => Path.Combine(Repository.Root, path)).ToList();
        Assert.NotEmpty(paths);

        var process = ExternalProcess.Run(python, ["-c", ValidateScript, .. paths], Repository.Root, timeout: TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, $"nbformat rejects committed notebooks:\n{process.Output}");
    }

    [SkippableFact]
    public void Validate_CellWithoutId_Rejected()
    {
        var python = RequirePython();
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, RepositoryNotebooks.Paths[0])))!;
        notebook["cells"]![0]!.AsObject().Remove("id");
        using var folder = TestNotebook.CreateFolder();
        var path = Path.Combine(folder.Folder, "without-id.ipynb");
        File.WriteAllText(path, notebook.ToJsonString());

        var process = ExternalProcess.Run(python, ["-c", ValidateScript, path], folder.Folder, timeout: TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 1, $"nbformat accepted a cell without an id:\n{process.Output}");
        Assert.Contains("MissingIDFieldWarning", process.Output, StringComparison.Ordinal);
    }

    private static string RequirePython()
    {
        if (PythonWithNbformat.Value is { } python)
        {
            return python;
        }

        const string missing = "No python3 with the nbformat module (Debian package python3-nbformat).";
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"CI must validate the notebooks with nbformat: {missing}");
        Skip.If(true, missing);
        return "";
    }
}
