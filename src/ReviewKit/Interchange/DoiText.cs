namespace ReviewKit.Interchange;

/// <summary>DOIs as exports write them: bare, with a <c>doi:</c> label or as a resolver address.</summary>
internal static class DoiText
{
    private static readonly string[] Prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"];

    /// <summary>The DOI without label or resolver, trimmed; null when nothing is left.</summary>
    /// <example><c>https://doi.org/10.1186/S41239-023-00381-X</c> ⇒ <c>10.1186/S41239-023-00381-X</c>.</example>
    public static string? Clean(string? text)
    {
        var doi = text?.Trim() ?? "";
        foreach (var prefix in Prefixes)
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi[prefix.Length..].Trim();
                break;
            }
        }

        return doi.Length == 0 ? null : doi;
    }

    /// <summary>The key two DOIs are compared by: without label or resolver, and in upper case, since DOIs are case-insensitive.</summary>
    public static string? Key(string? doi) => Clean(doi)?.ToUpperInvariant();
}
