using ReviewKit.Data;
using ReviewKit.Findings;

namespace ReviewKit.Robustness;

/// <summary>
/// How firmly the notebooks' sentences stand on the data: each finding is re-evaluated on recodings by a simulated second
/// coder (<see cref="SimulatedCoder"/>) at each target alpha and on bootstrap resamples of the studies
/// (<see cref="StudyBootstrap"/>), and the share of replicates in which it still holds is reported with its Monte Carlo
/// standard error; its fragility is the fewest cell flips that overturn it (<see cref="FragilitySearch"/>).
/// </summary>
/// <remarks>
/// Every replicate draws from its own generator, seeded from the seed, the condition and the replicate's number, so the
/// shares are the same for a seed however the replicates are spread over threads. A finding that throws on a replicate
/// (e.g. a study it names was not drawn) counts as not holding there.
/// </remarks>
public static class RobustnessAnalysis
{
    /// <summary>Evaluates every finding on the data, on recodings at each target alpha and on bootstrap resamples.</summary>
    /// <param name="inputs">The data the findings are about.</param>
    /// <param name="findings">The findings, e.g. <see cref="NotebookFindings.All"/>.</param>
    /// <param name="options">Targets, replicates and seed; the defaults when null.</param>
    /// <returns>One row per finding, in the order given.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one sample, or a target alpha the data cannot reach (see <see cref="SimulatedCoder.Calibrate"/>).</exception>
    public static IReadOnlyList<FindingRobustness> Run(ReviewInputs inputs, IReadOnlyList<NotebookFinding> findings, RobustnessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(findings);
        options ??= new RobustnessOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Samples, 1);
        var dataset = inputs.Dataset;
        var calibrations = options.Alphas.Select(alpha => SimulatedCoder.Calibrate(dataset, alpha)).ToList();
        var conditions = calibrations.Count + 1;
        var samples = options.Samples;
        var held = new bool[conditions * samples][];
        Parallel.For(0, held.Length, index =>
        {
            var (condition, replicate) = (index / samples, index % samples);
            var random = new Random(SeedOf(options.Seed, condition, replicate));
            var replicateData = condition < calibrations.Count
                ? SimulatedCoder.Recode(dataset, calibrations[condition], random)
                : StudyBootstrap.Resample(dataset, random);
            var replicateInputs = inputs with { Dataset = replicateData };
            held[index] = findings.Select(finding => Holds(finding.Finding, replicateInputs)).ToArray();
        });

        var fragilities = new Fragility?[findings.Count];
        Parallel.For(0, findings.Count, i => fragilities[i] = FragilitySearch.Of(findings[i].Finding, inputs, options.SearchFragility));
        return findings.Select((finding, i) =>
        {
            HeldShare Share(int condition) => new(Enumerable.Range(condition * samples, samples).Count(index => held[index][i]), samples);
            return new FindingRobustness(
                finding,
                Evaluate(finding.Finding, inputs),
                fragilities[i],
                Enumerable.Range(0, calibrations.Count).Select(Share).ToList(),
                Share(calibrations.Count));
        }).ToList();
    }

    /// <summary>The finding's result, or a result that does not hold when the computation fails on these data.</summary>
    internal static FindingResult Evaluate(Finding<ReviewInputs> finding, ReviewInputs inputs)
    {
        try
        {
            return finding.Evaluate(inputs);
        }
        catch (Exception e) when (CannotBeComputed(e))
        {
            return new FindingResult(false, "cannot be computed on these data: " + e.Message);
        }
    }

    /// <summary>Whether an exception says a finding's computation does not apply to the data (a code or study it names is missing), rather than a fault.</summary>
    internal static bool CannotBeComputed(Exception e) => e is InvalidOperationException or ArgumentException or KeyNotFoundException or IndexOutOfRangeException
        or ArgumentOutOfRangeException or NullReferenceException or DivideByZeroException;

    internal static bool Holds(Finding<ReviewInputs> finding, ReviewInputs inputs) => Evaluate(finding, inputs).Holds;

    /// <summary>A replicate's seed: SplitMix64 of the run's seed, the condition and the replicate, so that neighbouring replicates are unrelated.</summary>
    internal static int SeedOf(int seed, int condition, int replicate)
    {
        var state = unchecked(((ulong)(uint)seed << 32) ^ ((ulong)(uint)condition << 24) ^ (uint)replicate);
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        state = unchecked((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9UL);
        state = unchecked((state ^ (state >> 27)) * 0x94D049BB133111EBUL);
        return (int)(state ^ (state >> 31));
    }
}
