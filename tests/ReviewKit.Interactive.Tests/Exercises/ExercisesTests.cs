using System.Globalization;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Passages;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Interactive.Tests;

public class ExercisesTests
{
    private static readonly string[] Notebooks = ["01", "02", "03", "04", "05", "06", "07", "08"];

    private static IReadOnlyList<Coder> TeachingCoders() =>
    [
        Coder.FromDataset(ReviewDataset.Paper, "A"),
        .. IntercoderExample.Coders.Select(c => Coder.Load(Path.Combine(IntercoderExample.Folder, c.Name + ".csv"), ReviewDataset.Paper)),
    ];

    private static ReviewDataset Updated() => ReviewDataset.Load(TestData.DataFolder, TestData.UpdateLayer);

    /// <summary>The data each notebook's exercises are checked on, as the notebooks pass them.</summary>
    internal static ExerciseData DataFor(string id) => id[..2] switch
    {
        "07" => new ExerciseData(ReviewDataset.Paper, TeachingCoders()),
        "08" => new ExerciseData(Updated()),
        _ => new ExerciseData(ReviewDataset.Paper),
    };

    [Fact]
    public void All_EveryNotebookFromOneOn_HasExercisesAndOneInterpretationQuestion()
    {
        var ids = Exercises.All.Select(exercise => exercise.Id).Concat(Exercises.Questions.Select(question => question.Id)).ToList();

        Assert.Equal(ids.Distinct(), ids);
        Assert.Superset(
            new HashSet<string> { "01.1", "01.2", "01.3", "03.1", "03.2", "03.3", "04.1", "04.2", "04.3", "05.1", "05.2", "05.3", "06.1", "06.2", "06.4", "06.5", "07.1", "07.2", "07.3", "08.1", "08.2", "08.3" },
            ids.ToHashSet());
        Assert.All(Notebooks, notebook => Assert.Single(Exercises.Questions, question => question.Id.StartsWith(notebook + ".", StringComparison.Ordinal)));
        Assert.All(Notebooks.Where(notebook => notebook != "02"), notebook => Assert.Contains(Exercises.All, exercise => exercise.Id.StartsWith(notebook + ".", StringComparison.Ordinal)));
        Assert.All(Exercises.All, exercise => Assert.False(string.IsNullOrWhiteSpace(exercise.Question) || string.IsNullOrWhiteSpace(exercise.Hint)));
    }

    public static TheoryData<string> AllIds() => new(Exercises.All.Select(exercise => exercise.Id).Concat(Exercises.Questions.Select(question => question.Id)).Append(Exercises.CodingExerciseId));

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Check_NoAnswerYet_SaysOnlyThatItIsNotAnswered(string id)
    {
        var result = id == Exercises.CodingExerciseId ? Exercises.CheckCoding(null) : Exercises.Check(id, null, DataFor(id).Dataset, DataFor(id).Coders);

        Assert.Equal(ExerciseVerdict.NotAnswered, result.Verdict);
        Assert.Equal($"{id}: not answered yet.", result.Message);
    }

    [Theory]
    [InlineData("03.1", "")]
    [InlineData("03.1", "   ")]
    [InlineData("04.3", new string[0])]
    public void Check_BlankAnswers_AreNotAnswersYet(string id, object answer)
    {
        Assert.Equal($"{id}: not answered yet.", Exercises.Check(id, answer).Message);
    }

    // Counted from data/ by hand (a script over the CSV files, apart from the library): 5 studies are from 2019; the 865
    // codings fill lines 2–866; 11 of the 2021 studies carry LO4; JA46 and JA47 carry 23 codes, the most; 27 studies carry both LO4 and EO1
    // (45%); UC3 is in 9, so 10 of 61 is 16.4%; the gap between most and least frequent opportunity is 25, 25, 37 and
    // 16 studies (institutions largest); the top code's share of its stakeholder's assignments is 38/234, 48/227,
    // 55/277 and 28/127 (government largest); 49 studies raise an employer challenge, 57 an employer opportunity and
    // 59 either, so 47 raise both; within a stakeholder, LC2 and LO5 have the highest phi (0.61); 13 studies are from 2017–2019 (21.7%); 19 − 8 = 11 reports; 200 − 150 = 50
    // duplicates; 2019–2021 holds 37 studies (61.7%); of 65 studies only 44 rounds to 68%; 3 pairs of studies are one
    // challenge code apart.
    [Theory]
    [InlineData("00.1", 5)]
    [InlineData("01.1", 867)]
    [InlineData("01.2", 11)]
    [InlineData("01.3", new[] { "JA46", "JA47" })]
    [InlineData("01.3", new[] { " ja47 ", "JA46" })]
    [InlineData("03.1", 45)]
    [InlineData("03.1", "45%")]
    [InlineData("03.2", 16.4)]
    [InlineData("03.3", "HigherEducation")]
    [InlineData("03.3", "Higher-education institutions")]
    [InlineData("03.3", Stakeholder.HigherEducation)]
    [InlineData("04.1", "Government")]
    [InlineData("04.2", 47)]
    [InlineData("04.3", new[] { "LO5", "LC2" })]
    [InlineData("05.2", 11)]
    [InlineData("05.3", 50)]
    [InlineData("05.4", 4)]
    [InlineData("05.5", 21.7)]
    [InlineData("06.1", 61.7)]
    [InlineData("06.2", 83.3)]
    [InlineData("06.4", new[] { "44" })]
    [InlineData("06.5", 3)]
    public void Check_RightAnswer_SaysSo(string id, object answer)
    {
        var result = Exercises.Check(id, answer);

        Assert.True(result.Correct, result.Message);
        Assert.Equal(ExerciseVerdict.Right, result.Verdict);
        Assert.StartsWith($"✔ {id}", result.Message, StringComparison.Ordinal);
    }

    // By hand from data/examples/coding-lesson/: the peer gives learner codes in S1 (LC1 LO1 LO2 LO6), S5 (LC1 LO3
    // LO5) and S6 (LO4 LO6), 3 studies; the key's 39 (passage, code) rows roll up to 37 (study, code) pairs (LO2 twice in
    // S1, EO5 twice in S7). Key roll-up against peer over 7 studies × 36 codes = 252 units: both give 33, key only 4, peer
    // only 5, neither 210; pₒ = 243/252 = 0.9643, pₑ = (37·38 + 215·214)/252² = 0.7467, κ = 0.2176/0.2533 = 0.859.
    [Theory]
    [InlineData("02.2", 3)]
    [InlineData("02.3", 37)]
    [InlineData("02.4", 0.859)]
    public void Check_CodingLessonExercises_AreAnsweredOnThePaperLesson(string id, object answer)
    {
        Assert.True(Exercises.Check(id, answer).Correct, Exercises.Check(id, answer).Message);
    }

    [Theory]
    [InlineData("03.1", 44)]
    [InlineData("03.1", 46)]
    [InlineData("03.2", 17)]
    [InlineData("05.3", 40)]
    [InlineData("05.4", 3)]
    [InlineData("06.5", 12)]
    [InlineData("02.3", 39)]
    public void Check_WrongNumber_GivesTheMethodHintAndNeitherTheAnswerNorADirection(string id, object answer)
    {
        var result = Exercises.Check(id, answer);
        var expected = Convert.ToDouble(Exercises.Get(id).Answer(DataFor(id)), CultureInfo.InvariantCulture);

        Assert.Equal(ExerciseVerdict.NotRight, result.Verdict);
        Assert.Equal($"✘ {id}: {answer} is not right. Hint: {Exercises.Get(id).Hint}", result.Message);
        Assert.DoesNotContain("too", result.Message.Replace(Exercises.Get(id).Hint, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(Shown(expected), shown => Assert.DoesNotContain(shown, result.Message, StringComparison.Ordinal));
    }

    /// <summary>No hint holds its exercise's answer, on the data the notebook checks it with, in any form a notebook would print it.</summary>
    [Fact]
    public void Hints_NeverHoldTheirAnswer()
    {
        Assert.All(Exercises.All, exercise =>
        {
            var texts = exercise.Answer(DataFor(exercise.Id)) switch
            {
                string text => [text],
                Stakeholder stakeholder => [stakeholder.ToString(), Names.Of(stakeholder)],
                System.Collections.IEnumerable items and not string => items.Cast<object>().Select(item => $"{item}").ToArray(),
                var number => Shown(Convert.ToDouble(number, CultureInfo.InvariantCulture)),
            };
            Assert.All(texts, text => Assert.DoesNotContain(text, exercise.Hint, StringComparison.OrdinalIgnoreCase));
        });
    }

    /// <summary>No hint gives a formula: no equals sign, no arithmetic of symbols such as (n + 1) / (N + 1).</summary>
    [Fact]
    public void Hints_GiveNoFormula()
    {
        Assert.All(Exercises.All, exercise => Assert.DoesNotMatch(@"=|\)\s*[/×*+−]|[/×*+−]\s*\(|(?<![A-Za-z])[A-Za-zₒₑ]\s*[/×*+−]\s*[A-Za-z0-9(]", exercise.Hint));
    }

    [Theory]
    [InlineData("03.1", 0.45, "looks like a proportion")]
    [InlineData("01.2", "eleven", "the answer is a number")]
    [InlineData("03.3", "Students", "one of the four stakeholders")]
    public void Check_AnswerOfTheWrongForm_SaysWhichFormIsExpected(string id, object answer, string note)
    {
        var result = Exercises.Check(id, answer);

        Assert.False(result.Correct);
        Assert.Contains(note, result.Message, StringComparison.Ordinal);
        Assert.EndsWith("Hint: " + Exercises.Get(id).Hint, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ASetWithOneWrongItem_IsNotRightWithoutCountingOrNamingItems()
    {
        var result = Exercises.Check("01.3", new[] { "JA46", "JA01" });

        Assert.Equal($"✘ 01.3: [JA46, JA01] is not right. Hint: {Exercises.Get("01.3").Hint}", result.Message);
    }

    [Fact]
    public void Check_OtherData_ComputesTheAnswerFromThem()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA14,EO1\n"); // JA14 carries LO4 but not EO1: 28 of 60 = 47%
        var changed = ReviewDataset.Load(copy.Path);

        Assert.True(Exercises.Check("03.1", 47, changed).Correct);
        Assert.False(Exercises.Check("03.1", 45, changed).Correct);
    }

    [Fact]
    public void Check_InterpretationQuestion_ShowsTheModelAnswerOnlyAfterAWrittenAnswer()
    {
        var question = Exercises.Questions.Single(question => question.Id == "04.4");

        var unanswered = Exercises.Check("04.4", null);
        var tooShort = Exercises.Check("04.4", "It depends.");
        var answered = Exercises.Check("04.4", "The review shows what the literature says about each stakeholder, not who has influence or what employers think.");

        Assert.Equal("04.4: not answered yet.", unanswered.Message);
        Assert.Equal(ExerciseVerdict.NotAnswered, tooShort.Verdict);
        Assert.DoesNotContain(question.ModelAnswer, unanswered.Message + tooShort.Message, StringComparison.Ordinal);
        Assert.Equal(ExerciseVerdict.Compared, answered.Verdict);
        Assert.EndsWith(question.ModelAnswer, answered.Message, StringComparison.Ordinal);
        Assert.False(answered.Correct);
    }

    [Fact]
    public void CheckCoding_HeaderOnly_IsNotAnsweredYet()
    {
        Assert.Equal("02.1: not answered yet.", Exercises.CheckCoding("passage_id,code\n").Message);
    }

    [Fact]
    public void CheckCoding_ACoding_ReportsKappaAndEachDisagreementWithItsRule()
    {
        // P04 has learners paying their own fees for want of loans (LC3 in the key, with LO6); GC2 is the government's funding challenge.
        var result = Exercises.CheckCoding("passage_id,code\nP02,LO1\nP04,GC2\nP04,LO6\n");
        var expected = CodingLesson.Paper.Compare(CodingLesson.Paper.ReadCoding("you", "passage_id,code\nP02,LO1\nP04,GC2\nP04,LO6\n"));

        Assert.Equal(ExerciseVerdict.Compared, result.Verdict);
        Assert.StartsWith("02.1: you coded 2 of the 39 passages; compared with the key over 72 (passage, code) units.", result.Message, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"Cohen's kappa {expected.CohenKappa:0.00}"), result.Message, StringComparison.Ordinal);
        Assert.Contains("• P04 LC3: the key gives it, you did not. LC3 includes:", result.Message, StringComparison.Ordinal);
        Assert.Contains("• P04 GC2: you gave it, the key does not. GC2 excludes:", result.Message, StringComparison.Ordinal);
        Assert.Contains("The key's reason for P04:", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("P02", result.Message.Split('\n').Skip(2).FirstOrDefault() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void CheckCoding_AnUnknownCode_SaysWhichLine()
    {
        var result = Exercises.CheckCoding("passage_id,code\nP01,LO9\n");

        Assert.Equal(ExerciseVerdict.NotRight, result.Verdict);
        Assert.Contains("your coding:2: unknown code 'LO9'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check07_1_IsCohensKappaCountedFromTheFilesByHand()
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
    public void Check07_2_CountsTheIntervalsOfTheAAndCPairThatSpanBothThresholds()
    {
        var coders = TeachingCoders();
        var withC = Agreement.Compute(ReviewDataset.Paper, [coders[0], coders[2]]).PerCode;
        var spanning = withC.Count(row => row.AlphaInterval!.Low <= 0.667 && row.AlphaInterval.High >= 0.8);
        var aboveRely = withC.Count(row => row.Alpha >= 0.8);

        Assert.True(Exercises.Check("07.2", spanning, coders: coders).Correct);
        // The count of point estimates at or above 0.800, the question this exercise replaced, is a different number.
        Assert.NotEqual(spanning, aboveRely);
        Assert.False(Exercises.Check("07.2", aboveRely, coders: coders).Correct);
    }

    [Fact]
    public void Check07_3_IsTheLargestGapBetweenPabakAndKappaOfAAndB()
    {
        var coders = TeachingCoders();
        var withB = Agreement.Compute(ReviewDataset.Paper, [coders[0], coders[1]], new AgreementOptions(BootstrapSamples: 1)).PerCode;
        var largestGap = withB.Where(row => row.CohenKappa.HasValue).MaxBy(row => row.Pabak!.Value - row.CohenKappa!.Value)!;
        var gap = largestGap.Pabak!.Value - largestGap.CohenKappa!.Value;

        Assert.True(Exercises.Check("07.3", Math.Round(gap, 2), coders: coders).Correct);
        Assert.False(Exercises.Check("07.3", Math.Round(gap, 2) - 0.02, coders: coders).Correct);
        // The gap is widest on the code nearly every study carries (UC1, 55 of 60): the prevalence paradox.
        Assert.Equal("UC1", largestGap.Code);
        Assert.True(ContentAnalysis.CodeFrequencies(ReviewDataset.Paper).Single(row => row.Code.Id == largestGap.Code).Percent > 90);
    }

    [Fact]
    public void Check07_WithoutCoders_ExplainsHowToPassThem()
    {
        var error = Assert.Throws<ArgumentException>(() => Exercises.Check("07.1", 0.5));

        Assert.Contains("Exercises.Check(\"07.1\", answer, review, coders)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownId_ListsTheExercises()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Exercises.Check("99.9", 1));

        Assert.Contains("01.1", error.Message, StringComparison.Ordinal);
        Assert.Contains("01.4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExerciseOfANotebooksOwn_WorksWithTheSameRules()
    {
        var exercise = new Exercise("my.1", "How many studies?", "count them", data => data.Dataset.Studies.Count);

        Assert.Equal("✔ my.1: 60 is right.", Exercises.Check(exercise, 60, new ExerciseData(ReviewDataset.Paper)).Message);
        Assert.Equal("my.1: not answered yet.", Exercises.Check(exercise, null, new ExerciseData(ReviewDataset.Paper)).Message);
    }

    [Fact]
    public void Display_ShowsTheMessageAloneWithItsLineBreaks()
    {
        Assert.Equal(
            "<div style=\"white-space: pre-wrap\">02.1: a &lt;b&gt;\nline</div>",
            ExerciseDisplay.ToHtml(new ExerciseResult("02.1", ExerciseVerdict.Compared, "02.1: a <b>\nline")));
    }

    /// <summary>How a number would be printed as an answer: to one and two decimals and whole.</summary>
    private static string[] Shown(double value) =>
    [
        .. new[] { "0.0", "0.00" }.Select(format => value.ToString(format, CultureInfo.InvariantCulture)).Where(text => text.Length > 2 || Math.Abs(value) >= 10),
        .. Math.Abs(value - Math.Round(value)) < 1e-9 && Math.Abs(value) >= 10 ? [value.ToString("0", CultureInfo.InvariantCulture)] : Array.Empty<string>(),
    ];
}
