using System.CommandLine;

namespace ReviewKit.Cli;

/// <summary>The <c>reviewkit</c> command line: parses arguments, runs a command, returns the exit code.</summary>
internal static class ReviewKitCommandLine
{
    public static async Task<int> InvokeAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("ReviewKit: reproduce and extend a coding-and-counting systematic review.")
        {
            ValidateCommand(stdout, stderr),
            CountCommand(stdout, stderr),
            ReproduceCommand.Create(stdout, stderr),
            AuditCommand.Create(stdout, stderr),
            AgreementCommand.Create(stdout, stderr),
            CompareCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"reviewkit: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'reviewkit --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellationToken);
    }

    internal static Option<string[]> DataOption(string name = "--data", string? description = null) => new(name)
    {
        Description = description
            ?? "Folder holding codebook.csv, studies.csv and codings.csv (default: the paper's dataset, embedded). Give it several times to add layers: later folders add studies, codings and codes.",
        HelpName = "DIR",
        Arity = ArgumentArity.OneOrMore,
    };

    internal static Option<OutputFormat> FormatOption() => new("--format")
    {
        Description = "Output format: table, csv or md.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>Loads the dataset a command works on, or reports every problem and returns null.</summary>
    internal static ReviewDataset? LoadOrReport(string[]? dataDirectories, TextWriter stderr) =>
        dataDirectories is null || dataDirectories.Length == 0
            ? ReviewDataset.Paper
            : LoadOrReport(() => ReviewDataset.Load(dataDirectories), string.Join(" + ", dataDirectories), stderr);

    /// <summary>Runs a loader; when the data are bad, prints every problem and a summary naming <paramref name="source"/> on stderr and returns null.</summary>
    internal static T? LoadOrReport<T>(Func<T> load, string source, TextWriter stderr)
        where T : class
    {
        try
        {
            return load();
        }
        catch (ReviewDataException e)
        {
            foreach (var problem in e.Problems)
            {
                stderr.WriteLine(problem);
            }

            stderr.WriteLine($"reviewkit: {e.Problems.Count} problem{(e.Problems.Count == 1 ? "" : "s")} in {source}; nothing was changed.");
            return null;
        }
    }

    private static Command ValidateCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = DataOption();
        var command = new Command("validate", "Check the data files; list every problem as FILE:LINE: message (exit 65 when there is any).") { data };
        command.SetAction(parsed =>
        {
            var directories = parsed.GetValue(data);
            var dataset = LoadOrReport(directories, stderr);
            if (dataset is null)
            {
                return ExitCodes.DataError;
            }

            stdout.WriteLine($"{(directories is { Length: > 0 } ? string.Join(" + ", directories) : "embedded dataset")}: valid ({dataset.Codebook.Count} codes, {dataset.Studies.Count} studies, {dataset.Codings.Count} codings).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CountCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = DataOption();
        var format = FormatOption();
        var command = new Command("count", "Count studies per code: code,stakeholder,polarity,label,n,percent.") { data, format };
        command.SetAction(parsed =>
        {
            var dataset = LoadOrReport(parsed.GetValue(data), stderr);
            if (dataset is null)
            {
                return ExitCodes.DataError;
            }

            TableOutput.Write(Reports.CodeFrequencies(dataset), parsed.GetValue(format), stdout);
            return ExitCodes.Ok;
        });
        return command;
    }
}
