using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Interactive.Tests;

/// <summary>
/// The exercises of <c>03-coding-and-counting</c> added for its sections 3–5, worked by hand on the paper's data:
/// UO6 and UO8 are carried by 18 and 9 studies and by 20 together, so 18 + 9 − 20 = 7 carry both; 49 of the 60 studies
/// carry a government code; LO1 only 27 studies, LO4 only 19, exact two-sided McNemar p = 0.302.
/// </summary>
public partial class Notebook03ExercisesTests
{
    [Theory]
    [InlineData("03.5", 7)]
    [InlineData("03.6", 49)]
    [InlineData("03.7", 0.30)]
    [InlineData("03.7", 0.302)]
    public void Check_RightAnswer_SaysSo(string id, object answer)
    {
        Assert.True(Exercises.Check(id, answer).Correct);
    }

    [Theory]
    [InlineData("03.5", 20)]
    [InlineData("03.5", 27)]
    [InlineData("03.6", 127)]
    [InlineData("03.6", 60)]
    [InlineData("03.7", 0.15)]
    [InlineData("03.7", 0.31)]
    public void Check_WrongAnswer_IsNotRight(string id, object answer)
    {
        Assert.False(Exercises.Check(id, answer).Correct);
    }

    [Fact]
    public void Check_OtherData_ComputesTheAnswerFromThem()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA01,UO6\nJA01,UO8\n"); // JA01 carries neither UO6 nor UO8 in the paper's data
        var changed = ReviewDataset.Load(copy.Path);

        Assert.True(Exercises.Check("03.5", 8, changed).Correct);
        Assert.False(Exercises.Check("03.5", 7, changed).Correct);
    }

    /// <summary>The notebook asks its exercises in the order of their numbers, each once.</summary>
    [Fact]
    public void Notebook_AsksItsExercisesInOrder()
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "notebooks", "03-coding-and-counting.ipynb")))!;
        var asked = notebook["cells"]!.AsArray()
            .Where(cell => (string?)cell!["cell_type"] == "code")
            .Select(cell => string.Concat(cell!["source"]!.AsArray().Select(line => (string?)line)))
            .SelectMany(source => CheckedId().Matches(source).Select(match => match.Groups["id"].Value))
            .ToList();

        Assert.Equal(["03.1", "03.2", "03.3", "03.4", "03.5", "03.6", "03.7"], asked);
    }

    [GeneratedRegex(@"Exercises\.Check\(""(?<id>03\.\d+)""")]
    private static partial Regex CheckedId();
}
