using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Interactive.Tests;

public class ExercisesTests
{
    private static IReadOnlyList<Coder> TeachingCoders() =>
    [
        Coder.FromDataset(ReviewDataset.Paper, "A"),
        .. IntercoderExample.Coders.Select(c => Coder.Load(Path.Combine(IntercoderExample.Folder, c.Name + ".csv"), ReviewDataset.Paper)),
    ];

    [Fact]
    public void All_EveryNotebookFromOneOn_HasThreeExercisesInOrder()
    {
        var ids = Exercises.All.Select(exercise => exercise.Id).ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Distinct(), ids);
        Assert.Superset(new HashSet<string> { "01.1", "01.2", "01.3", "03.1", "03.2", "03.3", "04.1", "04.2", "04.3", "05.1", "05.2", "05.3", "06.1", "06.2", "06.3", "07.1", "07.2", "07.3", "08.1", "08.2", "08.3" }, ids.ToHashSet());
        Assert.All(Exercises.All, exercise => Assert.False(string.IsNullOrWhiteSpace(exercise.Question + exercise.Hint)));
    }

    // Counted from data/ by hand (and in notebooks 01 and 03): JA52 carries 5 codes, the fewest; 11 of the 2021
    // studies carry LO4; the 865 codings fill lines 2–866; UO4 is in 28 of 60 studies (46.7%); UC3 in 9, so 10 of 61
    // is 16.4%; the gap between most and least frequent opportunity is 25, 25, 37 and 16 studies (institutions largest).
    [Theory]
    [InlineData("01.1", "JA52")]
    [InlineData("01.1", " ja52 ")]
    [InlineData("01.2", 11)]
    [InlineData("01.3", 867)]
    [InlineData("03.1", 47)]
    [InlineData("03.1", "47%")]
    [InlineData("03.2", 16.4)]
    [InlineData("03.3", "HigherEducation")]
    [InlineData("03.3", "Higher-education institutions")]
    [InlineData("03.3", Stakeholder.HigherEducation)]
    // Computed by hand from data/: the top code's share of its stakeholder's assignments is 38/234, 48/227, 55/277 and
    // 28/127 (government largest, 22%); LC3 and UO6 (phi 0.84) are the most associated pair across stakeholders; 42
    // studies carry LO1, LO5 or LO6 and UO1 or UO5; 16 of 60 studies precede 2020 (26.7%); 19 − 8 = 11 reports; only
    // the 60 studies survive the template round trip; 2019–2021 holds 37 studies (61.7%); only 41/60 rounds to 68%;
    // 12 pairs of studies are one government code apart.
    [InlineData("04.1", "Government")]
    [InlineData("04.2", new[] { "UO6", "LC3" })]
    [InlineData("04.3", 42)]
    [InlineData("05.1", 26.7)]
    [InlineData("05.2", 11)]
    [InlineData("05.3", 1)]
    [InlineData("06.1", 61.7)]
    [InlineData("06.2", new[] { "41" })]
    [InlineData("06.3", 12)]
    public void Check_RightAnswer_SaysSo(string id, object answer)
    {
        var result = Exercises.Check(id, answer);

        Assert.True(result.Correct, result.Message);
        Assert.StartsWith($"✔ {id}", result.Message, StringComparison.Ordinal);
    }

    // Counted by hand from data/ and data/examples/update-2023/: UO1 stays at 46 studies of 65, so a 66th study with
    // UO1 gives 47/66 = 71.2%; a code the base lacks has base n 0; all five made-up 2023 studies carry a government code.
    [Theory]
    [InlineData("08.1", 71.2)]
    [InlineData("08.2", 0)]
    [InlineData("08.3", 5)]
    public void Check_UpdateExercises_AreAnsweredOnTheUpdatedDataset(string id, object answer)
    {
        var updated = ReviewDataset.Load(TestData.DataFolder, Path.Combine(TestData.DataFolder, "examples", "update-2023"));

        var result = Exercises.Check(id, answer, updated);

        Assert.True(result.Correct, result.Message);
        Assert.StartsWith($"✔ {id}", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("03.1", 45, "too low")]
    [InlineData("03.1", 0.47, "looks like a proportion")]
    [InlineData("03.2", 17, "too high")]
    [InlineData("01.2", "eleven", "the answer is a number")]
    [InlineData("03.3", "Learners", "not right. Hint")]
    [InlineData("03.3", "Students", "one of the four stakeholders")]
    public void Check_WrongAnswer_SaysWhyAndHintsWithoutGivingTheAnswer(string id, object answer, string why)
    {
        var result = Exercises.Check(id, answer);

        Assert.False(result.Correct);
        Assert.Contains(why, result.Message, StringComparison.Ordinal);
        Assert.Contains("Hint: " + Exercises.Get(id).Hint, result.Message, StringComparison.Ordinal);
        var expected = Exercises.Get(id).Answer(new ExerciseData(ReviewDataset.Paper));
        Assert.DoesNotContain($"{expected}", result.Message.Replace($"{answer}", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoAnswerYet_GivesTheHint()
    {
        var result = Exercises.Check("01.1", null);

        Assert.False(result.Correct);
        Assert.StartsWith("01.1: no answer yet", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ASetWithOneWrongItem_CountsWithoutNamingThem()
    {
        var result = Exercises.Check("01.1", new[] { "JA52", "JA01" });

        Assert.False(result.Correct);
        Assert.Contains("1 of your 2 items are right, 1 does not belong and 0 are missing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherData_ComputesTheAnswerFromThem()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA01,UO4\n"); // UO4: 29 of 60 = 48.3%
        var changed = ReviewDataset.Load(copy.Path);

        Assert.True(Exercises.Check("03.1", 48, changed).Correct);
        Assert.False(Exercises.Check("03.1", 47, changed).Correct);
    }

    [Fact]
    public void Check06_1_IsCohensKappaCountedFromTheFilesByHand()
    {
        var coders = TeachingCoders();
        var both = coders[0].Studies.Intersect(coders[1].Studies).ToList();
        bool Has(Coder coder, string study) => coder.Codings.Contains(new Coding(study, "LO2"));
        double n = both.Count;
        var yesYes = both.Count(s => Has(coders[0], s) && Has(coders[1], s));
        var noNo = both.Count(s => !Has(coders[0], s) && !Has(coders[1], s));
        var firstYes = both.Count(s => Has(coders[0], s)) / n;
        var secondYes = both.Count(s => Has(coders[1], s)) / n;
        var observed = (yesYes + noNo) / n;
        var chance = (firstYes * secondYes) + ((1 - firstYes) * (1 - secondYes));
        var kappa = (observed - chance) / (1 - chance);

        Assert.True(Exercises.Check("07.1", Math.Round(kappa, 2), coders: coders).Correct);
        Assert.False(Exercises.Check("07.1", Math.Round(kappa, 2) + 0.02, coders: coders).Correct);
    }

    [Fact]
    public void Check06_2And06_3_AgreeWithTheAgreementTablesOfThePairs()
    {
        var coders = TeachingCoders();
        var withC = Agreement.Compute(ReviewDataset.Paper, [coders[0], coders[2]], new AgreementOptions(BootstrapSamples: 1)).PerCode;
        var withB = Agreement.Compute(ReviewDataset.Paper, [coders[0], coders[1]], new AgreementOptions(BootstrapSamples: 1)).PerCode;
        var largestGap = withB.Where(row => row.CohenKappa.HasValue).MaxBy(row => row.Pabak!.Value - row.CohenKappa!.Value)!;

        Assert.True(Exercises.Check("07.2", withC.Count(row => row.Alpha >= 0.8), coders: coders).Correct);
        Assert.True(Exercises.Check("07.3", largestGap.Code, coders: coders).Correct);
        // The gap is widest on the code nearly every study carries (UC1, 55 of 60): the prevalence paradox.
        Assert.True(ContentAnalysis.CodeFrequencies(ReviewDataset.Paper).Single(row => row.Code.Id == largestGap.Code).Percent > 90);
    }

    [Fact]
    public void Check06_WithoutCoders_ExplainsHowToPassThem()
    {
        var error = Assert.Throws<ArgumentException>(() => Exercises.Check("07.1", 0.5));

        Assert.Contains("Exercises.Check(\"07.1\", answer, review, coders)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownId_ListsTheExercises()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Exercises.Get("99.9"));

        Assert.Contains("01.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExerciseOfANotebooksOwn_WorksWithTheSameRules()
    {
        var exercise = new Exercise("my.1", "How many studies?", "count them", data => data.Dataset.Studies.Count);

        Assert.True(Exercises.Check(exercise, 60, new ExerciseData(ReviewDataset.Paper)).Correct);
        Assert.Equal("✔ my.1: 60 is right.", Exercises.Check(exercise, 60, new ExerciseData(ReviewDataset.Paper)).Message);
    }
}
