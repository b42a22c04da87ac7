using System.Text;

namespace ReviewKit.Interchange;

/// <summary>The forms in which two records are compared for duplicates.</summary>
internal static class MatchKey
{
    /// <summary>
    /// The base letter of each character from U+00C0 to U+017F (Latin-1 Supplement and Latin Extended-A), by code point:
    /// é ⇒ e, Ł ⇒ l. The library runs with invariant globalization, where <c>string.Normalize</c> does not take accents off.
    /// </summary>
    private const string LatinBaseLetters = "AAAAAAÆCEEEEIIIIÐNOOOOO×OUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷ouuuuyþyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiĲĳJjKkĸLlLlLlLlLlNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzſ";

    /// <summary>Letters and digits only, lower case, accents of Latin letters removed, words separated by one space.</summary>
    /// <example><c>Micro-credentials: a Review!</c> ⇒ <c>micro credentials a review</c>.</example>
    public static string Text(string text)
    {
        var key = new StringBuilder(text.Length);
        var space = false;
        foreach (var original in text)
        {
            var c = original is >= '\u00C0' and <= '\u017F' ? LatinBaseLetters[original - '\u00C0'] : original;
            if (char.IsLetterOrDigit(c))
            {
                if (space && key.Length > 0)
                {
                    key.Append(' ');
                }

                key.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return key.ToString();
    }

    /// <summary>
    /// The first author's surname, compared by its last word: <c>Smith, Jane; Lee, K.</c>, <c>Smith et al.</c>,
    /// <c>Smith and Lee</c>, <c>Jane Smith</c> and <c>Smith JA</c> or <c>Smith J.</c> (initials after the surname, as
    /// Embase and Vancouver write) all give <c>smith</c>; <c>Jorre de St Jorre</c> and <c>van der Berg, J.</c> give
    /// their last word, <c>jorre</c> and <c>berg</c>, so that a particle written or left out still matches; and
    /// <c>Jones-Schenk</c> gives <c>schenk</c>.
    /// </summary>
    public static string FirstSurname(string authors)
    {
        var first = authors.Split(';')[0];
        foreach (var separator in new[] { " et al", " and ", " & " })
        {
            var at = first.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                first = first[..at];
            }
        }

        var comma = first.IndexOf(',', StringComparison.Ordinal);
        var surname = Text(comma >= 0 ? first[..comma] : WithoutTrailingInitials(first));
        return surname.Split(' ')[^1];
    }

    /// <summary>A name without the initials written after it: <c>Law P.</c>, <c>Law PJ</c> ⇒ <c>Law</c>.</summary>
    private static string WithoutTrailingInitials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && IsInitials(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>One to three capital letters, with or without dots and hyphens: <c>P.</c>, <c>PJ</c>, <c>J.-P.</c>.</summary>
    private static bool IsInitials(string word)
    {
        var letters = word.Where(c => c is not ('.' or '-')).ToList();
        return letters.Count is >= 1 and <= 3 && letters.All(char.IsUpper);
    }
}
