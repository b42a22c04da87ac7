using System.Globalization;

namespace ReviewKit.Counting;

/// <summary>Percentages as the paper prints them (half away from zero, the one rounding rule of the library), and the other rules a printed one may come from.</summary>
internal static class PercentRounding
{
    /// <summary>100 · n / of; 0 when <paramref name="of"/> is 0.</summary>
    public static double Of(int n, int of) => of == 0 ? 0 : 100.0 * n / of;

    /// <summary>Rounded half away from zero to a whole number, as the paper prints percentages (<see cref="CodeFrequency.RoundedPercent"/> uses it).</summary>
    public static int Rounded(double percent) => (int)Math.Round(percent, MidpointRounding.AwayFromZero);

    /// <summary>The rule that turns <paramref name="percent"/> into <paramref name="stated"/>, preferring the paper's own.</summary>
    /// <example>14.68 and 15 ⇒ Rounded; 14.68 and 14 ⇒ Truncated; 3.33 and 4 ⇒ RoundedUp; 73.33 and 71 ⇒ None.</example>
    public static PercentRule Classify(double percent, int stated) =>
        Rounded(percent) == stated ? PercentRule.Rounded
        : (int)Math.Floor(percent) == stated ? PercentRule.Truncated
        : (int)Math.Ceiling(percent) == stated ? PercentRule.RoundedUp
        : PercentRule.None;

    public static string Describe(PercentRule rule) => rule switch
    {
        PercentRule.Truncated => "truncated",
        PercentRule.RoundedUp => "rounded up",
        PercentRule.Rounded => "rounded",
        _ => "given by no rounding rule",
    };

    /// <summary>The percentage to two decimals at most, e.g. <c>73.33%</c>, <c>80%</c>.</summary>
    public static string Format(double percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
