using System.Text.RegularExpressions;
using ReviewKit.Data;
using ReviewKit.Passages;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public partial class CodingLessonTests
{
    private static string LessonFolder => Path.Combine(TestData.DataFolder, "examples", "coding-lesson");

    // A three-code codebook and three passages, small enough to count by hand.
    private const string Codebook = """
        code,stakeholder,polarity,label,definition,inclusion,exclusion,example
        LO2,Learners,Opportunity,Flexibility,Learning made flexible.,"Own time, place or pace.",Motivation: LO1.,Short units around work.
        LC3,Learners,Challenge,Lack of aid,No aid for learners' fees.,Learners paying their fees alone.,Government funding: GC2.,No loan for a badge.
        GC2,Government,Challenge,Funding,Government funding as the government's challenge.,Public funding and grants.,Learners' lack of aid: LC3.,No budget line.
        """;

    private const string Passages = """
        passage_id,section,text
        P1,Learners,Students study at their own pace.
        P2,Learners,No loans cover short courses.
        P3,Governments,"Governments do not fund alternative credentials, yet."
        """;

    private const string Key = """
        passage_id,code,reason
        P1,LO2,flexibility
        P2,LC3,the learner's challenge
        P3,GC2,the government's challenge
        """;

    private static CodingLesson Small() => CodingLesson.Parse(
        Passages,
        Key,
        ReviewDataset.Parse(Codebook, "study_id,authors,year\nS1,Smith,2020\n", "study_id,code\nS1,LO2\n"));

    [Fact]
    public void Paper_EveryPassage_IsQuotedWordForWordFromTheResultsAndDiscussion()
    {
        var source = Whitespace(File.ReadAllText(Path.Combine(LessonFolder, "results-and-discussion.txt")));

        Assert.InRange(CodingLesson.Paper.Passages.Count, 20, 30);
        Assert.All(CodingLesson.Paper.Passages, passage => Assert.Contains(Whitespace(passage.Text), source, StringComparison.Ordinal));
    }

    [Fact]
    public void Paper_KeyCodes_AreInTheCodebookAndEveryPassageHasARowWithAReason()
    {
        var lesson = CodingLesson.Paper;
        var codebook = ReviewDataset.Paper.Codebook.Select(code => code.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(lesson.Passages.Select(passage => passage.Id), lesson.Key.Passages.Select(passage => passage.PassageId));
        Assert.All(lesson.Key.Passages.SelectMany(passage => passage.CodeIds), code => Assert.Contains(code, codebook));
        Assert.All(lesson.Key.Passages, passage => Assert.False(string.IsNullOrWhiteSpace(passage.Reason)));
    }

    [Fact]
    public void Paper_KeyFile_NamesOnlyKnownPassagesAndCodes()
    {
        var passages = File.ReadLines(Path.Combine(LessonFolder, CodingLesson.PassagesFile)).Skip(1).Select(line => line.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        var codes = ReviewDataset.Paper.Codebook.Select(code => code.Id).Append("").ToHashSet(StringComparer.Ordinal);
        var rows = File.ReadLines(Path.Combine(LessonFolder, CodingLesson.KeyFile)).Skip(1).Select(line => line.Split(',')).ToList();

        Assert.All(rows, row => Assert.Contains(row[0], passages));
        Assert.All(rows, row => Assert.Contains(row[1], codes));
    }

    [Fact]
    public void Load_TheExampleFolder_EqualsTheEmbeddedLesson()
    {
        var loaded = CodingLesson.Load(LessonFolder, ReviewDataset.Load(TestData.DataFolder));

        Assert.Equal(CodingLesson.Paper.Passages, loaded.Passages);
        Assert.Equal(
            CodingLesson.Paper.Key.Passages.Select(passage => $"{passage.PassageId}:{string.Join(" ", passage.CodeIds)}"),
            loaded.Key.Passages.Select(passage => $"{passage.PassageId}:{string.Join(" ", passage.CodeIds)}"));
    }

    // By hand: 3 passages × 3 codes = 9 units. The coder gives P1 LO2 (agrees), P2 GC2 instead of LC3 (two
    // disagreements), P3 GC2 (agrees). Key yes 3 of 9, coder yes 3 of 9; both yes 2, both no 5, so pₒ = 7/9;
    // pₑ = (3/9)(3/9) + (6/9)(6/9) = 45/81 = 5/9; κ = (7/9 − 5/9) / (1 − 5/9) = (2/9) / (4/9) = 0.5.
    [Fact]
    public void Compare_ASmallCodingByHand_GivesKappaAndTheRuleOfEachDisagreement()
    {
        var lesson = Small();
        var coder = lesson.ReadCoding("you", "passage_id,code\nP1,LO2\np2,gc2\nP3,GC2\n");

        var agreement = lesson.Compare(coder);

        Assert.Equal(3, agreement.Passages);
        Assert.Equal(9, agreement.Units);
        Assert.Equal(100.0 * 7 / 9, agreement.PercentAgreement!.Value, 10);
        Assert.Equal(0.5, agreement.CohenKappa!.Value, 10);
        Assert.Equal(AgreementCoefficients.KrippendorffAlpha(lesson.DataOf(coder)), agreement.Alpha);
        Assert.Collection(
            agreement.Disagreements,
            missed => Assert.Equal(new PassageDisagreement("P2", "LC3", true, "LC3 includes: Learners paying their fees alone.", "the learner's challenge"), missed),
            added => Assert.Equal(new PassageDisagreement("P2", "GC2", false, "GC2 excludes: Learners' lack of aid: LC3.", "the learner's challenge"), added));
    }

    [Fact]
    public void Compare_OnlyThePassagesCoded_AreUnits()
    {
        var lesson = Small();

        var agreement = lesson.Compare(lesson.ReadCoding("you", "passage_id,code\nP3,GC2\n"));

        Assert.Equal((1, 3, 1.0), (agreement.Passages, agreement.Units, agreement.CohenKappa));
        Assert.Empty(agreement.Disagreements);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("passage_id,code\n")]
    public void ReadCoding_NoLines_IsACoderWhoCodedNothing(string? text)
    {
        var coder = Small().ReadCoding("you", text);

        Assert.Empty(coder.Passages);
        Assert.Null(Small().Compare(coder).CohenKappa);
    }

    [Fact]
    public void ReadCoding_AnEmptyCode_IsAPassageReadAndGivenNoCode()
    {
        var coder = Small().ReadCoding("you", "passage_id,code\nP1,\n");

        Assert.Equal(["P1"], coder.Passages.Select(passage => passage.PassageId));
        Assert.Empty(coder.CodesOf("P1")!);
        Assert.Null(coder.CodesOf("P2"));
    }

    [Fact]
    public void ReadCoding_UnknownPassageAndCode_ReportsEveryProblemWithItsLine()
    {
        var error = Assert.Throws<ReviewDataException>(() => Small().ReadCoding("you", "passage_id,code\nP9,LO2\nP1,XX1\nP1,LO2\nP1,LO2\n"));

        Assert.Equal(["you:2", "you:3", "you:5"], error.Problems.Select(problem => $"{problem.File}:{problem.Line}"));
        Assert.Contains("unknown passage 'P9'", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown code 'XX1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("coded LO2 twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AKeyWithoutAPassage_IsAProblem()
    {
        var error = Assert.Throws<ReviewDataException>(() => CodingLesson.Parse(Passages, "passage_id,code\nP1,LO2\n", ReviewDataset.Paper));

        Assert.Contains("passage P2 has no row in the key", error.Message, StringComparison.Ordinal);
    }

    private static string Whitespace(string text) => SpaceRun().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRun();
}
