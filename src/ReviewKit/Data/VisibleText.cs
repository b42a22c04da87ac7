using System.Globalization;
using System.Text;

namespace ReviewKit.Data;

/// <summary>
/// Text from a data file shown to a person: characters that would act on a terminal or hide in plain sight
/// (control characters, line and paragraph separators, bidirectional overrides, zero-width characters)
/// are written as visible escapes such as <c>\u001B</c>.
/// </summary>
internal static class VisibleText
{
    /// <summary>The text with every control or invisible character as <c>\uXXXX</c>; other text unchanged.</summary>
    /// <example><c>Escape("A\u001B[2J")</c> ⇒ <c>A\u001B[2J</c> with a visible backslash sequence instead of ESC.</example>
    public static string Escape(string text) => Escape(text, IsHidden);

    /// <summary>As <see cref="Escape(string)"/>, keeping the characters of <paramref name="keep"/> (e.g. a newline).</summary>
    public static string Escape(string text, string keep) => Escape(text, c => IsHidden(c) && !keep.Contains(c, StringComparison.Ordinal));

    /// <summary>
    /// The text with control characters other than tab, CR and LF as <c>\uXXXX</c>, for data files such as CSV: they keep
    /// format characters (a right-to-left mark in a name is data), but ESC or NUL is never meant.
    /// </summary>
    public static string EscapeControlCharacters(string text) => Escape(text, c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));

    private static string Escape(string text, Func<char, bool> escape)
    {
        if (!text.Any(escape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (escape(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// A hint for an identifier that holds a character one cannot see, e.g. a zero-width space pasted from a web page;
    /// empty when there is none.
    /// </summary>
    /// <example><c>InvisibleCharacterHint("JA01\u200B")</c> ⇒ <c> (it contains the invisible character U+200B: retype the identifier)</c>.</example>
    public static string InvisibleCharacterHint(string identifier)
    {
        var hidden = identifier.Where(c => IsHidden(c) || (char.IsWhiteSpace(c) && c != ' ')).Distinct().ToList();
        return hidden.Count == 0
            ? ""
            : $" (it contains the invisible character{(hidden.Count > 1 ? "s" : "")} {string.Join(", ", hidden.Select(c => $"U+{(int)c:X4}"))}: retype the identifier)";
    }

    /// <summary>Control characters (C0, DEL, C1), line and paragraph separators, and format characters such as U+200B, U+202E or U+FEFF.</summary>
    public static bool IsHidden(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not ('\u200C' or '\u200D'));
}
