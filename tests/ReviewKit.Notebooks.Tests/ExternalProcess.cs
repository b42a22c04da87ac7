using System.Diagnostics;

namespace ReviewKit.Notebooks.Tests;

/// <summary>Runs a program to its end and keeps what it printed.</summary>
public sealed record ExternalProcess(int ExitCode, string Output, TimeSpan Elapsed)
{
    public static ExternalProcess Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in time.");
        }

        return new ExternalProcess(process.ExitCode, output.Result + error.Result, stopwatch.Elapsed);
    }

    /// <summary>Whether the program can be started at all (it is on the PATH).</summary>
    public static bool CanStart(string program, params string[] arguments)
    {
        try
        {
            return Run(program, arguments, Directory.GetCurrentDirectory(), timeout: TimeSpan.FromMinutes(1)).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
