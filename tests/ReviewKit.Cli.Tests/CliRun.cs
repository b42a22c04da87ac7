namespace ReviewKit.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Out, string Error) Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = ReviewKitCommandLine.InvokeAsync(args, stdout, stderr).GetAwaiter().GetResult();
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
