using System.Text.RegularExpressions;

namespace ReviewKit.Notebooks;

/// <summary>
/// Removes the parts of an output that change from run to run without the result changing,
/// so that a committed notebook and a fresh run of it compare equal when the results are equal.
/// </summary>
/// <remarks>
/// The rules, applied in this order to each output text:
/// <list type="number">
/// <item>Line endings become LF; trailing white space of each line and trailing blank lines are dropped.</item>
/// <item>Element ids: the value of every HTML <c>id</c> attribute that contains a digit (Plotly's chart
/// div, the DataFrame table's <c>table_&lt;ticks&gt;</c>; a fixed id such as <c>chart</c> is kept) and every GUID (<c>8-4-4-4-12</c> hex digits) becomes <c>&lt;id-1&gt;</c>,
/// <c>&lt;id-2&gt;</c>, … numbered by first appearance. Every other occurrence of the same value,
/// and of a GUID's 32-digit form without dashes (Plotly's <c>renderPlotly_…</c> function), gets the
/// same placeholder when it stands as a whole token, so the text still shows which elements refer to which.</item>
/// <item>Timings: a <c>TimeSpan</c> such as <c>00:00:01.2345678</c> becomes <c>&lt;time&gt;</c>; a duration
/// in milliseconds (<c>12 ms</c>, <c>3.5ms</c>) or in seconds with decimals (<c>1.25 s</c>) becomes <c>&lt;duration&gt;</c>.</item>
/// </list>
/// Numbers, words and markup otherwise stay as they are: a changed count is a difference.
/// Execution counts and output metadata are not compared at all (see <see cref="NotebookComparison"/>).
/// </remarks>
internal static partial class OutputNormalizer
{
    internal static string Normalize(string text)
    {
        var normalized = NormalizeWhitespace(text);
        normalized = MaskElementIds(normalized);
        normalized = TimeSpanPattern().Replace(normalized, "<time>");
        return DurationPattern().Replace(normalized, "<duration>");
    }

    private static string NormalizeWhitespace(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).TrimEnd('\n');
    }

    private static string MaskElementIds(string text)
    {
        var volatileValues = new List<string>();
        foreach (Match match in IdAttributePattern().Matches(text))
        {
            var value = match.Groups["value"].Value;
            if (value.Any(char.IsAsciiDigit))
            {
                AddOnce(volatileValues, value);
            }
        }

        foreach (Match match in GuidPattern().Matches(text))
        {
            AddOnce(volatileValues, match.Value);
        }

        var masked = text;
        for (var number = 1; number <= volatileValues.Count; number++)
        {
            var value = volatileValues[number - 1];
            var placeholder = $"<id-{number}>";
            masked = Regex.Replace(masked, $@"(?<![\w-]){Regex.Escape(value)}(?![\w-])", placeholder, RegexOptions.CultureInvariant);
            if (GuidPattern().IsMatch(value))
            {
                var withoutDashes = value.Replace("-", "", StringComparison.Ordinal);
                masked = Regex.Replace(masked, $"(?<![0-9a-fA-F]){withoutDashes}(?![0-9a-fA-F])", placeholder, RegexOptions.CultureInvariant);
            }
        }

        return masked;
    }

    private static void AddOnce(List<string> values, string value)
    {
        if (value.Length > 0 && !values.Contains(value, StringComparer.Ordinal))
        {
            values.Add(value);
        }
    }

    [GeneratedRegex("""\bid\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttributePattern();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b", RegexOptions.CultureInvariant)]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}:\d{2}\.\d{1,7}\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimeSpanPattern();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s?ms\b|\b\d+\.\d+\s?s\b", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
