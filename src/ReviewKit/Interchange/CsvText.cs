using System.Text;

namespace ReviewKit.Interchange;

/// <summary>Writes data files (RFC 4180, comma, LF): a field is quoted when it holds a comma, a quote or a line end, and written as it is otherwise.</summary>
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

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
