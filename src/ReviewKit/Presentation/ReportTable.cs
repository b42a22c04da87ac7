using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using ReviewKit.Data;

namespace ReviewKit.Presentation;

/// <summary>A named table of text cells, ready to be written as CSV or Markdown.</summary>
/// <param name="Name">A file-name stem, e.g. <c>code-frequencies</c>.</param>
/// <param name="Title">A human title, e.g. <c>Table 6: challenges for higher-education institutions</c>.</param>
/// <param name="Columns">The column names.</param>
/// <param name="Rows">The rows, each as many cells as there are columns.</param>
public sealed partial record ReportTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>
    /// The columns whose cells name a stakeholder. The table and Markdown show the readable names
    /// (<c>Higher-education institutions</c>); <see cref="ToCsv"/> writes the names of the data files
    /// (<c>HigherEducation</c>, as in <c>codebook.csv</c>), so that the CSV joins with the data.
    /// </summary>
    public IReadOnlyList<string> StakeholderColumns { get; init; } = [];

    /// <summary>
    /// RFC 4180 CSV: header row, comma, LF line ends, invariant culture. A text cell that a spreadsheet would run as a
    /// formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading
    /// <c>'</c>, as OWASP advises; a number such as <c>-3.3333</c> stays a number. Control characters other than tab,
    /// CR and LF are written as <c>\uXXXX</c>, so the text cannot act on a terminal either.
    /// </summary>
    /// <example>A label <c>=HYPERLINK("http://x")</c> ⇒ the cell <c>"'=HYPERLINK(""http://x"")"</c>.</example>
    public string ToCsv()
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            ShouldQuote = args => (args.Field ?? "").AsSpan().IndexOfAny(",\"\r\n") >= 0,
        };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, config))
        {
            var stakeholderColumns = Columns.Select(StakeholderColumns.Contains).ToList();
            foreach (var column in Columns)
            {
                csv.WriteField(CsvCell(column));
            }

            csv.NextRecord();
            foreach (var row in Rows)
            {
                for (var i = 0; i < row.Count; i++)
                {
                    csv.WriteField(CsvCell(i < stakeholderColumns.Count && stakeholderColumns[i] ? DataName(row[i]) : row[i]));
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>A stakeholder's readable name as the data files write it: <c>Higher-education institutions</c> ⇒ <c>HigherEducation</c>.</summary>
    private static string DataName(string cell) =>
        Enum.GetValues<Stakeholder>().Where(stakeholder => Names.Of(stakeholder) == cell).Select(stakeholder => stakeholder.ToString()).FirstOrDefault() ?? cell;

    private static string CsvCell(string cell)
    {
        var visible = VisibleText.EscapeControlCharacters(cell);
        return FormulaGuard.Apply(visible);
    }

    /// <summary>A number as the reports write one: an optional minus, digits, an optional fraction.</summary>
    private static bool IsNumber(string cell) => NumberPattern().IsMatch(cell);

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>
    /// A GitHub-flavoured Markdown table headed by the title; numeric columns are right-aligned. Every cell is inert text:
    /// <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become entities, <c>|</c>, <c>\</c>, <c>[</c>, <c>]</c> and <c>`</c> are
    /// escaped, a line break becomes <c>&lt;br&gt;</c> (a row stays one line) and control characters are written as <c>\uXXXX</c>.
    /// </summary>
    public string ToMarkdown()
    {
        var numeric = Columns.Select((_, i) => Rows.Count > 0 && Rows.All(row => IsNumber(row[i]))).ToList();
        var markdown = new StringBuilder();
        markdown.Append("### ").Append(MarkdownText(Title)).Append("\n\n");
        markdown.Append("| ").AppendJoin(" | ", Columns.Select(MarkdownText)).Append(" |\n");
        markdown.Append('|').AppendJoin('|', numeric.Select(isNumber => isNumber ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in Rows)
        {
            markdown.Append("| ").AppendJoin(" | ", row.Select(MarkdownText)).Append(" |\n");
        }

        return markdown.ToString();
    }

    private static string MarkdownText(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '\n' => escaped.Append("<br>"),
                '|' or '\\' or '[' or ']' or '`' => escaped.Append('\\').Append(c),
                _ when VisibleText.IsHidden(c) => escaped.Append(VisibleText.Escape(c.ToString())),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
