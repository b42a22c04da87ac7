using System.Globalization;
using System.Net;
using System.Text;
using Deedle.Internal;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using ReviewKit.Presentation;

namespace ReviewKit.Interactive;

/// <summary>
/// Shows tables as static HTML with every row, so they read where no script runs (a code-hosting site, a viewer
/// with scripts off). Microsoft.Data.Analysis's own display pages rows by script, and Deedle has none.
/// </summary>
internal static class TableDisplay
{
    internal static void Register()
    {
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(ToHtml(frame)), HtmlFormatter.MimeType);
        Formatter.Register<ReportTable>((table, writer) => writer.Write(ToHtml(table)), HtmlFormatter.MimeType);
        Formatter.Register(typeof(IFsiFormattable), (value, writer) => writer.Write(ToHtml((IFsiFormattable)value)), HtmlFormatter.MimeType);
    }

    /// <summary>The frame as an HTML table: a header row of column names, then one row per frame row; every cell encoded.</summary>
    /// <example>Columns <c>code</c> and <c>n</c> with one row (LC1, 17) ⇒ <c>&lt;table&gt;&lt;thead&gt;&lt;tr&gt;&lt;th&gt;code&lt;/th&gt;&lt;th&gt;n&lt;/th&gt;…&lt;td&gt;LC1&lt;/td&gt;&lt;td&gt;17&lt;/td&gt;…</c>.</example>
    internal static string ToHtml(DataFrame frame)
    {
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var column in frame.Columns)
        {
            html.Append("<th>").Append(Encode(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            html.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                html.Append("<td>").Append(Encode(System.Convert.ToString(column[row], CultureInfo.InvariantCulture) ?? "")).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A report table as HTML: its columns, then its rows as the library wrote them; every cell encoded.</summary>
    internal static string ToHtml(ReportTable table)
    {
        var html = new StringBuilder("<table><thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A Deedle frame or series in its own text layout, as preformatted HTML.</summary>
    internal static string ToHtml(IFsiFormattable frameOrSeries) => $"<pre>{Encode(frameOrSeries.Format())}</pre>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
