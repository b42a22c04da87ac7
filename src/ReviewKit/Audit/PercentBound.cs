using System.Globalization;

namespace ReviewKit.Audit;

/// <summary>A bound the wording of a claim sets on its percentage: <c>&gt;50</c> ("more than half"), <c>&lt;=15</c> ("at most 15%").</summary>
/// <param name="Operator">One of <c>&gt;</c>, <c>&gt;=</c>, <c>&lt;</c>, <c>&lt;=</c>.</param>
/// <param name="Limit">The percentage it bounds by, 0 to 100.</param>
public sealed record PercentBound(string Operator, double Limit)
{
    /// <summary>The bound as written in <c>claims.csv</c>, e.g. <c>&gt;50</c>.</summary>
    public string Text => Operator + Limit.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Parses a bound such as <c>&gt;50</c> or <c>&lt;=15</c>.</summary>
    /// <exception cref="FormatException">The text is not a bound on a percentage.</exception>
    public static PercentBound Parse(string text) =>
        TryParse(text) ?? throw new FormatException($"'{text}' is not a bound on a percentage such as >50, >=50, <15 or <=15");

    internal static PercentBound? TryParse(string text)
    {
        foreach (var op in new[] { ">=", "<=", ">", "<" })
        {
            if (text.StartsWith(op, StringComparison.Ordinal)
                && double.TryParse(text[op.Length..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var limit)
                && limit <= 100)
            {
                return new PercentBound(op, limit);
            }
        }

        return null;
    }

    /// <summary>Whether a percentage keeps within the bound.</summary>
    public bool Holds(double percent) => Operator switch
    {
        ">=" => percent >= Limit,
        "<=" => percent <= Limit,
        ">" => percent > Limit,
        _ => percent < Limit,
    };

    /// <summary>The bound in words, e.g. "more than 50%".</summary>
    public override string ToString() => Operator switch
    {
        ">=" => "at least",
        "<=" => "at most",
        ">" => "more than",
        _ => "less than",
    } + " " + Limit.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
