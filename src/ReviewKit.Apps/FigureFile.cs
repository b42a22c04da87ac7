using System.Text;
using Plotly.NET;
using ReviewKit.Presentation;

namespace ReviewKit.Apps;

/// <summary>Writes a chart as a self-contained HTML page (plotly.js inline, so it opens offline).</summary>
internal static class FigureFile
{
    /// <summary>Writes the chart as <c>NN-title.html</c> in <paramref name="folder"/> and returns the file's full path.</summary>
    /// <example>The 3rd chart, titled "Learners: studies carrying each code" ⇒ <c>03-learners-studies-carrying-each-code.html</c>.</example>
    internal static string Write(GenericChart chart, string folder, int number)
    {
        var title = TextForm.Describe(chart);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(number, title));
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, ChartPage.ToHtml(chart, title), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return path;
    }

    /// <example><c>(3, "Chart: Learners: studies (of 60)")</c> ⇒ <c>03-learners-studies-of-60.html</c>.</example>
    internal static string FileName(int number, string title)
    {
        var words = title.StartsWith("Chart: ", StringComparison.Ordinal) ? title["Chart: ".Length..] : "chart";
        var slug = new StringBuilder();
        foreach (var c in words.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var stem = slug.ToString().TrimEnd('-');
        stem = stem.Length > 60 ? stem[..60].TrimEnd('-') : stem;
        return $"{number:00}-{(stem.Length == 0 ? "chart" : stem)}.html";
    }
}
