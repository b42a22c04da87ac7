using System.CommandLine;
using System.Globalization;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Robustness;

namespace ReviewKit.Cli;

/// <summary>
/// <c>robustness</c>: for every sentence the notebooks state about the data, whether it holds, how many cell flips overturn
/// it, and in what share of recodings by a simulated second coder (per target alpha) and of bootstrap resamples of the
/// studies it still holds.
/// </summary>
internal static class RobustnessCommand
{
    /// <summary>The most replicates per condition accepted, as for <c>agreement</c>'s bootstrap.</summary>
    public const int MaxSamples = 100_000;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = ReviewKitCommandLine.DataOption();
        var alphas = new Option<double[]>("--alpha")
        {
            Description = "A target pooled Krippendorff's alpha between a simulated second coder and the coding; repeat for several "
                + "(default: 0.667, 0.8 and 0.9). One holds_alpha_<A> column each.",
            HelpName = "A",
            Arity = ArgumentArity.OneOrMore,
            CustomParser = result =>
            {
                var values = new List<double>();
                foreach (var token in result.Tokens)
                {
                    if (!double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var alpha) || !(alpha > 0 && alpha <= 1))
                    {
                        result.AddError($"--alpha takes a number above 0 and at most 1, written with a point, e.g. 0.8; '{VisibleText.Escape(token.Value)}' is not one.");
                        return [];
                    }

                    if (values.Contains(alpha))
                    {
                        result.AddError($"--alpha {VisibleText.Escape(token.Value)} is given twice; give each target once.");
                        return [];
                    }

                    values.Add(alpha);
                }

                return [.. values];
            },
        };
        var samples = ReviewKitCommandLine.WholeNumberOption(
            "--samples",
            $"Replicates per condition (each alpha, and the bootstrap), 1 to {MaxSamples.ToString("N0", CultureInfo.InvariantCulture)}.",
            RobustnessOptions.DefaultSamples,
            1,
            MaxSamples);
        var seed = ReviewKitCommandLine.WholeNumberOption(
            "--seed", "Seed of the replicates; the same seed gives the same shares.", RobustnessOptions.DefaultSeed, int.MinValue, int.MaxValue);
        var format = ReviewKitCommandLine.FormatOption();
        var command = new Command(
            "robustness",
            "How firmly each notebook sentence stands on the data: notebook,finding,holds,value,fragility,fragility_exact,holds_alpha_<A>…,holds_bootstrap "
                + "(shares of replicates in which it holds, 0 to 1).")
        {
            data, alphas, samples, seed, format,
        };
        command.SetAction(parsed =>
        {
            var inputs = Inputs.LoadOrReport(parsed.GetValue(data), stderr);
            if (inputs is null)
            {
                return ExitCodes.DataError;
            }

            var options = new RobustnessOptions
            {
                Alphas = parsed.GetValue(alphas) is { Length: > 0 } given ? given : RobustnessOptions.DefaultAlphas,
                Samples = parsed.GetValue(samples),
                Seed = parsed.GetValue(seed),
            };
            foreach (var alpha in options.Alphas)
            {
                try
                {
                    SimulatedCoder.Calibrate(inputs.Dataset, alpha);
                }
                catch (ArgumentOutOfRangeException e)
                {
                    stderr.WriteLine($"reviewkit: --alpha {alpha.ToString(CultureInfo.InvariantCulture)} cannot be reached: {VisibleText.Escape(FirstLine(e.Message))}");
                    return ExitCodes.Usage;
                }
            }

            var rows = RobustnessAnalysis.Run(inputs, NotebookFindings.All, options);
            var outputFormat = parsed.GetValue(format);
            TableOutput.Write(Table(rows, options), outputFormat, stdout);
            if (outputFormat != OutputFormat.Csv)
            {
                var largest = 0.5 / Math.Sqrt(options.Samples);
                stdout.WriteLine();
                stdout.WriteLine(FormattableString.Invariant(
                    $"Shares are of {Replicates(options.Samples)} per condition; their Monte Carlo standard error √(p(1 − p)/N) is at most {largest:0.000}."));
                stdout.WriteLine(
                    "A fragility marked exact is worked out from the finding's counts; the others are bounds from a search, and a blank one means no flip tried changed the verdict.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One row per finding, in notebook order.</summary>
    internal static ReportTable Table(IReadOnlyList<FindingRobustness> rows, RobustnessOptions options)
    {
        string[] columns =
        [
            "notebook", "finding", "holds", "value", "fragility", "fragility_exact",
            .. options.Alphas.Select(alpha => "holds_alpha_" + alpha.ToString(CultureInfo.InvariantCulture)),
            "holds_bootstrap",
        ];
        var cells = rows.Select(row => (IReadOnlyList<string>)
        [
            row.Finding.Notebook,
            row.Finding.Finding.Id,
            Bool(row.Result.Holds),
            row.Result.Value,
            row.Fragility is { } fragility ? fragility.Flips.ToString(CultureInfo.InvariantCulture) : "",
            row.Fragility is { } known ? Bool(known.Exact) : "",
            .. row.UnderRecoding.Select(Share),
            Share(row.UnderBootstrap),
        ]).ToList();
        var title = FormattableString.Invariant($"Robustness of the notebooks' findings ({Replicates(options.Samples)} per condition, seed {options.Seed})");
        return new ReportTable("robustness", title, columns, cells);
    }

    private static string Replicates(int samples) =>
        samples.ToString("N0", CultureInfo.InvariantCulture) + (samples == 1 ? " replicate" : " replicates");

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Share(HeldShare held) => held.Share.ToString("0.000", CultureInfo.InvariantCulture);

    private static string FirstLine(string message) => message.Split('\n')[0].Split(" (Parameter")[0];
}
