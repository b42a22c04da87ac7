using ReviewKit.Data;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class CoderTests
{
    private static IReadOnlyList<string> ProblemsOf(string csv)
    {
        var error = Assert.Throws<ReviewDataException>(() => Coder.Parse("b.csv", csv, TestData.Small()));
        return error.Problems.Select(problem => problem.ToString()).ToList();
    }

    [Fact]
    public void Parse_Rows_GiveTheStudiesInDatasetOrderAndTheCodings()
    {
        var coder = Coder.Parse("B", "study_id,code\nS3,LO1\nS1,LC1\nS1,LO1\n", TestData.Small());

        Assert.Equal(["S1", "S3"], coder.Studies);
        Assert.Equal([new Coding("S3", "LO1"), new Coding("S1", "LC1"), new Coding("S1", "LO1")], coder.Codings);
    }

    [Fact]
    public void Parse_EmptyCode_DeclaresAStudyCodedWithNoCode()
    {
        var coder = Coder.Parse("B", "study_id,code\nS1,LC1\nS4,\n", TestData.Small());

        Assert.Equal(["S1", "S4"], coder.Studies);
        Assert.Single(coder.Codings);
    }

    [Theory]
    [InlineData("LF", "\n")]
    [InlineData("CRLF", "\r\n")]
    public void Parse_ByteOrderMarkQuotingAndExtraColumns_AreAccepted(string _, string newline)
    {
        var coder = Coder.Parse("B", $"\uFEFFstudy_id,code,note{newline}\"S1\",LC1,\"read twice, kept\"{newline}S2,LO1,", TestData.Small());

        Assert.Equal(["S1", "S2"], coder.Studies);
    }

    [Fact]
    public void Parse_EveryProblem_IsReportedWithItsLine()
    {
        var problems = ProblemsOf("study_id,code\nS1,LC1\nS9,LC1\nS2,XX1\nS1,LC1\n");

        Assert.Equal(
        [
            "b.csv:3: unknown study 'S9'; every study_id must be listed in studies.csv",
            "b.csv:4: unknown code 'XX1'; every code must be defined in codebook.csv",
            "b.csv:5: study S1 is coded LC1 twice (first on line 2); a study counts once per code",
        ], problems);
    }

    [Theory]
    [InlineData("", "b.csv: the file is empty")]
    [InlineData("study_id,code\n", "b.csv:1: the coder's file has a header but no rows")]
    [InlineData("study;code\nS1;LC1\n", "b.csv:1: missing required columns study_id, code")]
    public void Parse_EmptyHeaderOnlyOrWrongSeparator_IsReported(string csv, string start)
    {
        Assert.StartsWith(start, Assert.Single(ProblemsOf(csv)), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_TwoBadFiles_ReportsTheProblemsOfBoth()
    {
        using var copy = new TestData.DataCopy();
        File.WriteAllText(copy.File("b.csv"), "study_id,code\nJA01,XX1\n");
        File.WriteAllText(copy.File("c.csv"), "study_id,code\nJA99,LO1\n");

        var error = Assert.Throws<ReviewDataException>(() => Coder.LoadAll([copy.File("b.csv"), copy.File("c.csv"), copy.File("d.csv")], ReviewDataset.Paper));

        Assert.Equal(
        [
            $"{copy.File("b.csv")}:2: unknown code 'XX1'; every code must be defined in codebook.csv",
            $"{copy.File("c.csv")}:2: unknown study 'JA99'; every study_id must be listed in studies.csv",
            $"{copy.File("d.csv")}: file not found",
        ], error.Problems.Select(problem => problem.ToString()));
    }

    [Fact]
    public void Load_NamesTheCoderAfterTheFile()
    {
        using var copy = new TestData.DataCopy();
        File.WriteAllText(copy.File("coder-b.csv"), "study_id,code\nJA01,LO1\n");

        Assert.Equal("coder-b", Coder.Load(copy.File("coder-b.csv"), ReviewDataset.Paper).Name);
        Assert.Equal("B", Coder.Load(copy.File("coder-b.csv"), ReviewDataset.Paper, "B").Name);
    }

    [Fact]
    public void FromDataset_CodedEveryStudyWithTheDatasetsCodings()
    {
        var coder = Coder.FromDataset(ReviewDataset.Paper, "A");

        Assert.Equal(60, coder.Studies.Count);
        Assert.Equal(865, coder.Codings.Count);
    }
}
