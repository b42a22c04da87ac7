using System.Diagnostics;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace ReviewKit.Notebooks.Tests;

public sealed class CellOutputCollectorTests
{
    private static readonly SubmitCode Command = new("Console.WriteLine(i)");

    private static StandardOutputValueProduced Printed(string text) => new(Command, [new FormattedValue("text/plain", text)]);

    [Fact]
    public void Collect_WritesToOneStream_AreOneOutputInOrder()
    {
        var collector = new CellOutputCollector();

        collector.Collect([Printed("a\n"), Printed("b\n"), new StandardErrorValueProduced(Command, [new FormattedValue("text/plain", "warning\n")]), Printed("c\n")]);

        Assert.Collection(
            collector.Outputs,
            output => Assert.Equal((CellOutputKind.StandardOutput, "a\nb\n"), (output.Kind, output.GetText("text/plain"))),
            output => Assert.Equal((CellOutputKind.StandardError, "warning\n"), (output.Kind, output.GetText("text/plain"))),
            output => Assert.Equal((CellOutputKind.StandardOutput, "c\n"), (output.Kind, output.GetText("text/plain"))));
    }

    [Fact]
    public void Collect_200000PrintedLines_TakesTimeLinearInTheOutput()
    {
        // 200,000 lines of 50 characters: copied at every write, the text gathered would be copied 10^12 characters' worth.
        var events = Enumerable.Range(0, 200_000).Select(i => Printed($"{i,8} {new string('x', 40)}\n")).ToList();
        var collector = new CellOutputCollector();

        var stopwatch = Stopwatch.StartNew();
        collector.Collect(events);
        var output = Assert.Single(collector.Outputs);
        stopwatch.Stop();

        Assert.Equal(200_000 * 50, output.GetText("text/plain")!.Length);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"collecting took {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }
}
