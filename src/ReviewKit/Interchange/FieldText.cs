using System.Text;

namespace ReviewKit.Interchange;

/// <summary>The text of a record's field as a study keeps it.</summary>
internal static class FieldText
{
    /// <summary>
    /// The text with each run of control characters (ESC, NUL, a tab, a line break inside a CSL-JSON string …), with the
    /// white space around it, as one space, trimmed; null when nothing is left. No title, name or DOI means a control character, and a wrapped value
    /// reads as its words: a study's text is then the same in the layer as in the export, and a second import of it finds the duplicate.
    /// </summary>
    /// <example><c>"Badges\u001B[2J\u0007 and\nbeyond"</c> ⇒ <c>"Badges [2J and beyond"</c>.</example>
    public static string? Plain(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!text.Any(char.IsControl))
        {
            return text.Trim() is { Length: > 0 } trimmed ? trimmed : null;
        }

        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var end = i;
            while (end < text.Length && (char.IsControl(text[end]) || char.IsWhiteSpace(text[end])))
            {
                end++;
            }

            if (end == i)
            {
                plain.Append(text[i++]);
                continue;
            }

            var gap = text.AsSpan(i, end - i);
            if (HasControl(gap))
            {
                plain.Append(' ');
            }
            else
            {
                plain.Append(gap);
            }

            i = end;
        }

        return plain.ToString().Trim() is { Length: > 0 } result ? result : null;
    }

    private static bool HasControl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
