namespace ReviewKit.Cli.Tests.Fuzz;

/// <summary>How a fuzz case runs the command line.</summary>
internal enum FuzzRun
{
    /// <summary>In this process, through <see cref="CliRun"/>: fast, and an escaped exception is caught and reported.</summary>
    InProcess,

    /// <summary>As a process of its own with a bounded heap: for memory, hangs that must be killed, and standard output a shell redirects.</summary>
    Process,
}

/// <summary>
/// One case of the command-line fuzz: the files it makes, the command line it runs and the exit code the README promises
/// for it. Arguments may use <c>{w}</c> for the case's own folder and <c>{data}</c> for the repository's <c>data/</c>.
/// </summary>
/// <param name="Id">A short stable name, e.g. <c>count-csv-label-equals</c>.</param>
/// <param name="Expected">The exit code the README promises: 0, 1, 2, 65, 73 or 74.</param>
/// <param name="Args">The command line, first the command.</param>
internal sealed record FuzzCase(string Id, int Expected, IReadOnlyList<string> Args)
{
    /// <summary>Makes the case's files in its folder before the run.</summary>
    public Action<FuzzWorkspace> Arrange { get; init; } = _ => { };

    /// <summary>A further check of what the run gave, beyond the promises every case is held to.</summary>
    public Action<FuzzOutcome, FuzzWorkspace>? Also { get; init; }

    /// <summary>Text stderr must contain (the message that says what is wrong), or null.</summary>
    public string? ErrorContains { get; init; }

    /// <summary>How the case runs.</summary>
    public FuzzRun Run { get; init; } = FuzzRun.InProcess;

    /// <summary>For <see cref="FuzzRun.Process"/>: a shell redirection of standard output, e.g. <c>&gt;/dev/full</c>.</summary>
    public string? Redirect { get; init; }

    /// <summary>For <see cref="FuzzRun.Process"/>: environment variables set for the run.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The longest the case may take.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The command line as the report shows it.</summary>
    public string Shown => string.Join(" ", Args.Select(arg => arg.Length == 0 ? "''" : arg.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ? $"'{Escape(arg)}'" : Escape(arg)));

    private static string Escape(string text) => string.Concat(text.Select(c => char.IsControl(c) || c > '\u007e' ? $"\\u{(int)c:X4}" : c.ToString()))
        .Replace("\\u000A", "\\n", StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Id;
}

/// <summary>What one run of a case gave.</summary>
internal sealed record FuzzOutcome(int? ExitCode, string Out, string Error, TimeSpan Elapsed, string? Escaped);
