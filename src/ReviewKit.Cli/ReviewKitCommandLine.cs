using System.CommandLine;
using System.Globalization;
using ReviewKit.Data;
using ReviewKit.Presentation;

namespace ReviewKit.Cli;

/// <summary>The <c>reviewkit</c> command line: parses arguments, runs a command, returns the exit code.</summary>
internal static class ReviewKitCommandLine
{
    /// <summary>The process's entry: the command line with Ctrl+C and SIGTERM handled (see <see cref="Interruption"/>).</summary>
    public static async Task<int> RunProcessAsync(string[] args)
    {
        using var signals = Interruption.Listen();
        return await InvokeAsync(args, Console.Out, Console.Error, Interruption.Token);
    }

    public static Task<int> InvokeAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        InvokeAsync(args, stdout, stderr, Environment.GetEnvironmentVariable, cancellationToken);

    /// <summary>
    /// The command line with <paramref name="environment"/> in place of the process's variables where a command reads
    /// one of its own (the browser to render figures with), so that a test can set it for one run only.
    /// </summary>
    public static async Task<int> InvokeAsync(
        string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("ReviewKit: reproduce and extend a coding-and-counting systematic review.")
        {
            ValidateCommand(stdout, stderr),
            CountCommand(stdout, stderr),
            ReproduceCommand.Create(stdout, stderr, environment),
            AuditCommand.Create(stdout, stderr),
            AgreementCommand.Create(stdout, stderr),
            CompareCommand.Create(stdout, stderr),
            RobustnessCommand.Create(stdout, stderr),
            ImportStudiesCommand.Create(stdout, stderr),
            ExportQdaCommand.Create(stdout, stderr),
            ImportQdaCommand.Create(stdout, stderr),
            ExportPrismaCommand.Create(stdout, stderr),
            ImportPrismaCommand.Create(stdout, stderr),
            ExportAppsCommand.Create(stdout, stderr),
        };

        if (MaxFileSizeProblem(Environment.GetEnvironmentVariable(CsvTable.MaxFileVariable)) is { } problem)
        {
            await stderr.WriteLineAsync($"reviewkit: {problem}");
            return ExitCodes.Usage;
        }

        // No response files: an argument such as @/etc/passwd is a value, not a file whose lines become arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"reviewkit: {VisibleText.Escape(error.Message)}");
            }

            await stderr.WriteLineAsync("Run 'reviewkit --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            var exitCode = await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, cancellationToken);
            await stdout.FlushAsync(CancellationToken.None); // what was printed before an interruption is still shown
            return exitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reading the data reports its own problems and --out is checked before any work; what reaches here is
            // writing that failed on the way: a full disk, a closed pipe or standard output, a permission taken away.
            await stderr.WriteLineAsync($"reviewkit: cannot write the output: {VisibleText.Escape(e.Message)}");
            return ExitCodes.IOError;
        }
    }

    /// <summary>
    /// Why the value of <see cref="CsvTable.MaxFileVariable"/> cannot be used, or null when it is unset, empty or a whole
    /// number of megabytes from 1: a value that was meant as a limit and silently ignored would leave the default in force.
    /// </summary>
    internal static string? MaxFileSizeProblem(string? value) =>
        string.IsNullOrEmpty(value) || (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes) && megabytes > 0)
            ? null
            : $"{CsvTable.MaxFileVariable} is '{VisibleText.Escape(value)}'; expected a whole number of megabytes, 1 or more, such as 2048 (unset it for the default, {CsvTable.DefaultMaxFileMegabytes.ToString("N0", CultureInfo.InvariantCulture)}).";

    internal static Option<string[]> DataOption(string name = "--data", string? description = null)
    {
        var option = new Option<string[]>(name)
        {
            Description = description
                ?? "Folder holding codebook.csv, studies.csv and codings.csv (default: the paper's dataset, embedded). Give it several times to add layers: later folders add studies, codings and codes.",
            HelpName = "DIR",
            Arity = ArgumentArity.OneOrMore,
        };
        return NotEmpty(option, "a folder name");
    }

    /// <summary>The FILE an import command reads; an empty name (an unset shell variable) is a usage error.</summary>
    internal static Argument<string> InputFile(string command, string description)
    {
        var file = new Argument<string>("FILE") { Description = description };
        file.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError($"{command} needs a file name, and an empty one was given.");
            }
        });
        return file;
    }

    /// <summary>The <c>--out</c> of a command that writes a new layer.</summary>
    internal static Option<string> NewLayerFolder() =>
        NotEmpty(new Option<string>("--out") { Description = "The new layer's folder (must not exist, or be empty).", HelpName = "DIR", Required = true }, "a folder name");

    /// <summary>Makes an empty value of a path option a usage error, e.g. <c>--data ''</c> from an unset shell variable.</summary>
    internal static TOption NotEmpty<TOption>(TOption option, string what)
        where TOption : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError($"{option.Name} needs {what}, and an empty one was given.");
            }
        });
        return option;
    }

    internal static Option<OutputFormat> FormatOption() => new("--format")
    {
        Description = "Output format: table, csv or md.",
        DefaultValueFactory = _ => OutputFormat.Table,
        CustomParser = result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            var format = Enum.GetValues<OutputFormat>().Where(format => string.Equals(format.ToString(), value, StringComparison.OrdinalIgnoreCase)).ToList();
            if (format.Count == 1)
            {
                return format[0];
            }

            result.AddError($"--format takes table, csv or md; '{VisibleText.Escape(value)}' is none of them.");
            return default;
        },
    };

    /// <summary>A whole-number option from <paramref name="min"/> to <paramref name="max"/>, with a message in plain words when the value is not one.</summary>
    internal static Option<int> WholeNumberOption(string name, string description, int defaultValue, int min, int max) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            {
                return number;
            }

            result.AddError($"{name} takes a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}; '{VisibleText.Escape(value)}' is not one.");
            return defaultValue;
        },
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
            Report(e, source, stderr);
            return null;
        }
    }

    /// <summary>Prints each problem as <c>FILE:LINE: message</c> (<c>FILE: message</c> when it concerns the whole file) and a summary.</summary>
    internal static void Report(ReviewDataException e, string source, TextWriter stderr)
    {
        foreach (var problem in e.Problems)
        {
            stderr.WriteLine(problem);
        }

        stderr.WriteLine($"reviewkit: {e.Count.ToString("N0", CultureInfo.InvariantCulture)} problem{(e.Count == 1 ? "" : "s")} in {VisibleText.Escape(source)}; nothing was changed.");
    }

    private static Command ValidateCommand(TextWriter stdout, TextWriter stderr)
    {
        var data = DataOption();
        var command = new Command("validate", "Check the data files, prisma.csv and claims.csv included; list every problem as FILE:LINE: message (exit 65 when there is any).") { data };
        command.SetAction(parsed =>
        {
            var directories = parsed.GetValue(data);
            var inputs = Inputs.LoadOrReport(directories, stderr);
            if (inputs is null)
            {
                return ExitCodes.DataError;
            }

            var dataset = inputs.Dataset;
            stdout.WriteLine($"{(directories is { Length: > 0 } ? VisibleText.Escape(string.Join(" + ", directories)) : "embedded dataset")}: valid ({dataset.Codebook.Count} codes, {dataset.Studies.Count} studies, {dataset.Codings.Count} codings){Inputs.DescribeCheckedFiles(inputs)}.");
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
