using System.Globalization;
using Microsoft.Data.Analysis;
using ReviewKit.Presentation;

namespace ReviewKit.Interactive.Tests;

public sealed class TableDisplayTests
{
    [Fact]
    public void ToHtml_DataFrame_EveryRowAsStaticHtmlWithoutScript()
    {
        var codes = Enumerable.Range(1, 60).Select(i => $"JA{i:00}").ToArray();
        var frame = new DataFrame(new StringDataFrameColumn("study_id", codes), new Int32DataFrameColumn("codes", Enumerable.Range(1, 60)));

        var html = TableDisplay.ToHtml(frame);

        Assert.StartsWith("<table><thead><tr><th>study_id</th><th>codes</th></tr></thead><tbody>", html, StringComparison.Ordinal);
        Assert.Equal(60, html.Split("<tr>").Length - 2); // the header row, then one per study
        Assert.Contains("<tr><td>JA60</td><td>60</td></tr>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToHtml_MarkupInCellsAndNames_Encoded()
    {
        var frame = new DataFrame(new StringDataFrameColumn("<b>label</b>", ["</table><script>alert(1)</script>"]));

        var html = TableDisplay.ToHtml(frame);

        Assert.Contains("<th>&lt;b&gt;label&lt;/b&gt;</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;/table&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ReportTable_EveryRowWithItsCellsEncoded()
    {
        var table = new ReportTable("t", "A table", ["code", "label", "n"], [["UC1", "<b>Academic support</b>", "55"], ["UC2", "Credit", "14"]]);

        var html = TableDisplay.ToHtml(table);

        Assert.Equal(
            "<table><thead><tr><th>code</th><th>label</th><th>n</th></tr></thead><tbody>"
            + "<tr><td>UC1</td><td>&lt;b&gt;Academic support&lt;/b&gt;</td><td>55</td></tr>"
            + "<tr><td>UC2</td><td>Credit</td><td>14</td></tr></tbody></table>",
            html);
    }

    [Fact]
    public void ToHtml_Decimals_InvariantCultureWhateverTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            var commaDecimals = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            commaDecimals.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = commaDecimals;
            var frame = new DataFrame(new DoubleDataFrameColumn("percent", [91.67]));

            Assert.Contains("<td>91.67</td>", TableDisplay.ToHtml(frame), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToHtml_DeedleFrame_ItsTextLayoutEncoded()
    {
        var frame = Deedle.Frame.FromRecords(new[] { new { Code = "UC1", Label = "a<b" } });

        Assert.Equal("<pre>     Code Label \n0 -&gt; UC1  a&lt;b   \n</pre>", TableDisplay.ToHtml(frame));
    }
}
