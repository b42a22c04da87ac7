using System.Text.RegularExpressions;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests.Fuzz;

/// <summary>
/// The README's promises, checked the same way for every case: the documented exit code, no stack trace, an error that
/// says what is wrong, nothing written into a data folder or beside the output, no half-written output, formula-leading
/// CSV cells and control characters neutralised, and a bounded time.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static partial class FuzzPromises
{
    private static readonly int[] DocumentedExitCodes = [0, 1, 2, 65, 73, 74];

    private static readonly string[] DataOptions = ["--data", "--base", "--with"];

    /// <summary>Commands that write their whole output at once, or nothing.</summary>
    private static readonly string[] AtomicCommands = ["import-studies", "import-qda", "export-qda"];

    /// <summary>Runs the case and returns every promise it broke (empty when it kept them all) and what it gave.</summary>
    public static (IReadOnlyList<string> Broken, FuzzOutcome Outcome) Check(FuzzCase fuzzCase)
    {
        using var workspace = new FuzzWorkspace();
        fuzzCase.Arrange(workspace);
        var args = fuzzCase.Args.Select(arg => arg.Replace("{w}", workspace.Root, StringComparison.Ordinal).Replace("{data}", TestData.DataFolder, StringComparison.Ordinal)).ToArray();
        var outputs = ValuesOf(args, "--out").Select(Full).ToList();
        if (args.Length > 0 && args[0] == "export-apps" && !args.Contains("--out") && ValuesOf(args, "--notebooks").FirstOrDefault() is { } notebooks)
        {
            outputs.Add(Full(Path.Combine(notebooks, "apps")));
        }

        var dataFolders = DataOptions.SelectMany(option => ValuesOf(args, option)).Select(Full).Distinct().ToList();
        var outsideData = dataFolders.Where(Directory.Exists).Where(folder => !IsUnder(folder, workspace.Root) && !IsUnder(folder, "/proc") && !IsUnder(folder, "/dev")).ToList();
        var before = FuzzWorkspace.Snapshot(workspace.Root);
        var beforeOutside = outsideData.ToDictionary(folder => folder, FuzzWorkspace.Snapshot);

        var outcome = fuzzCase.Run == FuzzRun.Process ? FuzzProcess.Run(fuzzCase, args, workspace) : RunInProcess(fuzzCase, args, workspace);

        var broken = new List<string>();
        if (outcome.Escaped is { } escaped)
        {
            broken.Add($"an exception escaped: {escaped}");
        }

        if (outcome.ExitCode is not { } exitCode)
        {
            if (outcome.Escaped is null)
            {
                broken.Add($"did not finish within {fuzzCase.TimeLimit.TotalSeconds:0} s");
            }
        }
        else
        {
            if (!DocumentedExitCodes.Contains(exitCode))
            {
                broken.Add($"exit code {exitCode} is not one the README documents");
            }
            else if (exitCode != fuzzCase.Expected)
            {
                broken.Add($"exit code {exitCode}, the README promises {fuzzCase.Expected}");
            }

            if (exitCode != 0 && outcome.Error.Trim().Length == 0)
            {
                broken.Add("failed without a word on stderr");
            }
        }

        broken.AddRange(StackTraces(outcome));
        broken.AddRange(ErrorLines(outcome.Error));
        var csvOut = args.Length > 0 && LastValue(args, "--format") is { } format && format.Equals("csv", StringComparison.OrdinalIgnoreCase);
        broken.AddRange(csvOut ? SpreadsheetCells.Problems("stdout", outcome.Out) : TerminalProblems("stdout", outcome.Out));
        broken.AddRange(TerminalProblems("stderr", outcome.Error));
        broken.AddRange(Writes(before, FuzzWorkspace.Snapshot(workspace.Root), dataFolders, outputs, outcome.ExitCode is 0 || args.Length == 0 || !AtomicCommands.Contains(args[0])));
        foreach (var (folder, snapshot) in beforeOutside)
        {
            if (!Same(snapshot, FuzzWorkspace.Snapshot(folder)))
            {
                broken.Add($"the data folder {folder} changed");
            }
        }

        broken.AddRange(OutputFiles(outputs));
        if (fuzzCase.ErrorContains is { } expected && !outcome.Error.Contains(expected.Replace("{w}", workspace.Root, StringComparison.Ordinal), StringComparison.Ordinal))
        {
            broken.Add($"stderr does not say '{expected}'");
        }

        if (broken.Count == 0 && fuzzCase.Also is { } also)
        {
            try
            {
                also(outcome, workspace);
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or InvalidOperationException or IOException)
            {
                broken.Add("case check: " + e.Message.ReplaceLineEndings(" "));
            }
        }

        return (broken, outcome);
    }

    private static FuzzOutcome RunInProcess(FuzzCase fuzzCase, string[] args, FuzzWorkspace workspace)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = Task.Factory.StartNew(() => CliRun.Invoke(args), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var finished = Finished(run, fuzzCase.TimeLimit) || Release(run, workspace);
        if (!finished)
        {
            return new FuzzOutcome(null, "", "", clock.Elapsed, null);
        }

        var elapsed = clock.Elapsed;
        if (run.Exception?.GetBaseException() is { } exception)
        {
            return new FuzzOutcome(null, "", "", elapsed, $"{exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}");
        }

        var (exitCode, output, error) = run.Result;
        return new FuzzOutcome(exitCode, output, error, elapsed, null);
    }

    /// <summary>Whether the run ended within the limit, with or without an exception.</summary>
    private static bool Finished(Task run, TimeSpan limit)
    {
        try
        {
            return run.Wait(limit);
        }
        catch (AggregateException)
        {
            return true;
        }
    }

    /// <summary>After a time-out, frees a run blocked on one of the case's FIFOs; false, since the case did not finish in time.</summary>
    private static bool Release(Task run, FuzzWorkspace workspace)
    {
        workspace.ReleaseFifos();
        Finished(run, TimeSpan.FromSeconds(5));
        return false;
    }

    private static IEnumerable<string> StackTraces(FuzzOutcome outcome)
    {
        foreach (var (name, text) in new[] { ("stderr", outcome.Error), ("stdout", outcome.Out) })
        {
            if (text.Contains("   at ", StringComparison.Ordinal) || ExceptionName().IsMatch(text))
            {
                yield return $"{name} shows an exception or a stack trace: {FirstLine(ExceptionName().Match(text) is { Success: true } m ? text[m.Index..] : text)}";
            }
        }
    }

    /// <summary>Each line of stderr is the tool's one-line message, or a data problem as FILE:LINE: message or FILE: message.</summary>
    private static IEnumerable<string> ErrorLines(string error)
    {
        foreach (var line in error.ReplaceLineEndings("\n").Split('\n').Where(line => line.Length > 0))
        {
            if (!MessageLine().IsMatch(line))
            {
                yield return $"stderr line is neither 'reviewkit: message' nor 'FILE:LINE: message': {Shorten(line)}";
                yield break;
            }
        }
    }

    /// <summary>Text for a terminal: no control character but a line break, no invisible or direction-changing character.</summary>
    private static IEnumerable<string> TerminalProblems(string name, string text)
    {
        var bad = text.FirstOrDefault(c => (char.IsControl(c) && c != '\n') || IsInvisible(c));
        if (bad != default)
        {
            yield return $"{name} holds the raw character U+{(int)bad:X4}";
        }
    }

    private static bool IsInvisible(char c) => c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029' or '\uFEFF';

    /// <summary>
    /// What the run wrote: nothing but under its outputs; every earlier entry elsewhere as it was; no hidden temporary
    /// file left anywhere; and, when it failed and <paramref name="mayWriteOnFailure"/> is false, its outputs as they were.
    /// </summary>
    private static IEnumerable<string> Writes(
        Dictionary<string, string> before, Dictionary<string, string> after, List<string> dataFolders, List<string> outputs, bool mayWriteOnFailure)
    {
        var changed = before.Keys.Union(after.Keys).Where(path => before.GetValueOrDefault(path) != after.GetValueOrDefault(path));
        if (changed.FirstOrDefault(path => dataFolders.Any(folder => IsUnder(path, folder) && path != folder)) is { } intoData)
        {
            yield return $"wrote into a data folder: {intoData}";
            yield break;
        }

        foreach (var (path, kind) in before)
        {
            var isOutput = outputs.Any(output => IsUnder(path, output));
            if (!after.TryGetValue(path, out var now))
            {
                if (!isOutput)
                {
                    yield return $"removed {path}";
                }
            }
            else if (now != kind && (!isOutput || !mayWriteOnFailure))
            {
                yield return $"changed {path}";
            }
        }

        foreach (var path in after.Keys.Where(path => !before.ContainsKey(path)))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith(".reviewkit-", StringComparison.Ordinal) || (name.StartsWith('.') && name.EndsWith(".tmp", StringComparison.Ordinal)))
            {
                yield return $"left a temporary entry behind: {path}";
            }
            else if (!outputs.Any(output => IsUnder(path, output) || IsUnder(output, path)))
            {
                yield return $"wrote outside its output: {path}";
            }
            else if (!mayWriteOnFailure)
            {
                yield return $"failed but wrote {path}";
            }
        }
    }

    /// <summary>The files under the outputs that keep promises by their kind: CSV guarded, Markdown and text inert.</summary>
    private static IEnumerable<string> OutputFiles(IEnumerable<string> outputs)
    {
        foreach (var output in outputs)
        {
            var files = File.Exists(output) ? [output]
                : Directory.Exists(output) && new DirectoryInfo(output).LinkTarget is null ? Directory.GetFiles(output, "*", SearchOption.AllDirectories)
                : [];
            foreach (var file in files.Where(file => new FileInfo(file).Length is > 0 and < 50_000_000))
            {
                var problems = Path.GetExtension(file) switch
                {
                    ".csv" => SpreadsheetCells.Problems(file, File.ReadAllText(file)),
                    ".md" => TerminalProblems(file, File.ReadAllText(file)),
                    _ => [],
                };
                foreach (var problem in problems)
                {
                    yield return problem;
                }
            }
        }
    }

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) => a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);

    private static IEnumerable<string> ValuesOf(string[] args, string option)
    {
        for (var i = 1; i < args.Length - 1; i++)
        {
            if (args[i] == option && args[i + 1].Length > 0 && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                yield return args[i + 1];
            }
        }
    }

    private static string? LastValue(string[] args, string option) => ValuesOf(args, option).LastOrDefault();

    private static string Full(string path)
    {
        try
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return path;
        }
    }

    private static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith('/') ? folder : folder + "/", StringComparison.Ordinal);

    private static string FirstLine(string text) => Shorten(text.ReplaceLineEndings("\n").Split('\n')[0]);

    private static string Shorten(string text) =>
        (text.Length > 160 ? text[..160] + "…" : text).Replace("\t", "\\t", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*Exception\b")]
    private static partial Regex ExceptionName();

    [GeneratedRegex(@"^(reviewkit: \S.*|Run 'reviewkit --help' for usage\.|\S.*?:(\d+:)? \S.*)$")]
    private static partial Regex MessageLine();
}
