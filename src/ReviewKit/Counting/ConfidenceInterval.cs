using System.Globalization;

namespace ReviewKit.Counting;

/// <summary>A confidence interval, from <see cref="Low"/> to <see cref="High"/>.</summary>
/// <param name="Low">The lower limit.</param>
/// <param name="High">The upper limit.</param>
public sealed record ConfidenceInterval(double Low, double High)
{
    /// <summary>Whether the value lies within the interval, limits included.</summary>
    public bool Contains(double value) => Low <= value && value <= High;

    /// <summary>The interval as <c>[low, high]</c> with three decimals, e.g. <c>[0.819, 0.964]</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Low:0.000}, {High:0.000}]");
}
