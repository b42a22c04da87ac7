using System.Diagnostics;

namespace ReviewKit.Cli.Tests.Fuzz;

/// <summary>Runs a case as a process of its own: <c>dotnet ReviewKit.Cli.dll</c> through <c>sh</c>, with a bounded heap.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class FuzzProcess
{
    /// <summary>The heap a run may take: a runaway allocation ends in an out-of-memory crash, which the promises catch.</summary>
    public const string HeapLimit = "0x20000000"; // 512 MiB

    private static readonly string CommandLine = Path.Combine(AppContext.BaseDirectory, "ReviewKit.Cli.dll");

    public static FuzzOutcome Run(FuzzCase fuzzCase, string[] args, FuzzWorkspace workspace)
    {
        var start = new ProcessStartInfo("sh")
        {
            RedirectStandardOutput = fuzzCase.Redirect is null,
            RedirectStandardError = true,
            WorkingDirectory = workspace.Root,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet \"$0\" \"$@\" {fuzzCase.Redirect}");
        start.ArgumentList.Add(CommandLine);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit;
        start.Environment["DOTNET_TieredPGO"] = "0";
        foreach (var (name, value) in fuzzCase.Environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = fuzzCase.Redirect is null ? process.StandardOutput.ReadToEndAsync() : Task.FromResult("");
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(fuzzCase.TimeLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new FuzzOutcome(null, "", "", clock.Elapsed, null);
        }

        process.WaitForExit();
        var elapsed = clock.Elapsed;
        return new FuzzOutcome(process.ExitCode, output.Result, error.Result, elapsed, null);
    }
}
