using ReviewKit.Counting;

namespace ReviewKit.Tests;

public class ProportionTests
{
    // Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion: comparison of seven methods.
    // Statistics in Medicine, 17, 857–872, Table I, method 3 (Wilson score interval without continuity correction).
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    [InlineData(29, 29, 0.8830, 1.0000)]
    public void Wilson_NewcombeTableI_MatchesToFourDecimals(int successes, int trials, double low, double high)
    {
        var interval = Proportion.Wilson(successes, trials);

        Assert.Equal(low, interval.Low, 4);
        Assert.Equal(high, interval.High, 4);
    }

    [Theory]
    [InlineData(0, 60)]
    [InlineData(60, 60)]
    public void Wilson_AllOrNone_StaysWithinZeroAndOne(int successes, int trials)
    {
        var interval = Proportion.Wilson(successes, trials);

        Assert.InRange(interval.Low, 0, 1);
        Assert.InRange(interval.High, 0, 1);
        Assert.True(interval.Contains((double)successes / trials));
    }

    [Fact]
    public void Wilson_NoTrials_IsTheWholeRange()
    {
        Assert.Equal(new ConfidenceInterval(0, 1), Proportion.Wilson(0, 0));
    }

    [Fact]
    public void Wilson_WiderZ_GivesAWiderInterval()
    {
        var ninetyFive = Proportion.Wilson(9, 60);
        var ninetyNine = Proportion.Wilson(9, 60, z: 2.5758293035489);

        Assert.True(ninetyNine.Low < ninetyFive.Low && ninetyNine.High > ninetyFive.High);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void Wilson_ImpossibleCounts_Throw(int successes, int trials)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Wilson(successes, trials));
    }

    [Fact]
    public void ToString_ShowsThreeDecimalsInInvariantCulture()
    {
        Assert.Equal("[0.255, 0.366]", Proportion.Wilson(81, 263).ToString());
    }
}
