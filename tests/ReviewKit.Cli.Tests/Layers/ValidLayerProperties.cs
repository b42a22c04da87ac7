using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Data;
using ReviewKit.Findings;
using ReviewKit.Tests.Shared;
using TestData = ReviewKit.Tests.Shared.TestData;

namespace ReviewKit.Cli.Tests.Layers;

/// <summary>
/// Generated valid layers on top of the paper's data: <c>validate</c> accepts every one (else the generator is wrong), and
/// every sentence the notebooks declare evaluates on it without throwing: a sentence whose subject the layer lacks or
/// changes does not hold, and says why.
/// </summary>
public class ValidLayerProperties
{
    public static Arbitrary<LayerSpec> Layers() => ValidLayers.Any().ToArbitrary();

    public static TheoryData<string> EdgeNames() => new(ValidLayers.Edges().Select(layer => layer.Name));

    [Property(Arbitrary = [typeof(ValidLayerProperties)], MaxTest = 60, Replay = "(20230713,1)")]
    public void Validate_GeneratedLayer_IsAccepted(LayerSpec generated)
    {
        using var folder = new TestData.TempFolder();

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", TestData.DataFolder, "--data", generated.WriteTo(folder.Path));

        Assert.True(exitCode == 0, $"{generated}\n{error}");
    }

    [Theory]
    [MemberData(nameof(EdgeNames))]
    public void Validate_EdgeLayer_IsAccepted(string name)
    {
        using var folder = new TestData.TempFolder();

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", TestData.DataFolder, "--data", Edge(name).WriteTo(folder.Path));

        Assert.True(exitCode == 0, $"{name}\n{error}");
    }

    /// <summary>Forty generated layers of a fixed seed; every sentence that throws or says nothing, on any of them, is listed once.</summary>
    [Fact]
    public void NotebookFindings_GeneratedLayers_EveryOneEvaluatesWithoutThrowingAndSaysWhatTheDataGive()
    {
        using var folder = new TestData.TempFolder();
        var problems = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var layers = ValidLayers.Sample(ValidLayers.Any(), seed: 20230714, count: 40);
        for (var index = 0; index < layers.Count; index++)
        {
            var layer = layers[index].WriteTo(Path.Combine(folder.Path, index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            foreach (var problem in EvaluateEverySentence(layer))
            {
                problems.TryAdd(problem.Split(':')[0], $"{problem} (layer {index}: {layers[index]})");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Values));
    }

    [Theory]
    [MemberData(nameof(EdgeNames))]
    public void NotebookFindings_EdgeLayer_EveryOneEvaluatesWithoutThrowing(string name)
    {
        using var folder = new TestData.TempFolder();

        var thrown = EvaluateEverySentence(Edge(name).WriteTo(folder.Path));

        Assert.True(thrown.Count == 0, $"{name}\n{string.Join("\n", thrown)}");
    }

    private static LayerSpec Edge(string name) => ValidLayers.Edges().Single(layer => layer.Name == name);

    /// <summary>
    /// Evaluates every notebook's sentences about the review on the paper's data plus the layer, and notebook 08's about
    /// the update with the layer as the update; returns one line per sentence that threw.
    /// </summary>
    private static List<string> EvaluateEverySentence(string layer)
    {
        var basis = ReviewInputs.Load([TestData.DataFolder]);
        var inputs = ReviewInputs.Load([TestData.DataFolder, layer]);
        var thrown = new List<string>();
        void Evaluate<T>(string set, Finding<T> finding, T data)
        {
            try
            {
                var result = finding.Evaluate(data);
                _ = finding.Fragility?.Invoke(data);
                if (string.IsNullOrWhiteSpace(result.Value))
                {
                    thrown.Add($"{set} {finding.Id}: no value, so a flagged sentence would not say what the data give");
                }
            }
            catch (Exception exception)
            {
                thrown.Add($"{set} {finding.Id}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        foreach (var type in typeof(Finding).Assembly.GetExportedTypes().Where(type => type.Namespace == typeof(Finding).Namespace))
        {
            if (type.GetProperty("All")?.GetValue(null) is IReadOnlyList<Finding<ReviewInputs>> all)
            {
                foreach (var finding in all)
                {
                    Evaluate(type.Name, finding, inputs);
                }
            }
        }

        foreach (var finding in Notebook08Findings.AboutTheUpdate)
        {
            Evaluate(nameof(Notebook08Findings.AboutTheUpdate), finding, new UpdateData(basis, inputs));
            Evaluate(nameof(Notebook08Findings.AboutTheUpdate), finding, new UpdateData(inputs, inputs));
        }

        return thrown;
    }
}
