using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ReviewKit;

/// <summary>A named table of text cells, ready to be written as CSV or Markdown.</summary>
/// <param name="Name">A file-name stem, e.g. <c>code-frequencies</c>.</param>
/// <param name="Title">A human title, e.g. <c>Table 6: challenges for higher-education institutions</c>.</param>
/// <param name="Columns">The column names.</param>
/// <param name="Rows">The rows, each as many cells as there are columns.</param>
public sealed record ReportTable(string Name, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>
    /// RFC 4180 CSV: header row, comma, LF line ends, invariant culture. Cells that start with
    /// <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> are quoted so that spreadsheets do not run them as formulas.
    /// </summary>
    public string ToCsv()
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            ShouldQuote = args => NeedsQuotes(args.Field ?? ""),
        };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, config))
        {
            foreach (var row in Rows.Prepend(Columns))
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    private static bool NeedsQuotes(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (IsFormulaLike(field) && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

    private static bool IsFormulaLike(string field) => field.Length > 0 && "=+-@".Contains(field[0], StringComparison.Ordinal);

    /// <summary>A GitHub-flavoured Markdown table headed by the title; numeric columns are right-aligned.</summary>
    public string ToMarkdown()
    {
        static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
        var numeric = Columns.Select((_, i) => Rows.Count > 0 && Rows.All(row => double.TryParse(row[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double _))).ToList();
        var markdown = new StringBuilder();
        markdown.Append("### ").Append(Title).Append("\n\n");
        markdown.Append("| ").AppendJoin(" | ", Columns.Select(Escape)).Append(" |\n");
        markdown.Append('|').AppendJoin('|', numeric.Select(isNumber => isNumber ? " ---: " : " --- ")).Append("|\n");
        foreach (var row in Rows)
        {
            markdown.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }

        return markdown.ToString();
    }
}
