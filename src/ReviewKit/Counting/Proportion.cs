namespace ReviewKit.Counting;

/// <summary>Confidence intervals for a proportion such as "55 of 60 studies".</summary>
public static class Proportion
{
    /// <summary>The standard normal quantile for a two-sided 95% interval, Φ⁻¹(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The Wilson (1927) score interval for the proportion <paramref name="successes"/> / <paramref name="trials"/>:
    /// the values of π for which |p − π| ≤ z·√(π(1 − π)/n), which solve to
    /// <c>(p + z²/2n ± z·√(p(1 − p)/n + z²/4n²)) / (1 + z²/n)</c>.
    /// </summary>
    /// <remarks>
    /// Unlike the textbook Wald interval p ± z·√(p(1 − p)/n), the Wilson interval stays within [0, 1], is not empty at
    /// 0 or n successes and keeps close to its nominal coverage for small samples (Newcombe 1998, method 3; Agresti
    /// &amp; Coull 1998). With no trials nothing is known, and the interval is [0, 1].
    /// References: Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference.
    /// <i>JASA</i>, 22, 209–212. Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion:
    /// comparison of seven methods. <i>Statistics in Medicine</i>, 17, 857–872.
    /// <para>
    /// <b>What the interval means for a review.</b> The 60 studies are not a sample drawn from the studies of a topic: they
    /// are every study the search found and the screening kept. "55 of 60 studies" is therefore exact for these studies,
    /// and no interval is needed to describe them. An interval answers another question: had the same literature produced
    /// a different but equally likely set of 60 studies (other papers written, indexed or found by the search), how far
    /// could the share have been from 55/60? Read [0.819, 0.964] as the plausible range of that underlying rate, under
    /// the assumption that the included studies behave like independent draws from it. It is not a margin of error of the
    /// count, it says nothing about coding mistakes, and two overlapping intervals are no test that two codes are equally
    /// frequent: for that use <c>ReviewKit.Statistics.CodeComparisons</c>, which compares codes study by study.
    /// </para>
    /// </remarks>
    /// <param name="successes">How many of the trials succeeded (e.g. studies carrying a code).</param>
    /// <param name="trials">How many trials there were (e.g. all included studies).</param>
    /// <param name="z">The normal quantile; <see cref="Z95"/> for a 95% interval.</param>
    /// <example>
    /// <c>Proportion.Wilson(81, 263)</c> ⇒ [0.2553, 0.3662] and <c>Proportion.Wilson(0, 20)</c> ⇒ [0, 0.1611],
    /// as in Newcombe (1998), Table I; <c>Proportion.Wilson(55, 60)</c> ⇒ [0.819, 0.964].
    /// </example>
    /// <exception cref="ArgumentOutOfRangeException">Counts are negative, successes exceed trials, or z is not positive.</exception>
    public static ConfidenceInterval Wilson(int successes, int trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(z);
        if (trials == 0)
        {
            return new ConfidenceInterval(0, 1);
        }

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new ConfidenceInterval(
            successes == 0 ? 0 : Math.Max(0, centre - half),
            successes == trials ? 1 : Math.Min(1, centre + half));
    }
}
