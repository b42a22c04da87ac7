using System.Text.Json.Nodes;
using ReviewKit.Tests.Shared;
using Xunit.Abstractions;

namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// Every notebook runs top to bottom in the clients readers use, not only in ReviewKit's own runner, and shows the
/// same results as its committed outputs. Skipped where Jupyter is missing, except on CI (<c>CI=true</c>), which must
/// run it.
/// </summary>
public sealed class RealKernelTests(NotebookClients clients, ITestOutputHelper log) : IClassFixture<NotebookClients>
{
    public static TheoryData<NotebookClient, string> NotebooksInClients()
    {
        var data = new TheoryData<NotebookClient, string>();
        foreach (var client in Enum.GetValues<NotebookClient>())
        {
            foreach (var notebook in RepositoryNotebooks.Paths)
            {
                data.Add(client, notebook);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(NotebooksInClients))]
    public void Run_RepositoryNotebookInClient_NoErrorAndTheCommittedResults(NotebookClient client, string notebook)
    {
        if (clients.MissingReason is { } missing)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"CI must run the notebooks in the real clients: {missing}");
            Skip.If(true, missing);
        }

        using var output = TestNotebook.CreateFolder();
        var (executedPath, process) = clients.Run(client, notebook, output.Folder);
        log.WriteLine($"{client} {notebook}: {process.Elapsed.TotalSeconds:0.0} s");

        Assert.True(process.ExitCode == 0 && File.Exists(executedPath), $"{client} could not run {notebook} (exit {process.ExitCode}):\n{process.Output}");
        var executed = JsonNode.Parse(File.ReadAllText(executedPath))!;
        var errors = Outputs(executed)
            .Where(output => (string?)output["output_type"] == "error" || (string?)output["name"] == "stderr")
            .Select(output => (string?)output["evalue"] ?? RepositoryNotebooks.Text(output["text"]))
            .ToList();
        Assert.True(errors.Count == 0, $"{notebook} in {client}:\n{string.Join("\n\n", errors)}");

        var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, notebook)))!;
        var differences = NotebookComparison.CompareJson(ComparableForm(committed), ComparableForm(executed));
        Assert.True(differences.Count == 0, $"{notebook} in {client} differs from its committed outputs:\n{string.Join("\n", differences)}");
    }

    /// <summary>
    /// What the clients legitimately do differently, set aside: the setup cell's package messages, and whether a value
    /// is an <c>execute_result</c> or a <c>display_data</c>. (Whether JSON data travels as JSON or as its text the
    /// comparison itself sets aside.)
    /// </summary>
    private static string ComparableForm(JsonNode notebook)
    {
        var copy = notebook.DeepClone();
        foreach (var cell in copy["cells"]!.AsArray().Select(cell => cell!).Where(cell => (string?)cell["cell_type"] == "code"))
        {
            if (RepositoryNotebooks.Source(cell).Contains("#r \"nuget:", StringComparison.Ordinal))
            {
                cell["outputs"] = new JsonArray();
            }
        }

        foreach (var output in Outputs(copy))
        {
            if ((string?)output["output_type"] == "execute_result")
            {
                output["output_type"] = "display_data";
            }
        }

        return copy.ToJsonString();
    }

    private static IEnumerable<JsonObject> Outputs(JsonNode notebook) =>
        notebook["cells"]!.AsArray().SelectMany(cell => cell!["outputs"] as JsonArray ?? []).OfType<JsonObject>();
}
