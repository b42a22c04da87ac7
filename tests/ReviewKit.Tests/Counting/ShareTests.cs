using ReviewKit.Counting;

namespace ReviewKit.Tests;

public sealed class ShareTests
{
    [Theory]
    [InlineData(0, 0, 0.0, 0)]       // an empty whole: no percentage to speak of
    [InlineData(0, 60, 0.0, 0)]
    [InlineData(9, 60, 15.0, 15)]    // UC3 in Table 6
    [InlineData(55, 60, 91.6667, 92)] // UC1 in Table 6
    [InlineData(127, 865, 14.6821, 15)] // government's assignments: 14.68%, printed "14%" (truncated) by the paper
    [InlineData(1, 8, 12.5, 13)]     // a half rounds away from zero
    public void Percent_HandWorked(int n, int of, double percent, int rounded)
    {
        var share = new Share(n, of);

        Assert.Equal(percent, share.Percent, 4);
        Assert.Equal(rounded, share.RoundedPercent);
    }

    [Fact]
    public void Interval_55Of60_TheWilsonIntervalOfTable6()
    {
        var interval = new Share(55, 60).Interval;

        Assert.Equal((0.819, 0.964), (Math.Round(interval.Low, 3), Math.Round(interval.High, 3)));
    }

    [Fact]
    public void ToString_CountWholeAndPercent()
    {
        Assert.Equal("55 of 60 (91.67%)", new Share(55, 60).ToString());
        Assert.Equal("0 of 0 (0%)", new Share(0, 0).ToString());
    }
}
