namespace ReviewKit.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Out, string Error) Invoke(params string[] args) => Invoke(Environment.GetEnvironmentVariable, args);

    /// <summary>
    /// Runs with <paramref name="environment"/> in place of the process's variables where a command reads one of its own:
    /// a variable set for one run, not for every test running beside it.
    /// </summary>
    public static (int ExitCode, string Out, string Error) Invoke(Func<string, string?> environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = ReviewKitCommandLine.InvokeAsync(args, stdout, stderr, environment).GetAwaiter().GetResult();
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
