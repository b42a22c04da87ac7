using System.Globalization;

namespace ReviewKit.Statistics;

/// <summary>
/// The exact McNemar test of two codes counted on the same studies: only the studies that carry one code and not the
/// other (the discordant pairs) say which code is more frequent.
/// </summary>
/// <param name="First">The first code (or condition).</param>
/// <param name="Second">The second code.</param>
/// <param name="OnlyFirst">b: studies carrying the first code and not the second.</param>
/// <param name="OnlySecond">c: studies carrying the second code and not the first.</param>
/// <param name="P">The two-sided exact conditional p-value (see <see cref="McNemar.Exact(int, int)"/>).</param>
public sealed record McNemarTest(string First, string Second, int OnlyFirst, int OnlySecond, double P)
{
    /// <summary>b + c, the discordant studies; the test rests on these alone.</summary>
    public int Discordant => OnlyFirst + OnlySecond;

    /// <summary>The test in one line, e.g. <c>first vs second: b = 1, c = 7, exact p = 0.0703</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{First} vs {Second}: b = {OnlyFirst}, c = {OnlySecond}, exact p {CodeComparison.FormatP(P)}");
}
