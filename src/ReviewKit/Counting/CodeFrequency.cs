using ReviewKit.Data;

namespace ReviewKit.Counting;

/// <summary>How many studies carry one code: a row of a frequency table.</summary>
/// <param name="Code">The code.</param>
/// <param name="N">Studies that carry the code (a study counts once).</param>
/// <param name="Studies">All studies in the dataset: the denominator.</param>
public sealed record CodeFrequency(Code Code, int N, int Studies)
{
    /// <summary>N of Studies.</summary>
    public Share Share => new(N, Studies);

    /// <summary>The exact percentage of studies, 100 · N / Studies.</summary>
    public double Percent => Share.Percent;

    /// <summary>The percentage rounded half away from zero to a whole number, as the paper prints it.</summary>
    /// <example>55 of 60 studies ⇒ 91.67 ⇒ 92.</example>
    public int RoundedPercent => Share.RoundedPercent;

    /// <summary>The 95% Wilson score interval of the proportion N / Studies (see <see cref="Proportion.Wilson"/>).</summary>
    /// <example>55 of 60 studies ⇒ [0.819, 0.964].</example>
    public ConfidenceInterval Interval => Share.Interval;

    /// <summary>The lower limit of <see cref="Interval"/> as a percentage (55 of 60 ⇒ 81.9).</summary>
    public double PercentLow => 100 * Interval.Low;

    /// <summary>The upper limit of <see cref="Interval"/> as a percentage (55 of 60 ⇒ 96.4).</summary>
    public double PercentHigh => 100 * Interval.High;
}
