using ReviewKit.Data;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Interactive.Tests;

/// <summary>
/// Every exercise's answer is computed from the data the notebook runs on, so it must be computable on any layer
/// <c>validate</c> accepts: a learner who answers on an update gets a verdict, never an exception.
/// </summary>
public class ExercisesOnLayersTests
{
    public static TheoryData<string> Layers() => new([.. ValidLayers.Edges().Select(layer => layer.Name), .. Enumerable.Range(0, 12).Select(seed => $"seed:{seed}")]);

    [Theory]
    [MemberData(nameof(Layers))]
    public void Answer_ValidLayer_EveryExerciseComputesOne(string name)
    {
        var layer = name.StartsWith("seed:", StringComparison.Ordinal)
            ? ValidLayers.Sample(ValidLayers.Any(), ulong.Parse(name[5..], System.Globalization.CultureInfo.InvariantCulture)).Single()
            : ValidLayers.Edges().Single(edge => edge.Name == name);
        using var folder = new TestData.TempFolder();
        var review = ReviewDataset.Load(TestData.DataFolder, layer.WriteTo(folder.Path));
        var codersFolder = Path.Combine(TestData.DataFolder, "examples", "intercoder");
        IReadOnlyList<Coder> coders =
        [
            Coder.FromDataset(review, "A"),
            Coder.Load(Path.Combine(codersFolder, "coder-b.csv"), review, "B"),
            Coder.Load(Path.Combine(codersFolder, "coder-c.csv"), review, "C"),
        ];
        var failed = new List<string>();

        foreach (var exercise in Exercises.All)
        {
            try
            {
                _ = exercise.Answer(new ExerciseData(review, coders));
            }
            catch (Exception exception)
            {
                failed.Add($"{exercise.Id}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.True(failed.Count == 0, $"{layer}\n{string.Join("\n", failed)}");
    }
}
