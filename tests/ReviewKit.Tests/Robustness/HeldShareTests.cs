using ReviewKit.Robustness;

namespace ReviewKit.Tests;

public class HeldShareTests
{
    [Theory]
    [InlineData(500, 1000, 0.5, 0.0158114)]
    [InlineData(1000, 1000, 1.0, 0.0)]
    [InlineData(90, 100, 0.9, 0.03)]
    public void StandardError_IsTheMonteCarloErrorOfTheShare(int held, int replicates, double share, double error)
    {
        var result = new HeldShare(held, replicates);

        Assert.Equal(share, result.Share, 12);
        Assert.Equal(error, result.StandardError, 6);
    }
}
