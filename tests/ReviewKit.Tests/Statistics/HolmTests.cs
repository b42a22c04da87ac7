using ReviewKit.Statistics;

namespace ReviewKit.Tests;

public class HolmTests
{
    [Fact]
    public void Adjust_FourPValues_StepsDownAndKeepsTheInputOrder()
    {
        // Sorted: 0.005 · 4 = 0.02; 0.01 · 3 = 0.03; 0.03 · 2 = 0.06; 0.04 · 1 = 0.04, raised to 0.06 to stay monotone.
        var adjusted = Holm.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted.Select(p => Math.Round(p, 12)));
    }

    [Fact]
    public void Adjust_LargeValues_AreCappedAtOne()
    {
        // 0.6 · 2 = 1.2 ⇒ 1; 0.7 · 1 = 0.7, raised to 1 to stay monotone.
        Assert.Equal([1.0, 1.0], Holm.Adjust([0.6, 0.7]));
    }

    [Fact]
    public void Adjust_EmptyAndSingle_AreUnchanged()
    {
        Assert.Empty(Holm.Adjust([]));
        Assert.Equal([0.03], Holm.Adjust([0.03]));
    }

    [Fact]
    public void Adjust_Ties_GetTheSameValue()
    {
        Assert.Equal([0.06, 0.06, 0.06], Holm.Adjust([0.02, 0.02, 0.02]).Select(p => Math.Round(p, 12)));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Adjust_NotAProbability_Throws(double p)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Holm.Adjust([0.01, p]));
    }
}
