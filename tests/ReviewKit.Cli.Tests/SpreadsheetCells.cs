using System.Text;
using System.Text.RegularExpressions;

namespace ReviewKit.Cli.Tests;

/// <summary>CSV output as a spreadsheet sees it: the text of each cell, and whether any would run as a formula or act on a terminal.</summary>
internal static partial class SpreadsheetCells
{
    /// <summary>CSV: every cell's text either a number or not starting with = + - @ tab or CR, and no control character but tab, CR and LF.</summary>
    internal static IEnumerable<string> Problems(string name, string csv)
    {
        var bad = csv.FirstOrDefault(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
        if (bad != default)
        {
            yield return $"{name} holds the raw control character U+{(int)bad:X4}";
        }

        foreach (var cell in Cells(csv))
        {
            if (cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal) && !Number().IsMatch(cell))
            {
                yield return $"{name} has a cell a spreadsheet runs as a formula: {Shorten(cell)}";
                yield break;
            }
        }
    }

    /// <summary>The cells of RFC 4180 text.</summary>
    private static IEnumerable<string> Cells(string csv)
    {
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                yield return cell.ToString();
                cell.Clear();
            }
            else if (c != '\r' || i + 1 >= csv.Length || csv[i + 1] != '\n')
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0)
        {
            yield return cell.ToString();
        }
    }

    private static string Shorten(string text) =>
        (text.Length > 160 ? text[..160] + "…" : text).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex Number();
}
