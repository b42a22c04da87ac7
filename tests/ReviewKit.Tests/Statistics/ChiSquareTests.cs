using ReviewKit.Statistics;

namespace ReviewKit.Tests;

public class ChiSquareTests
{
    [Theory]
    // With 2 degrees of freedom the upper tail is exactly e^(−x/2).
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(5.991465)]
    [InlineData(16.666667)]
    [InlineData(60.0)]
    public void UpperTail_TwoDegreesOfFreedom_IsExpOfMinusHalfX(double x)
    {
        Assert.Equal(Math.Exp(-x / 2), ChiSquare.UpperTail(x, 2), 1e-13);
    }

    [Theory]
    // Critical values of the chi-square table (e.g. Abramowitz & Stegun 1964, Table 26.8): the 5%, 1% and 0.1% points.
    [InlineData(3.841459, 1, 0.05)]
    [InlineData(6.634897, 1, 0.01)]
    [InlineData(10.827566, 1, 0.001)]
    [InlineData(7.814728, 3, 0.05)]
    [InlineData(11.0705, 5, 0.05)]
    [InlineData(18.307038, 10, 0.05)]
    [InlineData(124.342113, 100, 0.05)]
    public void UpperTail_TabulatedCriticalValues_GiveTheirLevel(double x, int degreesOfFreedom, double level)
    {
        Assert.Equal(level, ChiSquare.UpperTail(x, degreesOfFreedom), 6);
    }

    [Fact]
    public void UpperTail_OneDegreeOfFreedom_IsTheTwoSidedNormalTail()
    {
        // χ²₁ = Z², so P(χ²₁ ≥ 1.959964²) = P(|Z| ≥ 1.959964) = 0.05.
        Assert.Equal(0.05, ChiSquare.UpperTail(1.959963984540054 * 1.959963984540054, 1), 12);
    }

    [Fact]
    public void UpperTail_AtZeroAndInfinity_IsOneAndZero()
    {
        Assert.Equal(1, ChiSquare.UpperTail(0, 4));
        Assert.Equal(0, ChiSquare.UpperTail(double.PositiveInfinity, 4));
    }

    [Theory]
    [InlineData(-1.0, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(1.0, 0)]
    public void UpperTail_OutOfRange_Throws(double x, int degreesOfFreedom)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChiSquare.UpperTail(x, degreesOfFreedom));
    }
}
