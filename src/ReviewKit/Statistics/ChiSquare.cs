namespace ReviewKit.Statistics;

/// <summary>The chi-square distribution, for the p-value of a statistic that follows it under the null hypothesis.</summary>
public static class ChiSquare
{
    private const double Epsilon = 1e-15;
    private const int MaxIterations = 10_000;

    /// <summary>
    /// The upper tail P(X ≥ x) of a chi-square variable X with <paramref name="degreesOfFreedom"/> degrees of freedom:
    /// <c>Q(df/2, x/2)</c>, the regularized upper incomplete gamma function, computed by its power series when
    /// x/2 &lt; df/2 + 1 and by its continued fraction (modified Lentz) otherwise (Press et al. 2007, <i>Numerical
    /// Recipes</i>, 3rd ed., §6.2). Accurate to about 1e-14.
    /// </summary>
    /// <example>
    /// <c>UpperTail(3.841459, 1)</c> ⇒ 0.05; <c>UpperTail(11.0705, 5)</c> ⇒ 0.05; with 2 degrees of freedom the tail is
    /// exactly e^(−x/2), so <c>UpperTail(2, 2)</c> ⇒ 0.3679.
    /// </example>
    /// <exception cref="ArgumentOutOfRangeException">x is negative or not a number, or the degrees of freedom are not positive.</exception>
    public static double UpperTail(double x, int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (double.IsNaN(x) || x < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "A chi-square value is zero or more.");
        }

        if (x == 0)
        {
            return 1;
        }

        if (double.IsPositiveInfinity(x))
        {
            return 0;
        }

        var a = degreesOfFreedom / 2.0;
        var half = x / 2;
        return half < a + 1 ? 1 - LowerBySeries(a, half) : UpperByContinuedFraction(a, half);
    }

    /// <summary>ln Γ(a) for a whole or half-whole a &gt; 0, exactly as a sum of logarithms (Γ(1/2) = √π).</summary>
    internal static double LogGammaOfHalfInteger(double a)
    {
        var sum = 0.0;
        var term = a - 1;
        for (; term > 0.25; term--)
        {
            sum += Math.Log(term);
        }

        // term is now 0 (a whole: Γ(1) = 1) or −1/2 (a half-whole: Γ(1/2) = √π).
        return term < -0.25 ? sum + (0.5 * Math.Log(Math.PI)) : sum;
    }

    /// <summary>The regularized lower incomplete gamma P(a, x) by its series e^(−x) x^a / Γ(a + 1) · Σₙ xⁿ / ((a + 1)…(a + n)).</summary>
    private static double LowerBySeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < MaxIterations; n++)
        {
            term *= x / (a + n);
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }

        return sum * Math.Exp(-x + (a * Math.Log(x)) - LogGammaOfHalfInteger(a));
    }

    /// <summary>The regularized upper incomplete gamma Q(a, x) by its continued fraction, evaluated with the modified Lentz method.</summary>
    private static double UpperByContinuedFraction(double a, double x)
    {
        const double tiny = 1e-300;
        var b = x + 1 - a;
        var c = 1 / tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            d = Math.Abs(d) < tiny ? tiny : d;
            c = b + (an / c);
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return Math.Exp(-x + (a * Math.Log(x)) - LogGammaOfHalfInteger(a)) * h;
    }
}
