using System.Text.RegularExpressions;
using ReviewKit.Data;
using ReviewKit.Passages;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public partial class CodingLessonTests
{
    private static string LessonFolder => Path.Combine(TestData.DataFolder, "examples", "coding-lesson");

    // A three-code codebook, two studies and four passages, small enough to count by hand.
    private const string Codebook = """
        code,stakeholder,polarity,label,definition,inclusion,exclusion,example
        LO2,Learners,Opportunity,Flexibility,Learning made flexible.,"Own time, place or pace.",Motivation: LO1.,Short units around work.
        LC3,Learners,Challenge,Lack of aid,No aid for learners' fees.,Learners paying their fees alone.,Government funding: GC2.,No loan for a badge.
        GC2,Government,Challenge,Funding,Government funding as the government's challenge.,Public funding and grants.,Learners' lack of aid: LC3.,No budget line.
        """;

    private const string Passages = """
        passage_id,study_id,text
        P1,S1,Students study at their own pace.
        P2,S1,No loans cover short courses.
        P3,S2,"Governments do not fund alternative credentials, yet."
        P4,S1,They study in the evenings.
        """;

    private const string Key = """
        passage_id,code,reason
        P1,LO2,flexibility
        P2,LC3,the learner's challenge
        P3,GC2,the government's challenge
        P4,LO2,flexibility again
        """;

    private const string Peer = """
        study_id,code
        S1,LO2
        S1,GC2
        S2,GC2
        """;

    private static ReviewDataset SmallDataset(string codebook = Codebook) =>
        ReviewDataset.Parse(codebook, "study_id,authors,year\nJ1,Smith,2020\n", "study_id,code\nJ1,LO2\n");

    private static CodingLesson Small() => CodingLesson.Parse(Passages, Key, Peer, SmallDataset());

    [Fact]
    public void Paper_Passages_AreStudyTextWithNoCountSectionCueOrCodeLabel()
    {
        var labels = ReviewDataset.Paper.Codebook
            .SelectMany(code => LabelPart().Split(code.Label).Prepend(code.Label))
            .Where(part => part.Length >= 6)
            .ToList();

        Assert.All(CodingLesson.Paper.Passages, passage =>
        {
            Assert.DoesNotMatch(Cue(), passage.Text);
            Assert.All(labels, label => Assert.DoesNotContain(label, passage.Text, StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public void Paper_Studies_AreAtLeastSixWithThreePassagesEach()
    {
        var lesson = CodingLesson.Paper;

        Assert.InRange(lesson.Studies.Count, 6, 10);
        Assert.All(lesson.Studies, study => Assert.InRange(lesson.Passages.Count(passage => passage.StudyId == study), 3, 8));
    }

    [Fact]
    public void Paper_Key_PractisesEveryCodeAndHasNoCodePassagesAndPairs()
    {
        var key = CodingLesson.Paper.Key.Passages;

        Assert.Equal(ReviewDataset.Paper.Codebook.Select(code => code.Id).Order(StringComparer.Ordinal), key.SelectMany(passage => passage.CodeIds).Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(key.Count(passage => passage.CodeIds.Count == 0), 8, 12);
        Assert.InRange(key.Count(passage => passage.CodeIds.Count == 2), 4, 12);
    }

    [Fact]
    public void Paper_EveryReason_CitesARuleOfEachOfItsCodesAndNoCountOrSection()
    {
        Assert.All(CodingLesson.Paper.Key.Passages, passage =>
        {
            Assert.False(string.IsNullOrWhiteSpace(passage.Reason));
            Assert.DoesNotMatch(ReasonCue(), passage.Reason!);
            Assert.Matches(RuleCitation(), passage.Reason!);
            Assert.All(passage.CodeIds, code => Assert.Matches($@"\b{code} (includes|excludes)\b", passage.Reason!));
            Assert.Equal(passage.CodeIds.Count == 0, passage.Reason!.StartsWith("No code:", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void Load_TheExampleFolder_EqualsTheEmbeddedLesson()
    {
        var loaded = CodingLesson.Load(LessonFolder, ReviewDataset.Load(TestData.DataFolder));

        Assert.Equal(CodingLesson.Paper.Passages, loaded.Passages);
        Assert.Equal(
            CodingLesson.Paper.Key.Passages.Select(passage => $"{passage.PassageId}:{string.Join(" ", passage.CodeIds)}"),
            loaded.Key.Passages.Select(passage => $"{passage.PassageId}:{string.Join(" ", passage.CodeIds)}"));
        Assert.Equal(CodingLesson.Paper.Peer.Codings, loaded.Peer.Codings);
    }

    [Theory]
    [InlineData("passages")]
    [InlineData("answer-key")]
    [InlineData("peer-coder")]
    public void DataPackage_SchemaFields_AreTheFileHeaderInOrder(string name)
    {
        using var package = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(LessonFolder, "datapackage.json")));
        var resource = package.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);
        var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(field => field.GetProperty("name").GetString());

        Assert.Equal(fields, File.ReadLines(Path.Combine(LessonFolder, resource.GetProperty("path").GetString()!)).First().Split(','));
    }

    // By hand from data/examples/coding-lesson/: the key's 39 (passage, code) rows roll up to 37 (study, code) pairs,
    // since S1 has LO2 in P01 and P05 and S7 has EO5 in P35 and P36. Set against peer-coder.csv, study by study:
    // S1 LC3 (key) and GC2 (peer); S3 GO2 (peer); S4 UO3 (key); S5 LC1 (peer) and LC2 (key); S6 LO6 (peer);
    // S7 EO3 (peer) and EO5 (key): nine differences, S2 none.
    [Fact]
    public void Paper_KeyRollUpAgainstThePeer_DiffersOnNineHandCountedUnits()
    {
        var lesson = CodingLesson.Paper;
        var key = lesson.RollUp(lesson.Key);

        var differences = lesson.CompareStudies(key, lesson.Peer);

        Assert.Equal((39, 37), (lesson.Key.Passages.Sum(passage => passage.CodeIds.Count), key.Codings.Count));
        Assert.Equal(
            ["S1 LC3 key", "S1 GC2 peer", "S3 GO2 peer", "S4 UO3 key", "S5 LC1 peer", "S5 LC2 key", "S6 LO6 peer", "S7 EO3 peer", "S7 EO5 key"],
            differences.Select(difference => $"{difference.StudyId} {difference.CodeId} {difference.GivenBy}"));
        Assert.StartsWith("LC3 includes: ", differences[0].Rule, StringComparison.Ordinal);
        Assert.StartsWith("GC2 excludes: ", differences[1].Rule, StringComparison.Ordinal);
    }

    // By hand: S1 holds P1 (LO2), P2 (LC3) and P4 (LO2); S2 holds P3 (GC2). Four (passage, code) rows roll up to three
    // (study, code) pairs: S1 LO2 once, S1 LC3, S2 GC2.
    [Fact]
    public void RollUp_TheSmallKey_CountsACodeOncePerStudy()
    {
        var lesson = Small();

        var studies = lesson.RollUp(lesson.Key);

        Assert.Equal(["S1", "S2"], studies.Studies);
        Assert.Equal([new Coding("S1", "LO2"), new Coding("S1", "LC3"), new Coding("S2", "GC2")], studies.Codings);
    }

    [Fact]
    public void RollUp_AStudyReadInPart_IsLeftOut()
    {
        var lesson = Small();

        var studies = lesson.RollUp(lesson.ReadCoding("you", "passage_id,code\nP1,LO2\nP3,\n"));

        Assert.Equal(["S2"], studies.Studies);
        Assert.Empty(studies.Codings);
    }

    // By hand: the key's roll-up is S1 {LO2, LC3}, S2 {GC2}; the peer's S1 {LO2, GC2}, S2 {GC2}. They differ on S1 LC3
    // (key only: LC3's inclusion rule decides) and S1 GC2 (peer only: GC2's exclusion rule decides).
    [Fact]
    public void CompareStudies_KeyAgainstPeer_ListsEachDifferenceWithItsRule()
    {
        var lesson = Small();

        var differences = lesson.CompareStudies(lesson.RollUp(lesson.Key), lesson.Peer);

        Assert.Equal(
            [
                new StudyCodeDifference("S1", "LC3", "key", "peer", "LC3 includes: Learners paying their fees alone."),
                new StudyCodeDifference("S1", "GC2", "peer", "key", "GC2 excludes: Learners' lack of aid: LC3."),
            ],
            differences);
    }

    [Fact]
    public void CompareStudies_OnlyStudiesBothCoded_AreCompared()
    {
        var lesson = Small();
        var you = lesson.RollUp(lesson.ReadCoding("you", "passage_id,code\nP3,LC3\n"));

        var differences = lesson.CompareStudies(you, lesson.Peer);

        Assert.Equal(["S2 LC3 you", "S2 GC2 peer"], differences.Select(difference => $"{difference.StudyId} {difference.CodeId} {difference.GivenBy}"));
    }

    [Fact]
    public void CompareStudies_ACodebookWithoutRules_SaysNoRulesAreWritten()
    {
        var lesson = CodingLesson.Parse(Passages, Key, Peer, SmallDataset("code,stakeholder,polarity,label\nLO2,Learners,Opportunity,Flexibility\nLC3,Learners,Challenge,<b>Aid</b>\nGC2,Government,Challenge,Funding\n"));

        var differences = lesson.CompareStudies(lesson.RollUp(lesson.Key), lesson.Peer);
        var disagreement = Assert.Single(lesson.Compare(lesson.ReadCoding("you", "passage_id,code\nP2,GC2\n")).Disagreements, d => d.CodeId == "LC3");

        Assert.Equal("LC3 (<b>Aid</b>): the codebook has no rules written for this code.", differences[0].Rule);
        Assert.Equal(differences[0].Rule, disagreement.Rule);
    }

    [Fact]
    public void Parse_APeerWithAnUnknownStudyOrCodeOrARepeat_ReportsEachLine()
    {
        var error = Assert.Throws<ReviewDataException>(() => CodingLesson.Parse(Passages, Key, "study_id,code\nS9,LO2\nS1,XX1\nS1,LO2\nS1,LO2\n", SmallDataset()));

        Assert.Equal(["peer-coder.csv:2", "peer-coder.csv:3", "peer-coder.csv:5"], error.Problems.Select(problem => $"{problem.File}:{problem.Line}"));
        Assert.Contains("unknown study 'S9'", error.Message, StringComparison.Ordinal);
        Assert.Contains("coded LO2 twice", error.Message, StringComparison.Ordinal);
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
        var error = Assert.Throws<ReviewDataException>(() => CodingLesson.Parse(Passages, "passage_id,code\nP1,LO2\n", Peer, ReviewDataset.Paper));

        Assert.Contains("passage P2 has no row in the key", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A count, a percentage, an <c>n =</c>, or a pointer into the paper (a table, section, Results or Discussion).</summary>
    [GeneratedRegex(@"[0-9%]|\bn\s*=|\b(table|section|results|discussion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    /// <summary>As <see cref="Cue"/>, but digits only as a number of their own, not inside a code id such as <c>LO2</c>.</summary>
    [GeneratedRegex(@"\b[0-9]+\b|%|\bn\s*=|\b(table|section|results|discussion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonCue();

    /// <summary>A reason that cites the codebook: a code id with "includes" or "excludes", or a code's definition.</summary>
    [GeneratedRegex(@"\b[LEUG][CO][0-9]('s|, whose)? (includes|excludes|definition|exclusion|inclusion)\b")]
    private static partial Regex RuleCitation();

    /// <summary>Where a codebook label joins its parts: "Upskilling / Evidence of Skills", "Implementation—Academic".</summary>
    [GeneratedRegex(@"\s*[/—]\s*")]
    private static partial Regex LabelPart();
}
