using System.Globalization;

namespace ReviewKit.Counting;

/// <summary>
/// "n of N": a count out of a whole, with the one percentage, rounding and interval the library uses for it. Every
/// percentage of a count (a code's studies, a stakeholder's assignments, a span's studies) is computed here.
/// </summary>
/// <param name="N">The part, e.g. studies carrying a code.</param>
/// <param name="Of">The whole, e.g. all included studies.</param>
public readonly record struct Share(int N, int Of)
{
    /// <summary>100 · N / Of; 0 when the whole is empty.</summary>
    /// <example>55 of 60 ⇒ 91.666…</example>
    public double Percent => PercentRounding.Of(N, Of);

    /// <summary>The percentage rounded half away from zero to a whole number, as the paper prints it.</summary>
    /// <example>55 of 60 ⇒ 92.</example>
    public int RoundedPercent => PercentRounding.Rounded(Percent);

    /// <summary>The 95% Wilson score interval of the proportion N / Of (see <see cref="Proportion.Wilson"/>).</summary>
    /// <example>55 of 60 ⇒ [0.819, 0.964].</example>
    public ConfidenceInterval Interval => Proportion.Wilson(N, Of);

    /// <summary>The share as the notebooks write it, e.g. <c>55 of 60 (91.67%)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{N} of {Of} ({Percent:0.##}%)");
}
