using ReviewKit.Data;

namespace ReviewKit.Tests;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Smith", "Smith")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("'quoted'", "'quoted'")]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-x", "'-x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("-3.3333", "-3.3333")]
    [InlineData("'=x", "''=x")]
    [InlineData("'-3", "''-3")]
    [InlineData("''@x", "'''@x")]
    public void ApplyThenRemove_TheTextBack(string text, string cell)
    {
        Assert.Equal(cell, FormulaGuard.Apply(text));
        Assert.Equal(text, FormulaGuard.Remove(cell));
    }

    [Fact]
    public void CsvTable_AGuardedCell_ReadAsItsText()
    {
        var problems = new ProblemLog();

        var table = CsvTable.Parse("studies.csv", "study_id,authors,year\nS1,'@SUM(1+1),2023\nS2,\"'=HYPERLINK(\"\"x\"\"), Ann\",2023\nS3,'Brien,2023\n", ["study_id", "authors", "year"], problems)!;

        Assert.Equal(["@SUM(1+1)", "=HYPERLINK(\"x\"), Ann", "'Brien"], table.Rows.Select(row => row["authors"]));
    }
}
