using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Plotly.NET;
using static Giraffe.ViewEngine.HtmlElements;

namespace ReviewKit.Presentation;

/// <summary>A chart's self-contained HTML page, made safe to write: what the figure files and the apps share.</summary>
public static class ChartPage
{
    private const string Head = "<head>";
    private const string ScriptOpening = "<script type=\"text/javascript\">";

    private static string? _plotlyScript;

    static ChartPage() => ChartSerialization.Install();

    /// <summary>
    /// The chart as a standalone HTML page with plotly.js inline, so that it draws offline, titled <paramref name="title"/>,
    /// with its script escaped (see <see cref="EscapeScript"/>). Plotly.NET names the chart's element with a new GUID each
    /// time; with <paramref name="elementId"/> (letters, digits and dashes) it is named so, and the page is the same byte
    /// for byte at every call.
    /// </summary>
    public static string ToHtml(GenericChart chart, string title, string? elementId = null)
    {
        ArgumentNullException.ThrowIfNull(chart);

        // plotly.js is 3.6 MB of every page, and the same in each: the page is written without it, escaped and named,
        // and then given the script Plotly.NET would have written, where it would have written it.
        var plotlyScript = LazyInitializer.EnsureInitialized(ref _plotlyScript, () => PlotlyScript(chart, title));
        var page = EscapeScript(Render(chart, title, PlotlyJSReference.NoReference));
        page = elementId is null ? page : WithElementId(page, elementId);
        var at = page.IndexOf(Head, StringComparison.Ordinal) + Head.Length;
        return string.Concat(page.AsSpan(0, at), plotlyScript, page.AsSpan(at));
    }

    /// <summary>
    /// Plotly.NET writes the chart's JSON into the page's last script as it is, so a label holding <c>&lt;/script&gt;</c> or
    /// <c>&lt;!--</c> would end that script and run as HTML. Every <c>&lt;</c> of that script stands inside a JSON string,
    /// where <c>\u003c</c> is the same character: the chart looks the same and no text can leave the script.
    /// </summary>
    public static string EscapeScript(string html)
    {
        var body = html.IndexOf("<body>", StringComparison.Ordinal);
        var start = body < 0 ? -1 : html.IndexOf(ScriptOpening, body, StringComparison.Ordinal);
        var end = html.LastIndexOf("</script>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException("Plotly.NET wrote the chart page in an unexpected form; its script cannot be escaped safely.");
        }

        start += ScriptOpening.Length;
        return string.Concat(html.AsSpan(0, start), html[start..end].Replace("<", "\\u003c", StringComparison.Ordinal), html.AsSpan(end));
    }

    /// <summary>The page with the chart element's generated GUID replaced by <paramref name="elementId"/> wherever it occurs.</summary>
    private static string WithElementId(string html, string elementId)
    {
        const string Opening = "<div id=\"";
        var start = html.IndexOf(Opening, html.IndexOf("<body>", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        if (start < 0 || start + Opening.Length + 36 > html.Length || !Guid.TryParseExact(html.AsSpan(start + Opening.Length, 36), "D", out var guid))
        {
            throw new InvalidOperationException("Plotly.NET wrote the chart page in an unexpected form; its element cannot be named.");
        }

        // The GUID also names the script's drawing function, without dashes: a name in JavaScript, so no dashes there either.
        return html
            .Replace(guid.ToString("D"), elementId, StringComparison.Ordinal)
            .Replace(guid.ToString("N"), elementId.Replace('-', '_'), StringComparison.Ordinal);
    }

    private static string Render(GenericChart chart, string title, PlotlyJSReference plotly)
    {
        // A notebook's formatter may have set CDN display options on the chart: replace them.
        var options = DisplayOptions.init(
            FSharpOption<string>.Some(title),
            FSharpOption<string>.None,
            FSharpOption<string>.None,
            FSharpOption<XmlNode>.None,
            FSharpOption<FSharpList<XmlNode>>.None,
            FSharpOption<FSharpList<XmlNode>>.None,
            FSharpOption<PlotlyJSReference>.Some(plotly));
        return GenericChart.toEmbeddedHTML(GenericChart.setDisplayOptions(options, chart));
    }

    /// <summary>The script that holds plotly.js, as Plotly.NET writes it first in a page's head: the difference between a page with it and one without.</summary>
    private static string PlotlyScript(GenericChart chart, string title)
    {
        var with = Render(chart, title, PlotlyJSReference.Full);
        var without = Render(chart, title, PlotlyJSReference.NoReference);
        var at = without.IndexOf(Head, StringComparison.Ordinal) + Head.Length;
        var length = with.Length - without.Length;
        var body = without.IndexOf("<body>", StringComparison.Ordinal);
        if (at < Head.Length || body < at || length <= 0
            || !with.AsSpan(0, at).SequenceEqual(without.AsSpan(0, at))
            || !with.AsSpan(at + length, body - at).SequenceEqual(without.AsSpan(at, body - at))
            || !with.AsSpan(at, length).StartsWith("<script", StringComparison.Ordinal)
            || !with.AsSpan(at, length).EndsWith("</script>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Plotly.NET wrote the chart page in an unexpected form; plotly.js cannot be put into it.");
        }

        return with.Substring(at, length);
    }
}
