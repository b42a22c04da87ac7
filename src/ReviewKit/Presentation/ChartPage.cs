namespace ReviewKit.Presentation;

/// <summary>A chart's self-contained HTML page made safe to write: what the figure files and the apps share.</summary>
public static class ChartPage
{
    /// <summary>
    /// Plotly.NET writes the chart's JSON into the page's last script as it is, so a label holding <c>&lt;/script&gt;</c> or
    /// <c>&lt;!--</c> would end that script and run as HTML. Every <c>&lt;</c> of that script stands inside a JSON string,
    /// where <c>\u003c</c> is the same character: the chart looks the same and no text can leave the script.
    /// </summary>
    public static string EscapeScript(string html)
    {
        const string Opening = "<script type=\"text/javascript\">";
        var body = html.IndexOf("<body>", StringComparison.Ordinal);
        var start = body < 0 ? -1 : html.IndexOf(Opening, body, StringComparison.Ordinal);
        var end = html.LastIndexOf("</script>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException("Plotly.NET wrote the chart page in an unexpected form; its script cannot be escaped safely.");
        }

        start += Opening.Length;
        return string.Concat(html.AsSpan(0, start), html[start..end].Replace("<", "\\u003c", StringComparison.Ordinal), html.AsSpan(end));
    }
}
