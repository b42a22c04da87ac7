using ReviewKit.Data;

namespace ReviewKit.Cli;

/// <summary>Reads a command's <c>--data</c> folders with <see cref="ReviewInputs.Load"/>, reporting every problem on stderr.</summary>
internal static class Inputs
{
    /// <summary>Loads every input, or prints every problem and one summary on stderr and returns null.</summary>
    public static ReviewInputs? LoadOrReport(string[]? directories, TextWriter stderr, string? claimsFile = null)
    {
        try
        {
            return ReviewInputs.Load(directories ?? [], claimsFile);
        }
        catch (ReviewDataException failure)
        {
            var sources = new[] { directories is { Length: > 0 } ? string.Join(" + ", directories) : null, claimsFile }.OfType<string>().ToList();
            ReviewKitCommandLine.Report(failure, sources.Count == 0 ? "the embedded dataset" : string.Join(" and ", sources), stderr);
            return null;
        }
    }

    /// <summary>For <c>validate</c>: the other files checked, e.g. <c>, and so are data/prisma.csv and data/claims.csv</c>; empty when none.</summary>
    public static string DescribeCheckedFiles(ReviewInputs inputs) => inputs.CheckedFiles.Count switch
    {
        0 => "",
        1 => $", and so is {VisibleText.Escape(inputs.CheckedFiles[0])}",
        _ => $", and so are {VisibleText.Escape(string.Join(", ", inputs.CheckedFiles.SkipLast(1)))} and {VisibleText.Escape(inputs.CheckedFiles[^1])}",
    };
}
