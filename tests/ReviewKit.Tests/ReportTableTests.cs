namespace ReviewKit.Tests;

public class ReportTableTests
{
    private static ReportTable Table(params string[][] rows) => new("t", "A title", ["name", "value"], rows.Select(r => (IReadOnlyList<string>)r).ToList());

    [Fact]
    public void ToCsv_HeaderCommaAndLf_QuotesOnlyWhereNeeded()
    {
        var csv = Table(["plain", "1"], ["a, b", "2.5"], ["say \"hi\"", "3"]).ToCsv();

        Assert.Equal("name,value\nplain,1\n\"a, b\",2.5\n\"say \"\"hi\"\"\",3\n", csv);
    }

    [Theory]
    [InlineData("=SUM(A1)", "\"=SUM(A1)\"")]
    [InlineData("+1+1", "\"+1+1\"")]
    [InlineData("@cmd", "\"@cmd\"")]
    [InlineData("-x", "\"-x\"")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("", "")]
    public void ToCsv_FormulaLikeCells_AreQuotedButNegativeNumbersAreNot(string cell, string expected)
    {
        var csv = Table([cell, "1"]).ToCsv();

        Assert.Equal($"name,value\n{expected},1\n", csv);
    }

    [Fact]
    public void ToMarkdown_RightAlignsNumericColumnsAndEscapesPipes()
    {
        var markdown = Table(["a|b", "1"], ["c", "2"]).ToMarkdown();

        Assert.Equal("### A title\n\n| name | value |\n| --- | ---: |\n| a\\|b | 1 |\n| c | 2 |\n", markdown);
    }

    [Fact]
    public void CodeFrequencies_PaperData_WritesExactPercentWithFourDecimals()
    {
        var csv = Reports.CodeFrequencies(ReviewDataset.Paper).ToCsv().Split('\n');

        Assert.Equal("code,stakeholder,polarity,label,n,percent", csv[0]);
        Assert.Equal(38, csv.Length); // header, 36 codes, final empty string after the last LF
        Assert.Contains("UC1,HigherEducation,Challenge,\"Implementation—Academic, lack of funding\",55,91.6667", csv);
        Assert.Contains("EC1,Employers,Challenge,Consistency,48,80", csv);
    }

    [Fact]
    public void All_PaperData_HasEveryTableBehindTheNotebooksAndFigures()
    {
        var names = Reports.All(ReviewDataset.Paper, PrismaFlow.Paper).Select(t => t.Name);

        Assert.Equal(
            ["coding-table", "code-frequencies", "table-1", "table-2", "table-3", "table-4", "table-5", "table-6", "table-7", "table-8",
             "studies-per-year", "studies-per-year-by-stakeholder", "stakeholder-shares", "opportunities-vs-challenges", "stakeholder-pairs", "pathways", "code-co-occurrence", "prisma-flow", "reproduction-audit"],
            names);
        Assert.Equal(36 * 35 / 2, Reports.CodePairs(ReviewDataset.Paper).Rows.Count);
    }
}
