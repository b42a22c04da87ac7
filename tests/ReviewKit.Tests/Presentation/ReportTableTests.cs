using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Reliability;

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
    [InlineData("", "")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("-x", "'-x")]
    [InlineData("-1-1", "'-1-1")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("-3", "-3")]
    [InlineData("a=b", "a=b")]
    public void ToCsv_FormulaLikeCells_GetALeadingQuoteButNegativeNumbersDoNot(string cell, string expected)
    {
        var csv = Table([cell, "1"]).ToCsv();

        Assert.Equal($"name,value\n{expected},1\n", csv);
    }

    [Theory]
    [InlineData("A\u001B[2J", "A\\u001B[2J")]
    [InlineData("A\0B\u0085", "A\\u0000B\\u0085")]
    [InlineData("\u200Fסמית", "\u200Fסמית")]
    [InlineData("tab\tinside", "tab\tinside")]
    public void ToCsv_ControlCharacters_AreEscapedAndFormatCharactersKept(string cell, string expected)
    {
        Assert.Equal($"name,value\n{expected},1\n", Table([cell, "1"]).ToCsv());
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
    public void SummaryTable_Table6_EndsWithTheWilsonIntervalInPercent()
    {
        var table = Reports.SummaryTable(ReviewDataset.Paper, ContentAnalysis.PaperTables[5]);
        var uc1 = Proportion.Wilson(55, 60);

        Assert.Equal(["rank", "code", "label", "n", "percent", "ci_low", "ci_high"], table.Columns);
        Assert.Equal(["1", "UC1", "55", "92", $"{100 * uc1.Low:0.0}", $"{100 * uc1.High:0.0}"], table.Rows[0].Where((_, i) => i != 2));
        Assert.Equal(("81.9", "96.4"), (table.Rows[0][5], table.Rows[0][6]));
    }

    [Fact]
    public void SummaryTable_Table7_TiedCodesShareARank()
    {
        // Appendix 1: GO1 24, GO2 16, GO3 14, GO4 10, GO5 8, GO6 8 studies.
        var table = Reports.SummaryTable(ReviewDataset.Paper, ContentAnalysis.PaperTables[6]);

        Assert.Equal(["1 GO1", "2 GO2", "3 GO3", "4 GO4", "5 GO5", "5 GO6"], table.Rows.Select(row => $"{row[0]} {row[1]}"));
    }

    [Fact]
    public void Agreement_Rows_WriteEmptyCellsForStatisticsThatDoNotApply()
    {
        var agreement = new AgreementResult(
            [
                new("LO1", 18, 20, 88.8889, 0.75, 0.7778, null, 0.7512345, new ConfidenceInterval(0.5, 0.9), 0.81234, 40, 12),
                new("GC1", 18, 20, 100, null, 1, null, null, null, 1, 40, 0),
            ],
            new(Agreement.PooledName, 648, 720, 90, -0.00001, 0.8, null, 0.8, new ConfidenceInterval(0.75, 0.85), 0.85, 1440, 400));

        var csv = Reports.Agreement(agreement).ToCsv();

        Assert.Equal(
            "code,units,percent_agreement,cohen_kappa,pabak,fleiss_kappa,alpha,alpha_low,alpha_high,note,gwet_ac1\n"
            + "LO1,18,88.8889,0.75,0.7778,,0.7512,0.5,0.9,,0.8123\n"
            + "GC1,18,100,,1,,,,,no variation: no coder assigned the code on any of 20 units; kappa and alpha are undefined,1\n"
            + "ALL,648,90,0,0.8,,0.8,0.75,0.85,,0.85\n",
            csv);
    }

    [Fact]
    public void All_PaperData_HasEveryTableBehindTheNotebooksAndFigures()
    {
        var names = Reports.All(ReviewInputs.Paper).Select(t => t.Name);

        Assert.Equal(
            ["coding-table", "code-frequencies", "table-1", "table-2", "table-3", "table-4", "table-5", "table-6", "table-7", "table-8",
             "studies-per-year", "studies-per-year-by-stakeholder", "stakeholder-shares", "opportunities-vs-challenges", "stakeholder-pairs", "pathways", "code-co-occurrence", "prisma-flow", "reproduction-audit"],
            names);
        Assert.Equal(36 * 35 / 2, Reports.CodePairs(ReviewDataset.Paper).Rows.Count);
    }
}
