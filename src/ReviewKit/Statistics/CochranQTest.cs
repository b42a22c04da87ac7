using System.Globalization;

namespace ReviewKit.Statistics;

/// <summary>Cochran's Q test of a family of codes counted on the same studies (see <see cref="CochranQ"/>).</summary>
/// <param name="Codes">The codes (or conditions), k of them.</param>
/// <param name="Studies">n, the studies (or subjects) each code was counted on.</param>
/// <param name="Totals">Cⱼ, the studies carrying each code, in the order of <paramref name="Codes"/>.</param>
/// <param name="Q">Cochran's Q; null when it is undefined (see <paramref name="Undefined"/>).</param>
/// <param name="P">The p-value, the chi-square upper tail of Q with k − 1 degrees of freedom; null when Q is undefined.</param>
/// <param name="Undefined">Why Q is undefined, in words; null when it is defined.</param>
public sealed record CochranQTest(IReadOnlyList<string> Codes, int Studies, IReadOnlyList<int> Totals, double? Q, double? P, string? Undefined)
{
    /// <summary>k − 1, the degrees of freedom of Q's chi-square approximation.</summary>
    public int DegreesOfFreedom => Codes.Count - 1;

    /// <summary>The test in one line, e.g. <c>Q = 16.67, df = 2, p = 0.0002</c>, or the reason it is undefined.</summary>
    public override string ToString() => Q is { } q && P is { } p
        ? string.Create(CultureInfo.InvariantCulture, $"Q = {q:0.##}, df = {DegreesOfFreedom}, p {CodeComparison.FormatP(p)}")
        : $"Q undefined: {Undefined}";
}
