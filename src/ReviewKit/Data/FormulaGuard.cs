namespace ReviewKit.Data;

/// <summary>
/// The leading <c>'</c> that keeps a spreadsheet from running a CSV cell as a formula, as OWASP advises: written before a
/// text that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return, and taken off again when the
/// library reads a data file, so a layer the tool writes reads back as the text it was given.
/// </summary>
/// <remarks>
/// A text that already starts with <c>'</c> and then one of those characters gets one more, so writing and reading are
/// exact inverses: <c>=x</c> ⇒ <c>'=x</c> ⇒ <c>=x</c>, and <c>'=x</c> ⇒ <c>''=x</c> ⇒ <c>'=x</c>. A number such as
/// <c>-3.3333</c> is no formula and stays as it is.
/// </remarks>
internal static class FormulaGuard
{
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>The cell as written: <c>=HYPERLINK("http://x")</c> ⇒ <c>'=HYPERLINK("http://x")</c>; <c>-3.5</c> ⇒ <c>-3.5</c>.</summary>
    public static string Apply(string text) => StartsLikeFormula(text) && !IsNumber(text) ? "'" + text : text;

    /// <summary>The text of a cell as read: <c>'=x</c> ⇒ <c>=x</c>, <c>''=x</c> ⇒ <c>'=x</c>; any other cell as it is.</summary>
    public static string Remove(string cell) => cell.Length > 1 && cell[0] == '\'' && StartsLikeFormula(cell) ? cell[1..] : cell;

    /// <summary>True when the text, after any <c>'</c> it starts with, starts with a character that begins a formula.</summary>
    private static bool StartsLikeFormula(string text)
    {
        var first = 0;
        while (first < text.Length && text[first] == '\'')
        {
            first++;
        }

        return first < text.Length && FormulaStarts.Contains(text[first], StringComparison.Ordinal);
    }

    /// <summary>A number as the reports write one: an optional minus, ASCII digits, an optional fraction.</summary>
    private static bool IsNumber(string text)
    {
        var span = text.AsSpan(text.StartsWith('-') ? 1 : 0);
        var point = span.IndexOf('.');
        var whole = point < 0 ? span : span[..point];
        var fraction = point < 0 ? "0" : span[(point + 1)..];
        return whole.Length > 0 && fraction.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9') && !fraction.ContainsAnyExceptInRange('0', '9');
    }
}
