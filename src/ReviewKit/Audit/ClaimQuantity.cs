using System.Globalization;
using ReviewKit.Data;

namespace ReviewKit.Audit;

/// <summary>
/// What a claim's number measures, parsed once from the grammar of <c>data/README.md</c>: <c>studies</c>,
/// <c>stakeholders</c>, <c>span:2015-2022</c>, <c>years:2020-2022</c>, <c>code:EO3</c>, <c>code:UO6|UO8</c>,
/// <c>code:GO3/years:2021-2022</c>, <c>share:Government</c>, <c>codes:Government:Challenge</c>, or <c>none</c> when the
/// coding table cannot yield it. Two quantities are equal when they are written alike.
/// </summary>
public sealed record ClaimQuantity
{
    private ClaimQuantity(string text, QuantityKind kind, IReadOnlyList<string> codes, int? fromYear = null, int? toYear = null, Stakeholder stakeholder = default, Polarity polarity = default)
    {
        (Text, Kind, Codes, FromYear, ToYear, Stakeholder, Polarity) = (text, kind, codes, fromYear, toYear, stakeholder, polarity);
    }

    /// <summary>The quantity as written.</summary>
    public string Text { get; }

    /// <summary>What it counts.</summary>
    public QuantityKind Kind { get; }

    /// <summary>For <see cref="QuantityKind.Codes"/>, the codes any of which a study must carry; else empty.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>For a span, years, or codes restricted to years: the first year; else null.</summary>
    public int? FromYear { get; }

    /// <summary>The last year, as <see cref="FromYear"/>.</summary>
    public int? ToYear { get; }

    /// <summary>For <see cref="QuantityKind.Share"/> and <see cref="QuantityKind.CodebookCodes"/>, the stakeholder.</summary>
    public Stakeholder Stakeholder { get; }

    /// <summary>For <see cref="QuantityKind.CodebookCodes"/>, the polarity.</summary>
    public Polarity Polarity { get; }

    /// <summary>The grammar, as an error message gives it.</summary>
    public const string Grammar =
        "expected none, studies, stakeholders, span:YYYY-YYYY, years:YYYY-YYYY, code:ID, code:ID|ID, code:ID/years:YYYY-YYYY, share:STAKEHOLDER or codes:STAKEHOLDER:POLARITY";

    /// <summary>Parses a quantity.</summary>
    /// <example><c>ClaimQuantity.Parse("code:GO3/years:2021-2022")</c> ⇒ Kind Codes, Codes [GO3], years 2021 to 2022.</example>
    /// <exception cref="FormatException">The text is not in the grammar; the message says what is expected.</exception>
    public static ClaimQuantity Parse(string text) =>
        TryParse(text, out var error) ?? throw new FormatException($"quantity '{text}': {error}");

    /// <summary>The quantity as written.</summary>
    public override string ToString() => Text;

    /// <summary>Whether both are written alike (the text determines every other field).</summary>
    public bool Equals(ClaimQuantity? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Parses a quantity; null with an explanation in <paramref name="error"/> when it is not in the grammar.</summary>
    internal static ClaimQuantity? TryParse(string text, out string error)
    {
        error = Grammar;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var head = colon < 0 ? text : text[..colon];
        var rest = colon < 0 ? "" : text[(colon + 1)..];
        switch (head)
        {
            case "none" when colon < 0:
                return new ClaimQuantity(text, QuantityKind.None, []);
            case "studies" when colon < 0:
                return new ClaimQuantity(text, QuantityKind.Studies, []);
            case "stakeholders" when colon < 0:
                return new ClaimQuantity(text, QuantityKind.Stakeholders, []);
            case "span" or "years":
                return TryYears(rest, out var from, out var to, ref error)
                    ? new ClaimQuantity(text, head == "span" ? QuantityKind.Span : QuantityKind.Years, [], from, to)
                    : null;
            case "share":
                if (TryName<Stakeholder>(rest, out var stakeholder))
                {
                    return new ClaimQuantity(text, QuantityKind.Share, [], stakeholder: stakeholder);
                }

                error = $"share of an unknown stakeholder; expected one of {string.Join("|", Enum.GetNames<Stakeholder>())}";
                return null;
            case "codes":
                var parts = rest.Split(':');
                if (parts.Length == 2 && TryName<Stakeholder>(parts[0], out var owner) && TryName<Polarity>(parts[1], out var polarity))
                {
                    return new ClaimQuantity(text, QuantityKind.CodebookCodes, [], stakeholder: owner, polarity: polarity);
                }

                error = $"expected codes:STAKEHOLDER:POLARITY, e.g. codes:Government:Challenge ({string.Join("|", Enum.GetNames<Stakeholder>())}; {string.Join("|", Enum.GetNames<Polarity>())})";
                return null;
            case "code":
                return TryCodes(text, rest, ref error);
            default:
                return null;
        }
    }

    /// <summary>Accepts an enumeration member's exact name only (not a number, not a combination).</summary>
    private static bool TryName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, ignoreCase: false, out value);
    }

    private static ClaimQuantity? TryCodes(string text, string rest, ref string error)
    {
        int? from = null, to = null;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            const string YearsPrefix = "years:";
            var restriction = rest[(slash + 1)..];
            if (!restriction.StartsWith(YearsPrefix, StringComparison.Ordinal) || !TryYears(restriction[YearsPrefix.Length..], out var first, out var last, ref error))
            {
                error = $"a code can be restricted only to years, e.g. code:GO3/years:2021-2022; {error}";
                return null;
            }

            (from, to) = (first, last);
            rest = rest[..slash];
        }

        var codes = rest.Split('|');
        if (codes.Any(code => code.Length == 0 || !code.All(char.IsAsciiLetterOrDigit)))
        {
            error = "expected one or more code identifiers separated by |, e.g. code:EO3 or code:UO6|UO8";
            return null;
        }

        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Length)
        {
            error = "a code is listed twice";
            return null;
        }

        return new ClaimQuantity(text, QuantityKind.Codes, codes, from, to);
    }

    private static bool TryYears(string text, out int from, out int to, ref string error)
    {
        from = to = 0;
        var parts = text.Split('-');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out from)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out to)
            && from >= ReviewDataset.MinYear && to <= ReviewDataset.MaxYear && from <= to)
        {
            return true;
        }

        error = $"expected a range of years YYYY-YYYY from {ReviewDataset.MinYear} to {ReviewDataset.MaxYear}, the first not after the last";
        return false;
    }
}
