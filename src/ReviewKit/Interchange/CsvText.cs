using System.Text;
using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>
/// Writes data files (RFC 4180, comma, LF): a field is quoted when it holds a comma, a quote or a line end. As every CSV
/// output, a text a spreadsheet would run as a formula gets a leading <c>'</c> (<see cref="FormulaGuard"/>, which the
/// library's reader takes off again) and a control character other than tab, CR and LF is written as <c>\uXXXX</c>.
/// </summary>
internal static class CsvText
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            text.AppendJoin(',', row.Select(Field)).Append('\n');
        }

        return text.ToString();
    }

    private static string Field(string value)
    {
        var cell = FormulaGuard.Apply(VisibleText.EscapeControlCharacters(value));
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
