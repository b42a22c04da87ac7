using System.Globalization;

namespace ReviewKit.Cli;

/// <summary>
/// Everything a command reads from its <c>--data</c> folders: the dataset, the PRISMA flow and the paper's claims.
/// They are checked together, so that every problem of every file is reported at once and before any work.
/// </summary>
/// <param name="Dataset">The merged dataset.</param>
/// <param name="Flow">The flow of the last folder holding a <c>prisma.csv</c>; the paper's without <c>--data</c>; null when no folder holds one.</param>
/// <param name="Claims">The claims of <c>--claims</c>, else of the last folder holding a <c>claims.csv</c>, else the paper's.</param>
/// <param name="CheckedFiles">The <c>prisma.csv</c> and <c>claims.csv</c> files read.</param>
internal sealed record Inputs(ReviewDataset Dataset, PrismaFlow? Flow, IReadOnlyList<Claim> Claims, IReadOnlyList<string> CheckedFiles)
{
    /// <summary>Loads every input, or prints every problem and one summary on stderr and returns null.</summary>
    /// <remarks>Every <c>prisma.csv</c> and <c>claims.csv</c> of every folder is checked, not only the one used: a broken file is a problem wherever it is.</remarks>
    public static Inputs? LoadOrReport(string[]? directories, TextWriter stderr, string? claimsFile = null)
    {
        var failures = new List<ReviewDataException>();
        T? Try<T>(Func<T> load)
            where T : class
        {
            try
            {
                return load();
            }
            catch (ReviewDataException e)
            {
                failures.Add(e);
                return null;
            }
        }

        var layered = directories is { Length: > 0 };
        var dataset = layered ? Try(() => ReviewDataset.Load(directories!)) : ReviewDataset.Paper;
        var flowFiles = layered ? LayerFiles(directories!, PrismaFlow.FileName) : [];
        var claimsFiles = (claimsFile is null ? layered ? LayerFiles(directories!, ReviewKit.Claims.FileName) : [] : [claimsFile]).ToList();
        var flows = flowFiles.Select(file => Try(() => PrismaFlow.Load(file))).ToList();
        var claims = claimsFiles.Select(file => Try(() => ReviewKit.Claims.Load(file))).ToList();
        if (failures.Count > 0)
        {
            foreach (var problem in failures.SelectMany(failure => failure.Problems))
            {
                stderr.WriteLine(ReviewKitCommandLine.Show(problem));
            }

            var count = failures.Sum(failure => failure.Count);
            var sources = new[] { layered ? string.Join(" + ", directories!) : null, claimsFile }.OfType<string>().ToList();
            var source = sources.Count == 0 ? "the embedded dataset" : string.Join(" and ", sources);
            stderr.WriteLine($"reviewkit: {count.ToString("N0", CultureInfo.InvariantCulture)} problem{(count == 1 ? "" : "s")} in {VisibleText.Escape(source)}; nothing was changed.");
            return null;
        }

        return new Inputs(
            dataset!,
            layered ? flows.LastOrDefault() : PrismaFlow.Paper,
            claims.LastOrDefault() ?? ReviewKit.Claims.Paper,
            [.. flowFiles, .. claimsFiles]);
    }

    /// <summary>For <c>validate</c>: the other files checked, e.g. <c>, and so are data/prisma.csv and data/claims.csv</c>; empty when none.</summary>
    public string Describe() => CheckedFiles.Count switch
    {
        0 => "",
        1 => $", and so is {VisibleText.Escape(CheckedFiles[0])}",
        _ => $", and so are {VisibleText.Escape(string.Join(", ", CheckedFiles.SkipLast(1)))} and {VisibleText.Escape(CheckedFiles[^1])}",
    };

    private static List<string> LayerFiles(string[] directories, string fileName) =>
        directories.Select(directory => Path.Combine(directory, fileName)).Where(path => File.Exists(path) || new FileInfo(path).LinkTarget is not null).Distinct().ToList();
}
