using System.Globalization;
using System.Text.RegularExpressions;
using ReviewKit.Tests.Shared;
using Xunit.Abstractions;

namespace ReviewKit.Cli.Tests.Layers;

/// <summary>
/// Every notebook runs, through <c>reproduce</c>, on the paper's data plus any layer <c>validate</c> accepts: hand-picked
/// edge layers and generated ones (a few with fixed seeds here; a larger batch when <c>REVIEWKIT_LAYER_BATCH</c> gives a
/// count), and the README's update recipe as written. Each run executes all notebooks (about a minute).
/// </summary>
[Collection(nameof(ReproduceCommandTests))]
public sealed partial class LayerReproduceTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reviewkit-layers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The edge layers, and two generated layers of fixed seeds.</summary>
    public static TheoryData<string> Cases() => new([.. ValidLayers.Edges().Select(layer => layer.Name), "seed:7", "seed:2024"]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reproduce_ValidLayer_EveryNotebookRuns(string name)
    {
        var layer = name.StartsWith("seed:", StringComparison.Ordinal)
            ? ValidLayers.Sample(ValidLayers.Any(), ulong.Parse(name[5..], CultureInfo.InvariantCulture)).Single()
            : ValidLayers.Edges().Single(edge => edge.Name == name);

        var failure = Reproduce(layer, Path.Combine(_folder, "run"));

        Assert.True(failure is null, failure);
    }

    /// <summary>Run by hand: <c>REVIEWKIT_LAYER_BATCH=30 dotnet test … --filter FullyQualifiedName~LayerReproduceTests.Reproduce_Batch</c>.</summary>
    [SkippableFact]
    public void Reproduce_BatchOfGeneratedLayers_EveryNotebookRunsOnEach()
    {
        var count = Environment.GetEnvironmentVariable("REVIEWKIT_LAYER_BATCH");
        Skip.If(count is null, "set REVIEWKIT_LAYER_BATCH to the number of generated layers to run");
        var seed = ulong.Parse(Environment.GetEnvironmentVariable("REVIEWKIT_LAYER_SEED") ?? "1", CultureInfo.InvariantCulture);
        var layers = ValidLayers.Sample(ValidLayers.Any(), seed, int.Parse(count, CultureInfo.InvariantCulture));
        var failures = new List<string>();
        for (var index = 0; index < layers.Count; index++)
        {
            var started = DateTime.UtcNow;
            var failure = Reproduce(layers[index], Path.Combine(_folder, $"run{index}"));
            output.WriteLine($"{index} {(failure is null ? "ok" : "FAILED")} {(DateTime.UtcNow - started).TotalSeconds:0}s {layers[index]}");
            if (failure is not null)
            {
                failures.Add($"layer {index}: {failure}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {layers.Count} layers failed (seed {seed}):\n{string.Join("\n\n", failures)}");
    }

    /// <summary>
    /// The README's "Updating the review" commands, read out of README.md and run as written from the root of a copy of the
    /// repository in which <c>data/examples/update-2023</c> was copied to <c>my-update</c>: each exits 0, <c>reproduce</c>
    /// writes all the notebooks, notebook 08 reads the copy as its update, and no data folder changes.
    /// </summary>
    [Fact]
    public void ReadmeUpdateRecipe_RunAsWrittenOnACopyOfTheExampleUpdate_EveryCommandSucceeds()
    {
        var commands = ReadmeUpdateCommands();
        Assert.Equal(["validate", "compare", "reproduce"], commands.Select(arguments => arguments[0]));
        var root = Directory.CreateDirectory(Path.Combine(_folder, "clone")).FullName;
        File.Copy(Path.Combine(Repository.Root, "ReviewKit.slnx"), Path.Combine(root, "ReviewKit.slnx"));
        CopyFolder(Path.Combine(Repository.Root, "data"), Path.Combine(root, "data"));
        CopyFolder(Path.Combine(Repository.Root, "notebooks"), Path.Combine(root, "notebooks"), "*.ipynb");
        Directory.CreateSymbolicLink(Path.Combine(root, "artifacts"), Path.Combine(Repository.Root, "artifacts"));
        CopyFolder(Path.Combine(root, "data", "examples", "update-2023"), Path.Combine(root, "my-update"));
        var dataBefore = TestData.Hashes(Path.Combine(root, "data"));
        var updateBefore = TestData.Hashes(Path.Combine(root, "my-update"));

        var previous = Environment.CurrentDirectory;
        var results = new List<(string Command, int ExitCode, string Error)>();
        try
        {
            Environment.CurrentDirectory = root;
            foreach (var arguments in commands)
            {
                var (exitCode, _, error) = CliRun.Invoke(arguments);
                results.Add((string.Join(" ", arguments), exitCode, error));
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        Assert.All(results, result => Assert.True(result.ExitCode == 0, $"{result.Command}: exit {result.ExitCode}\n{result.Error}"));
        Assert.Equal(
            Directory.GetFiles(Path.Combine(root, "notebooks"), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(root, "out-update", "notebooks"), "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        // Notebook 08 reads the copy as the update it teaches, so its sentences about the update hold, as on the example.
        var notebook08 = File.ReadAllText(Path.Combine(root, "out-update", "notebooks", "08-extending-with-new-studies.ipynb"));
        Assert.DoesNotContain(ReviewKit.Findings.Finding.NoLongerHolds, notebook08, StringComparison.Ordinal);
        Assert.Equal(dataBefore, TestData.Hashes(Path.Combine(root, "data")));
        Assert.Equal(updateBefore, TestData.Hashes(Path.Combine(root, "my-update")));
    }

    /// <summary>The <c>dotnet run --project src/ReviewKit.Cli -- …</c> lines of the README's section "Updating the review", as argument lists.</summary>
    private static List<string[]> ReadmeUpdateCommands()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("\n## Updating the review\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        var block = CodeBlock().Match(section);
        Assert.True(block.Success, "the section has no sh code block");
        const string Prefix = "dotnet run --project src/ReviewKit.Cli -- ";
        return block.Groups[1].Value.Split('\n')
            .Where(line => line.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(line => line[Prefix.Length..].Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }

    [GeneratedRegex("```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    /// <summary>Writes the layer under <paramref name="folder"/>, runs every repository notebook on it; null when all ran, else what failed.</summary>
    private static string? Reproduce(LayerSpec layer, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = layer.WriteTo(folder);
        var (exitCode, _, error) = CliRun.Invoke(
            "reproduce", "--data", TestData.DataFolder, "--data", written, "--notebooks", Path.Combine(Repository.Root, "notebooks"),
            "--out", Path.Combine(folder, "out"), "--no-images");
        return exitCode == 0 ? null : $"{layer}: exit {exitCode}\n{(error.Length > 4000 ? error[^4000..] : error)}";
    }

    private static void CopyFolder(string from, string to, string pattern = "*")
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, pattern))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        if (pattern == "*")
        {
            foreach (var directory in Directory.GetDirectories(from))
            {
                CopyFolder(directory, Path.Combine(to, Path.GetFileName(directory)));
            }
        }
    }
}
