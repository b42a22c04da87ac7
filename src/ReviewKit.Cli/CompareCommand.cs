using System.CommandLine;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Presentation;

namespace ReviewKit.Cli;

/// <summary><c>compare</c>: code frequencies of two datasets side by side, e.g. the paper before and after an update.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var baseData = ReviewKitCommandLine.DataOption("--base", "The base dataset's folders, in layer order (default: the paper's dataset, embedded).");
        var withData = ReviewKitCommandLine.DataOption("--with", "The new dataset's folders, in layer order, e.g. --with data --with my-update.");
        withData.Required = true;
        var format = ReviewKitCommandLine.FormatOption();
        var command = new Command("compare", "Compare code frequencies: code,base_n,base_percent,new_n,new_percent,delta_points,base_rank,new_rank (rank 1 = most frequent; ties share a rank, 1224).")
        {
            baseData, withData, format,
        };
        command.SetAction(parsed =>
        {
            var before = ReviewKitCommandLine.LoadOrReport(parsed.GetValue(baseData), stderr);
            var after = ReviewKitCommandLine.LoadOrReport(parsed.GetValue(withData), stderr);
            if (before is null || after is null)
            {
                return ExitCodes.DataError;
            }

            var outputFormat = parsed.GetValue(format);
            TableOutput.Write(Reports.Comparison(before, after), outputFormat, stdout);
            if (outputFormat == OutputFormat.Table)
            {
                var moved = DatasetComparison.Compare(before, after).OrderByDescending(row => Math.Abs(row.DeltaPoints)).ThenBy(row => row.Code.Id, StringComparer.Ordinal).Take(3);
                stdout.WriteLine(FormattableString.Invariant($"{before.Studies.Count} → {after.Studies.Count} studies; moved most: {string.Join(", ", moved.Select(row => FormattableString.Invariant($"{VisibleText.Escape(row.Code.Id)} {row.DeltaPoints:+0.0;-0.0;0.0} points")))}."));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
