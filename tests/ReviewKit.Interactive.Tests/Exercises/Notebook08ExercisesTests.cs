using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Interactive.Tests;

/// <summary>
/// The exercises of <c>08-extending-with-new-studies</c>, worked by hand on data/ plus data/examples/update-2023/ (65
/// studies, 906 codings). The most frequent codes there are UC1 57, EC1 49, EO1 47, UO1 46, UO2 40, then LO1 and LO2 38:
/// a 66th study carrying UO1 and LO1 lifts UO1 to 47, level with EO1 (rank 4 to 3), and LO1 to 39, above LO2 (LO2 6 to
/// 7, LO1 stays 6), so UO1 and LO2 change rank. A code only a 66th study carries goes from 0% to 1/66 = 1.5%;
/// government holds 139 of the 906 codings (15.3%).
/// </summary>
public partial class Notebook08ExercisesTests
{
    private static ReviewDataset Updated() => ReviewDataset.Load(TestData.DataFolder, TestData.UpdateLayer);

    [Theory]
    [InlineData("08.1", new[] { "UO1", "LO2" })]
    [InlineData("08.1", new[] { "lo2", " UO1" })]
    [InlineData("08.2", 1.5)]
    [InlineData("08.4", 15.3)]
    [InlineData("08.5", 8)]
    public void Check_RightAnswer_OnTheUpdatedDataset_SaysSo(string id, object answer)
    {
        var result = Exercises.Check(id, answer, Updated());

        Assert.True(result.Correct, result.Message);
    }

    [Theory]
    [InlineData("08.1", new[] { "UO1", "LO1" })]
    [InlineData("08.1", new[] { "UO1" })]
    [InlineData("08.1", new[] { "UO1", "LO2", "LO1" })]
    [InlineData("08.2", 1.7)]
    [InlineData("08.4", 14.7)]
    [InlineData("08.5", 9)]
    public void Check_WrongAnswer_IsNotRight(string id, object answer)
    {
        Assert.False(Exercises.Check(id, answer, Updated()).Correct);
    }

    /// <summary>08.5's answer is what the learner counts in the exported project's XML (JA63 carries 8 codes in the update's codings.csv).</summary>
    [Fact]
    public void Check08_5_AgreesWithTheSelectionsOfTheExportedProject()
    {
        var after = Updated();
        System.Xml.Linq.XNamespace qda = ReviewKit.Interchange.RefiQda.ProjectNamespace;
        var project = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(ReviewKit.Interchange.RefiQda.Project(after, "update")));

        var selections = project.Descendants(qda + "TextSource")
            .Single(source => (string?)source.Attribute("name") == "JA63")
            .Elements(qda + "PlainTextSelection")
            .Count();

        Assert.Equal(8, selections);
        Assert.True(Exercises.Check("08.5", selections, after).Correct);
    }

    /// <summary>08.1's answer is what the learner gets by writing the layer and calling the library.</summary>
    [Fact]
    public void Check08_1_AgreesWithALayerWrittenAndCompared()
    {
        using var layer = new TestData.TempFolder();
        layer.Write(ReviewDataset.StudiesFile, "study_id,authors,year\nMY01,Made-up author,2024\n");
        layer.Write(ReviewDataset.CodingsFile, "study_id,code\nMY01,UO1\nMY01,LO1\n");
        var after = Updated();
        var withMine = ReviewDataset.Load(TestData.DataFolder, TestData.UpdateLayer, layer.Path);

        var moved = DatasetComparison.Compare(after, withMine).Where(row => row.RankChange != 0).Select(row => row.Code.Id);

        Assert.True(Exercises.Check("08.1", moved, after).Correct);
    }

    [Fact]
    public void Check08_1_OnThePapersData_ComputesTheAnswerFromThem()
    {
        // On the paper's 60 studies (UC1 55, EC1 48, UO1 46, EO1 45, LO1 38, UO2 37, LO2 36) one more study with UO1 and
        // LO1 keeps UO1 third and LO1 fifth, and passes no code: no rank changes.
        var answer = Exercises.Get("08.1").Answer(new ExerciseData(ReviewDataset.Paper));

        Assert.Empty(Assert.IsAssignableFrom<IEnumerable<string>>(answer));
    }

    /// <summary>The notebook asks its exercises in the order of their numbers, each once.</summary>
    [Fact]
    public void Notebook_AsksItsExercisesInOrder()
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "notebooks", "08-extending-with-new-studies.ipynb")))!;
        var asked = notebook["cells"]!.AsArray()
            .Where(cell => (string?)cell!["cell_type"] == "code")
            .Select(cell => string.Concat(cell!["source"]!.AsArray().Select(line => (string?)line)))
            .SelectMany(source => CheckedId().Matches(source).Select(match => match.Groups["id"].Value))
            .ToList();

        Assert.Equal(["08.1", "08.2", "08.3", "08.4", "08.5"], asked);
    }

    [GeneratedRegex(@"Exercises\.Check\(""(?<id>08\.\d)""")]
    private static partial Regex CheckedId();
}
