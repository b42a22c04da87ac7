using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Interactive.Tests;

/// <summary>The committed notebooks give no exercise away: no hint, no model answer, and an unanswered check shows only that it is unanswered.</summary>
public partial class CommittedNotebooksTests
{
    public static TheoryData<string> Notebooks() =>
        new(Directory.GetFiles(Path.Combine(Repository.Root, "notebooks"), "*.ipynb").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_ShowsNoHintAndNoModelAnswer(string notebook)
    {
        var cells = Cells(notebook);
        var everything = string.Join("\n", cells.Select(cell => cell.Source + "\n" + cell.Output));

        Assert.All(Exercises.All, exercise => Assert.DoesNotContain(exercise.Hint, everything, StringComparison.Ordinal));
        Assert.All(Exercises.Questions, question => Assert.DoesNotContain(question.ModelAnswer, everything, StringComparison.Ordinal));
        Assert.All(cells, cell => Assert.DoesNotContain("Hint:", cell.Output, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_AnUnansweredCheck_ShowsOnlyThatItIsNotAnsweredYet(string notebook)
    {
        foreach (var cell in Cells(notebook))
        {
            if (UnansweredCheck().Match(cell.Source) is { Success: true } check)
            {
                Assert.Equal($"{check.Groups["id"].Value}: not answered yet.", cell.Output.Trim());
            }

            if (cell.Source.Contains("Exercises.CheckCoding(myCoding", StringComparison.Ordinal))
            {
                Assert.Equal($"{Exercises.CodingExerciseId}: not answered yet.", cell.Output.Trim());
            }
        }
    }

    private static List<(string Source, string Output)> Cells(string notebook)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "notebooks", notebook)))!;
        return json["cells"]!.AsArray()
            .Select(cell => (Text(cell!["source"]), string.Join("\n", (cell["outputs"]?.AsArray() ?? []).Select(Output))))
            .ToList();
    }

    private static string Output(JsonNode? output) =>
        output?["text"] is { } stream
            ? Text(stream)
            : WebUtility.HtmlDecode(Tag().Replace(Text(output?["data"]?["text/plain"] ?? output?["data"]?["text/html"]), ""));

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        _ => (string?)node ?? "",
    };

    [GeneratedRegex(@"^Exercises\.Check\(""(?<id>\d\d\.\d)"", null\b", RegexOptions.Multiline)]
    private static partial Regex UnansweredCheck();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
