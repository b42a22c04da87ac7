using System.CommandLine;

namespace ReviewKit.Cli;

/// <summary><c>agreement</c>: inter-coder agreement per code and pooled, from two or more coders' files.</summary>
internal static class AgreementCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var coders = new Option<string[]>("--coder")
        {
            Description = "A coder's file in the format of codings.csv (study_id,code); repeat for each coder, at least two. "
                + "The studies a coder coded are those named in the file; a study coded with no code is a row with an empty code.",
            HelpName = "FILE",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
        };
        coders.Validators.Add(result =>
        {
            var count = result.Tokens.Count;
            if (count < 2)
            {
                result.AddError($"agreement needs at least two --coder files; {count} given.");
            }
        });
        var samples = new Option<int>("--samples")
        {
            Description = "Bootstrap samples for the interval of Krippendorff's alpha.",
            DefaultValueFactory = _ => Reliability.DefaultBootstrapSamples,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the bootstrap; the same seed gives the same intervals.",
            DefaultValueFactory = _ => Reliability.DefaultSeed,
        };
        var data = ReviewKitCommandLine.DataOption();
        var format = ReviewKitCommandLine.FormatOption();
        var command = new Command(
            "agreement",
            "Agreement between coders per code and pooled (ALL): code,units,percent_agreement,cohen_kappa,pabak,fleiss_kappa,alpha,alpha_low,alpha_high.")
        {
            coders, data, format, samples, seed,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(samples) < 1)
            {
                stderr.WriteLine("reviewkit: --samples must be at least 1.");
                return ExitCodes.Usage;
            }

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

            var rows = Agreement.Compute(dataset, loaded, new AgreementOptions(parsed.GetValue(samples), parsed.GetValue(seed)));
            TableOutput.Write(Reports.Agreement(rows), parsed.GetValue(format), stdout);
            return ExitCodes.Ok;
        });
        return command;
    }
}
