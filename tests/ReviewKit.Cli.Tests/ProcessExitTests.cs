using System.Diagnostics;
using System.Text.Json.Nodes;
using ReviewKit.Cli.Export;

namespace ReviewKit.Cli.Tests;

[CollectionDefinition(nameof(ProcessExitTests), DisableParallelization = true)]
public sealed class ProcessExitCollection;

/// <summary>
/// The command line as a process of its own, for what only a process shows: its exit code after a signal or after a
/// notebook cell ends it, the processes and temporary folders it leaves, and what it reads from its environment.
/// </summary>
[Collection(nameof(ProcessExitTests))]
public sealed class ProcessExitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reviewkit-process-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Notebooks => Path.Combine(_folder, "notebooks");

    private string Out => Path.Combine(_folder, "out");

    /// <summary>The folder the process is given as TMPDIR, so that what it leaves there can be seen.</summary>
    private string Temporary => Path.Combine(_folder, "tmp");

    /// <summary>Sends a POSIX signal with kill(1); true when it was sent.</summary>
    private static bool Kill(int processId, int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return kill.ExitCode == 0;
    }

    private void WriteNotebook(string name, string code)
    {
        Directory.CreateDirectory(Notebooks);
        var notebook = new JsonObject
        {
            ["cells"] = new JsonArray(new JsonObject
            {
                ["cell_type"] = "code",
                ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
                ["outputs"] = new JsonArray(),
                ["source"] = code,
            }),
            ["metadata"] = new JsonObject(),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        File.WriteAllText(Path.Combine(Notebooks, name), notebook.ToJsonString());
    }

    /// <summary>Starts <c>reviewkit</c> (the built ReviewKit.Cli.dll beside the tests) with its output redirected.</summary>
    private Process Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        Directory.CreateDirectory(Temporary);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReviewKit.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TMPDIR"] = Temporary;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    private static (int ExitCode, string Out, string Error) WaitForEnd(Process process, Task<string> output, Task<string> error, TimeSpan bound)
    {
        if (!process.WaitForExit(bound))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"reviewkit did not end within {bound.TotalSeconds} s");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The processes whose command line mentions <paramref name="text"/> (Linux: read from /proc).</summary>
    private static List<int> ProcessesMentioning(string text) =>
        Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Where(name =>
            {
                try
                {
                    return File.ReadAllText($"/proc/{name}/cmdline").Contains(text, StringComparison.Ordinal);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return false; // ended meanwhile
                }
            })
            .Select(name => int.Parse(name!, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    [SkippableTheory]
    [InlineData(15, 143)]
    [InlineData(2, 130)]
    public void Reproduce_SignalDuringARunWithChromium_LeavesNoBrowserNoTemporaryFolderAndSaysWhatItDidNotWrite(int signal, int expectedExitCode)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "reads /proc and sends POSIX signals");
        Skip.If(BrowserLocator.Find() is null, "No Chromium, Chrome or Edge on this machine (install the Debian package chromium); CI installs it.");
        WriteNotebook("a.ipynb", "System.Threading.Thread.Sleep(120_000);");

        using var process = Start(null, "reproduce", "--notebooks", Notebooks, "--out", Out);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var browserRunning = Stopwatch.StartNew();
        while (ProcessesMentioning(Temporary).Count == 0 && browserRunning.Elapsed < TimeSpan.FromSeconds(90) && !process.HasExited)
        {
            Thread.Sleep(200);
        }

        Assert.True(ProcessesMentioning(Temporary).Count > 0, process.HasExited ? $"ended before a browser started: {error.Result}" : "no browser started"); // its profile is in TMPDIR
        Thread.Sleep(1000);
        Assert.True(Kill(process.Id, signal));
        var (exitCode, _, stderr) = WaitForEnd(process, output, error, TimeSpan.FromSeconds(60));

        Assert.Equal(expectedExitCode, exitCode);
        Assert.Contains("reviewkit: interrupted; not written: 1 of 1 executed notebooks (a.ipynb); the tables", stderr, StringComparison.Ordinal);
        Assert.Empty(ProcessesMentioning(Temporary));
        var left = Directory.GetFileSystemEntries(Temporary, "reviewkit-chromium-*").SelectMany(folder => Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Prepend(folder)).ToList();
        Assert.True(left.Count == 0, $"a browser profile is left: {string.Join(", ", left.Take(20))}; stderr: {stderr}");
        Assert.Empty(Directory.GetFiles(Out, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Reproduce_CellCallingEnvironmentExit_Exits1NamingTheNotebookAndCell()
    {
        WriteNotebook("a.ipynb", "System.Environment.Exit(0);");

        using var process = Start(null, "reproduce", "--notebooks", Notebooks, "--out", Out, "--no-images");
        var (exitCode, _, stderr) = WaitForEnd(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), TimeSpan.FromSeconds(120));

        Assert.Equal(1, exitCode);
        Assert.Contains("reviewkit: a.ipynb: cell 1 ended the process (Environment.Exit) before reproduce finished, so the run failed; not written: 1 of 1 executed notebooks (a.ipynb)", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    public void AnyCommand_MaxFileSizeThatIsNotAWholeNumber_Exits2Saying(string value)
    {
        using var process = Start(new Dictionary<string, string> { ["REVIEWKIT_MAX_FILE_MB"] = value }, "validate");
        var (exitCode, stdout, stderr) = WaitForEnd(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync(), TimeSpan.FromSeconds(60));

        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.StartsWith($"reviewkit: REVIEWKIT_MAX_FILE_MB is '{value}'; expected a whole number of megabytes, 1 or more", stderr, StringComparison.Ordinal);
    }
}
