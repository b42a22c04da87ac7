using System.Globalization;
using ReviewKit.Counting;

namespace ReviewKit.Statistics;

/// <summary>Two codes of a family compared on the same studies: the exact McNemar test, and its p-value adjusted for the family by Holm's method.</summary>
/// <param name="First">The code ranked higher (more studies; the earlier in the codebook on a tie).</param>
/// <param name="Second">The code ranked lower.</param>
/// <param name="OnlyFirst">b: studies carrying the first code and not the second.</param>
/// <param name="OnlySecond">c: studies carrying the second code and not the first.</param>
/// <param name="P">The exact McNemar p-value of this pair alone (<see cref="McNemar.Exact(int, int)"/>).</param>
/// <param name="AdjustedP">The p-value adjusted by <see cref="Holm.Adjust"/> over all the pairs tested in the family.</param>
public sealed record CodeComparison(CodeFrequency First, CodeFrequency Second, int OnlyFirst, int OnlySecond, double P, double AdjustedP)
{
    /// <summary>The usual level of a test, 5%.</summary>
    public const double DefaultLevel = 0.05;

    /// <summary>Whether the two codes differ in frequency at the given family-wise level: the Holm-adjusted p-value is at most the level.</summary>
    public bool Differs(double level = DefaultLevel) => AdjustedP <= level;

    /// <summary>
    /// The comparison as a notebook states it, e.g.
    /// <c>LO1 (38 of 60) vs LO6 (13 of 60): b = 27, c = 2, McNemar exact p &lt; 0.0001, Holm-adjusted p &lt; 0.0001</c>.
    /// </summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{First.Code.Id} ({First.N} of {First.Studies}) vs {Second.Code.Id} ({Second.N} of {Second.Studies}): b = {OnlyFirst}, c = {OnlySecond}, McNemar exact p {FormatP(P)}, Holm-adjusted p {FormatP(AdjustedP)}");

    internal static string FormatP(double p) => p < 0.0001 ? "< 0.0001" : string.Create(CultureInfo.InvariantCulture, $"= {p:0.####}");
}
