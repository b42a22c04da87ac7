using ReviewKit.Audit;
using ReviewKit.Prisma;

namespace ReviewKit.Data;

/// <summary>
/// Everything a review's data folders hold, read under one rule that every command, <c>reproduce</c>'s tables and
/// the notebooks share. The folders are layers, read in order:
/// <list type="bullet">
/// <item>the dataset merges the <c>codebook.csv</c>, <c>studies.csv</c> and <c>codings.csv</c> of every layer
/// (see <see cref="ReviewDataset.Load(string[])"/>);</item>
/// <item>the PRISMA flow is the <c>prisma.csv</c> of the last layer that holds one, or none;</item>
/// <item>the claims are those of a claims file given explicitly, else the <c>claims.csv</c> of the last layer that holds
/// one, else the paper's (<see cref="ReviewKit.Audit.Claims.Paper"/>).</item>
/// </list>
/// Every <c>prisma.csv</c> and <c>claims.csv</c> of every layer is checked, not only the one used: a broken file is a
/// problem wherever it is. Without folders, the inputs are the paper's, built into the library.
/// </summary>
/// <param name="Dataset">The merged dataset.</param>
/// <param name="Flow">The PRISMA flow, or null when no layer holds a <c>prisma.csv</c>.</param>
/// <param name="Claims">The claims the audit checks.</param>
/// <param name="CheckedFiles">The <c>prisma.csv</c> and <c>claims.csv</c> files read, in layer order.</param>
public sealed record ReviewInputs(ReviewDataset Dataset, PrismaFlow? Flow, IReadOnlyList<Claim> Claims, IReadOnlyList<string> CheckedFiles)
{
    /// <summary>The paper's dataset, flow and claims.</summary>
    public static ReviewInputs Paper { get; } = new(ReviewDataset.Paper, PrismaFlow.Paper, ReviewKit.Audit.Claims.Paper, []);

    /// <summary>Reads layered data folders under the rule above.</summary>
    /// <param name="directories">The folders, in layer order; none for the paper's inputs.</param>
    /// <param name="claimsFile">A claims file that replaces those of the folders, or null.</param>
    /// <example><c>ReviewInputs.Load(["data", "data/examples/update-2023"]).Flow!.IsUpdate</c> ⇒ true: the update layer brings its own <c>prisma.csv</c>.</example>
    /// <exception cref="ReviewDataException">A file has a problem or the layers conflict; every problem of every file is listed.</exception>
    public static ReviewInputs Load(IReadOnlyList<string> directories, string? claimsFile = null)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var failures = new List<ReviewDataException>();
        T? Try<T>(Func<T> load)
            where T : class
        {
            try
            {
                return load();
            }
            catch (ReviewDataException failure)
            {
                failures.Add(failure);
                return null;
            }
        }

        var layered = directories.Count > 0;
        var dataset = layered ? Try(() => ReviewDataset.Load([.. directories])) : ReviewDataset.Paper;
        var flowFiles = LayerFiles(directories, PrismaFlow.FileName);
        var claimsFiles = claimsFile is null ? LayerFiles(directories, ReviewKit.Audit.Claims.FileName) : [claimsFile];
        var flows = flowFiles.Select(file => Try(() => PrismaFlow.Load(file))).ToList();
        var claims = claimsFiles.Select(file => Try(() => ReviewKit.Audit.Claims.Load(file))).ToList();
        if (failures.Count > 0)
        {
            throw ReviewDataException.Combine(failures);
        }

        return new ReviewInputs(
            dataset!,
            layered ? flows.LastOrDefault() : PrismaFlow.Paper,
            claims.LastOrDefault() ?? ReviewKit.Audit.Claims.Paper,
            [.. flowFiles, .. claimsFiles]);
    }

    /// <summary>The file in each folder that has it; a link to nothing counts, so that it is reported rather than passed over.</summary>
    private static List<string> LayerFiles(IReadOnlyList<string> directories, string fileName) =>
        directories.Select(directory => Path.Combine(directory, fileName))
            .Where(path => File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            .Distinct()
            .ToList();
}
