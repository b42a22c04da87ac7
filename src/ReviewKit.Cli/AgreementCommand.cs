using System.CommandLine;
using System.Globalization;
using ReviewKit.Presentation;
using ReviewKit.Reliability;

namespace ReviewKit.Cli;

/// <summary><c>agreement</c>: inter-coder agreement per code and pooled, from two or more coders' files.</summary>
internal static class AgreementCommand
{
    /// <summary>
    /// The most bootstrap samples accepted: 50 times the default, a few minutes on the paper's 36 codes, where the interval's
    /// ends no longer move; more would only let a typo run for hours.
    /// </summary>
    public const int MaxSamples = 100_000;

    private const string BlankCellNote =
        "A blank cell is a statistic that is undefined there: Cohen's kappa needs exactly two coders and Fleiss' kappa more than two; "
        + "a kappa or alpha divides by zero when the coders always chose the same answer for the code (chance agreement is 1), "
        + "and every statistic needs studies that enough coders coded. The note column says why for each code, "
        + "and also marks a code too rare or too common in the sample for kappa and alpha to mean anything.";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var coders = ReviewKitCommandLine.NotEmpty(new Option<string[]>("--coder")
        {
            Description = "A coder's file in the format of codings.csv (study_id,code); repeat for each coder, at least two. "
                + "The studies a coder coded are those named in the file; a study coded with no code is a row with an empty code.",
            HelpName = "FILE",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
        }, "a file name");
        coders.Validators.Add(result =>
        {
            var count = result.Tokens.Count;
            if (count < 2)
            {
                result.AddError($"agreement needs at least two --coder files; {count} given.");
            }
        });
        var samples = ReviewKitCommandLine.WholeNumberOption(
            "--samples", $"Bootstrap samples for the interval of Krippendorff's alpha, 1 to {MaxSamples.ToString("N0", CultureInfo.InvariantCulture)}.", AgreementCoefficients.DefaultBootstrapSamples, 1, MaxSamples);
        var seed = ReviewKitCommandLine.WholeNumberOption(
            "--seed", "Seed of the bootstrap; the same seed gives the same intervals.", AgreementCoefficients.DefaultSeed, int.MinValue, int.MaxValue);
        var data = ReviewKitCommandLine.DataOption();
        var format = ReviewKitCommandLine.FormatOption();
        var command = new Command(
            "agreement",
            "Agreement between coders per code and pooled (ALL): code,units,percent_agreement,cohen_kappa,pabak,fleiss_kappa,alpha,alpha_low,alpha_high,note,gwet_ac1.")
        {
            coders, data, format, samples, seed,
        };
        command.SetAction(parsed =>
        {
            var dataDirectory = parsed.GetValue(data);
            var dataset = ReviewKitCommandLine.LoadOrReport(dataDirectory, stderr);
            if (dataset is null)
            {
                return ExitCodes.DataError;
            }

            var files = parsed.GetValue(coders)!;
            var loaded = ReviewKitCommandLine.LoadOrReport(() => Coder.LoadAll(files, dataset), "the coders' files", stderr);
            if (loaded is null)
            {
                return ExitCodes.DataError;
            }

            var table = Reports.Agreement(Agreement.Compute(dataset, loaded, new AgreementOptions(parsed.GetValue(samples), parsed.GetValue(seed))));
            var outputFormat = parsed.GetValue(format);
            TableOutput.Write(table, outputFormat, stdout);
            if (outputFormat != OutputFormat.Csv && table.Rows.Any(row => row.Where((_, i) => table.Columns[i] != "note").Contains("")))
            {
                stdout.WriteLine(BlankCellNote);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
