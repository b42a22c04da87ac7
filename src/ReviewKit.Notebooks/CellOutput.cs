namespace ReviewKit.Notebooks;

/// <summary>Where a cell output came from.</summary>
public enum CellOutputKind
{
    /// <summary>The value of the cell's last expression (<c>execute_result</c> in .ipynb).</summary>
    ReturnValue,

    /// <summary>A value shown with <c>display(...)</c> or by a package while the cell ran (<c>display_data</c>).</summary>
    DisplayedValue,

    /// <summary>Text written to standard output (<c>stream</c> named <c>stdout</c>).</summary>
    StandardOutput,

    /// <summary>Text written to standard error (<c>stream</c> named <c>stderr</c>).</summary>
    StandardError,

    /// <summary>A failure of the cell (<c>error</c>).</summary>
    Error,
}

/// <summary>One rendering of an output: a mime type and the text in that format.</summary>
/// <param name="MimeType">For example <c>text/html</c> or <c>text/plain</c>.</param>
/// <param name="Text">The rendering.</param>
public sealed record OutputValue(string MimeType, string Text);

/// <summary>One output of a cell, with one or more renderings.</summary>
/// <param name="Kind">Where the output came from.</param>
/// <param name="Values">Renderings of the same value, one per mime type.</param>
public sealed record CellOutput(CellOutputKind Kind, IReadOnlyList<OutputValue> Values)
{
    /// <summary>The rendering in <paramref name="mimeType"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="mimeType">For example <c>text/html</c>.</param>
    /// <example><c>output.GetText("text/html")</c> ⇒ <c>"&lt;div class=\"dni-plaintext\"&gt;&lt;pre&gt;2&lt;/pre&gt;…"</c> for <c>1+1</c>.</example>
    public string? GetText(string mimeType) =>
        Values.FirstOrDefault(value => string.Equals(value.MimeType, mimeType, StringComparison.Ordinal))?.Text;
}
