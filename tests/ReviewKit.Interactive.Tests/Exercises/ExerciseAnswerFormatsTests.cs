using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Interactive.Tests;

/// <summary>
/// What a learner types in place of <c>null</c> in an exercise's cell compiles as a notebook cell (C# script) and reaches
/// the check: every form a prompt shows, each exercise's <see cref="Exercise.Example"/>, and right answers in the natural
/// forms (a number, a text, a stakeholder, a collection expression).
/// </summary>
public sealed partial class ExerciseAnswerFormatsTests
{
    /// <summary>A number for an exercise whose answer is a number and that has no example: what a learner might type.</summary>
    private const string SomeNumber = "12.5";

    /// <summary>The variables the notebooks pass to a check: the dataset they work on and, in notebook 07, the coders.</summary>
    public sealed record NotebookVariables(ReviewDataset Review, IReadOnlyList<Coder>? Coders);

    /// <summary>Each exercise's example, and every form its prompt shows after "e.g.".</summary>
    public static TheoryData<string, string> ShownForms()
    {
        var forms = new TheoryData<string, string>();
        foreach (var exercise in Exercises.All)
        {
            foreach (var form in FormsShownIn(exercise.Question).Append(exercise.Example).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                forms.Add(exercise.Id, form);
            }
        }

        return forms;
    }

    [Theory]
    [MemberData(nameof(ShownForms))]
    public async Task Check_AFormThePromptShows_CompilesInANotebookCellAndIsCheckedAsAWrongAnswerOfTheRightForm(string id, string form)
    {
        var result = await RunCellAsync(id, form);

        Assert.Equal(ExerciseVerdict.NotRight, result.Verdict);
        Assert.DoesNotContain("the answer is", result.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> ExercisesWithoutExample() =>
        new(Exercises.All.Where(exercise => exercise.Example is null).Select(exercise => exercise.Id));

    [Theory]
    [MemberData(nameof(ExercisesWithoutExample))]
    public async Task Check_ANumberForAnExerciseWithoutExample_CompilesAndIsChecked(string id)
    {
        var result = await RunCellAsync(id, SomeNumber);

        Assert.True(result.Verdict is ExerciseVerdict.Right or ExerciseVerdict.NotRight, result.Message);
        Assert.DoesNotContain("the answer is", result.Message, StringComparison.Ordinal);
    }

    /// <summary>An exercise needs an example unless a number answers it; where its prompt shows a form, the example is one of them.</summary>
    [Fact]
    public void Example_EveryExerciseWhoseAnswerIsNotANumber_HasOneAndThePromptShowsIt()
    {
        Assert.All(Exercises.All, exercise =>
        {
            var answer = exercise.Answer(ExercisesTests.DataFor(exercise.Id));
            Assert.True(exercise.Example is not null || answer is int or long or double, $"{exercise.Id}'s answer is a {answer.GetType().Name}: give it an Example.");
            var shown = FormsShownIn(exercise.Question);
            Assert.True(shown.Count == 0 || (exercise.Example is { } example && shown.Contains(example)), $"{exercise.Id} shows {string.Join(" and ", shown)} but its example is {exercise.Example ?? "a number"}.");
        });
    }

    // Right answers counted by hand in ExercisesTests; null and an empty list are the unanswered cell as committed.
    [Theory]
    [InlineData("03.1", "null", ExerciseVerdict.NotAnswered)]
    [InlineData("04.2", "null", ExerciseVerdict.NotAnswered)]
    [InlineData("04.4", "null", ExerciseVerdict.NotAnswered)]
    [InlineData("04.3", "[]", ExerciseVerdict.NotAnswered)]
    [InlineData("01.3", """["JA46", "JA47"]""", ExerciseVerdict.Right)]
    [InlineData("01.3", """new[] { "JA47", "JA46" }""", ExerciseVerdict.Right)]
    [InlineData("04.3", """["LO5", "LC2"]""", ExerciseVerdict.Right)]
    [InlineData("04.3", """new List<string> { "LO5", "LC2" }""", ExerciseVerdict.Right)]
    [InlineData("06.4", """["44"]""", ExerciseVerdict.Right)]
    [InlineData("01.2", "11", ExerciseVerdict.Right)]
    [InlineData("03.1", "45", ExerciseVerdict.Right)]
    [InlineData("03.1", "45.0", ExerciseVerdict.Right)]
    [InlineData("03.1", "\"45%\"", ExerciseVerdict.Right)]
    [InlineData("03.2", "16.4", ExerciseVerdict.Right)]
    [InlineData("03.3", "Stakeholder.HigherEducation", ExerciseVerdict.Right)]
    [InlineData("04.1", "\"Government\"", ExerciseVerdict.Right)]
    [InlineData("08.4", "15.3", ExerciseVerdict.Right)]
    [InlineData("04.4", "\"The numbers depend on which codes define each side, so report them with their definitions.\"", ExerciseVerdict.Compared)]
    public async Task Check_AnswerTypedInACell_CompilesAndGetsItsVerdict(string id, string answer, ExerciseVerdict verdict)
    {
        var result = await RunCellAsync(id, answer);

        Assert.True(verdict == result.Verdict, result.Message);
    }

    /// <summary>
    /// A cell that declares a variable for the answer (<c>object employerStudiesWithBoth = null;</c>) and then checks it:
    /// each form the exercise shows, assigned to that variable, compiles with the committed declaration's type, and the
    /// declaration itself compiles without a warning (the kernel VS Code runs prints warnings under the cell).
    /// </summary>
    public static TheoryData<string, string, string> ScaffoldCells()
    {
        var cells = new TheoryData<string, string, string>();
        foreach (var notebook in Directory.GetFiles(Path.Combine(ReviewKit.Tests.Shared.Repository.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            var sources = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(notebook))!["cells"]!.AsArray()
                .Where(cell => (string?)cell!["cell_type"] == "code")
                .Select(cell => cell!["source"] is System.Text.Json.Nodes.JsonArray lines ? string.Concat(lines.Select(line => (string?)line)) : (string?)cell!["source"] ?? "");
            foreach (var match in sources.Select(source => ScaffoldDeclaration().Match(source)).Where(match => match.Success))
            {
                cells.Add(match.Groups["id"].Value, match.Groups["type"].Value, match.Groups["name"].Value);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(ScaffoldCells))]
    public void ScaffoldCell_EveryShownForm_CompilesWithTheDeclaredType(string id, string type, string name)
    {
        var exercise = Exercises.Get(id);
        var forms = FormsShownIn(exercise.Question).Append(exercise.Example ?? SomeNumber).Distinct(StringComparer.Ordinal);
        var options = ScriptOptions.Default
            .AddReferences(typeof(Exercises).Assembly, typeof(ReviewDataset).Assembly)
            .AddImports("System", "System.Collections.Generic", "System.Linq");

        foreach (var form in forms)
        {
            var diagnostics = CSharpScript.Create($"{type} {name} = null;\n{name} = {form};", options).Compile()
                .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(diagnostics.Count == 0, $"{id}: {type} {name} = {form}:\n{string.Join("\n", diagnostics)}");
        }
    }

    /// <summary>Compiles and runs <c>Exercises.Check(id, answer, Review, Coders)</c> as a notebook cell would, on the data the notebook passes.</summary>
    private static async Task<ExerciseResult> RunCellAsync(string id, string answer)
    {
        var data = ExercisesTests.DataFor(id);
        var options = ScriptOptions.Default
            .AddReferences(typeof(Exercises).Assembly, typeof(ReviewDataset).Assembly)
            .AddImports("System", "System.Collections.Generic", "System.Linq", "ReviewKit.Data", "ReviewKit.Interactive");
        var cell = CSharpScript.Create<ExerciseResult>($"Exercises.Check(\"{id}\", {answer}, Review, Coders)", options, typeof(NotebookVariables));

        var errors = cell.Compile().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{id} with {answer} does not compile:\n{string.Join("\n", errors)}");
        var state = await cell.RunAsync(new NotebookVariables(data.Dataset, data.Coders));
        return state.ReturnValue;
    }

    /// <summary>The answers a question shows as C# after "e.g.": a list in brackets or a text in quotes.</summary>
    private static List<string> FormsShownIn(string question) =>
        ShownForm().Matches(question).Select(match => match.Groups["form"].Value).ToList();

    [GeneratedRegex("""e\.g\.\s+(?<form>\[[^\]]*\]|"[^"]*")""")]
    private static partial Regex ShownForm();

    [GeneratedRegex("""^(?<type>[\w<>\[\]?]+) (?<name>\w+) = null;[\s\S]*Exercises\.Check\("(?<id>\d\d\.\d+)", \k<name>\b""", RegexOptions.Multiline)]
    private static partial Regex ScaffoldDeclaration();
}
