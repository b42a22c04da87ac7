using ReviewKit.Audit;

namespace ReviewKit.Tests;

public class FindingTests
{
    [Fact]
    public void Line_StatementThatHolds_IsConfirmedWithItsValue()
    {
        Assert.Equal("✔ UC1 is the most frequent code (UC1: 55 of 60)", Finding.Line("UC1 is the most frequent code", true, "UC1: 55 of 60"));
    }

    [Fact]
    public void Line_StatementThatFails_IsFlaggedWithTheNewValue()
    {
        Assert.Equal(
            "⚠ No longer holds on this data: UC1 is the most frequent code. Now: LO1: 58 of 65",
            Finding.Line("UC1 is the most frequent code", false, "LO1: 58 of 65"));
    }

    [Fact]
    public void Check_PrintsTheLineAndReturnsWhetherItHolds()
    {
        var original = Console.Out;
        using var captured = new StringWriter();
        Console.SetOut(captured);
        try
        {
            Assert.False(Finding.Check("Government is coded least", false, "Government: 109 of 120"));
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.StartsWith(Finding.NoLongerHolds + " Government is coded least", captured.ToString(), StringComparison.Ordinal);
    }
}
