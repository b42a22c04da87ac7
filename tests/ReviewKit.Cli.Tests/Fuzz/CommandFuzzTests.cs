using System.Globalization;

namespace ReviewKit.Cli.Tests.Fuzz;

/// <summary>
/// Runs every case of <see cref="CommandFuzzCases"/> and holds it to the README's promises (<see cref="FuzzPromises"/>).
/// Set <c>REVIEWKIT_FUZZ_REPORT</c> to a file name to get one tab-separated row per case: id, command, expected,
/// observed, time, verdict.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CommandFuzzTests
{
    private static readonly Lock ReportLock = new();

    private static readonly string[] Commands =
        ["reproduce", "validate", "count", "audit", "compare", "import-studies", "export-qda", "import-qda", "agreement", "robustness", "export-apps"];

    public static TheoryData<string> Cases => [.. CommandFuzzCases.All.Select(fuzzCase => fuzzCase.Id)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_KeepsEveryPromise(string id)
    {
        var fuzzCase = CommandFuzzCases.All.Single(candidate => candidate.Id == id);
        if (fuzzCase.Shown.Contains("ro/", StringComparison.Ordinal) && Environment.UserName == "root")
        {
            Report(fuzzCase, [], null, "not run: root writes into a read-only folder");
            return;
        }

        var (broken, outcome) = FuzzPromises.Check(fuzzCase);
        Report(fuzzCase, broken, outcome, broken.Count == 0 ? "pass" : "FAIL");
        Assert.True(broken.Count == 0, $"{id}: reviewkit {fuzzCase.Shown}\n  " + string.Join("\n  ", broken));
    }

    [Fact]
    public void Catalogue_CoversEveryCommandWithUniqueIds()
    {
        var ids = CommandFuzzCases.All.Select(fuzzCase => fuzzCase.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.True(ids.Count >= 200, $"{ids.Count} cases");
        Assert.All(Commands, command => Assert.Contains(CommandFuzzCases.All, fuzzCase => fuzzCase.Args.Count > 0 && fuzzCase.Args[0] == command));
    }

    [Fact]
    public void CsvProblems_FormulaCellAndRawControl_AreFoundAndNumbersAreNot()
    {
        Assert.Empty(SpreadsheetCells.Problems("t", "a,b\n-3.5,'=x\n\"'@y\",z\n"));
        Assert.Single(SpreadsheetCells.Problems("t", "a,b\n1,\"=HYPERLINK(\"\"x\"\")\"\n"));
        Assert.Single(SpreadsheetCells.Problems("t", "a,b\n1,-x\n"));
        Assert.Single(SpreadsheetCells.Problems("t", "a,b\n1,x\u001by\n"));
    }

    private static void Report(FuzzCase fuzzCase, IReadOnlyList<string> broken, FuzzOutcome? outcome, string verdict)
    {
        if (Environment.GetEnvironmentVariable("REVIEWKIT_FUZZ_REPORT") is not { Length: > 0 } file)
        {
            return;
        }

        var observed = outcome is null ? "-" : outcome.ExitCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : outcome.Escaped is null ? "timeout" : "exception";
        var time = outcome is null ? "-" : outcome.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var shown = fuzzCase.Shown.Length > 110 ? fuzzCase.Shown[..110] + "…" : fuzzCase.Shown;
        var row = string.Join('\t', fuzzCase.Id, shown, fuzzCase.Expected.ToString(CultureInfo.InvariantCulture), observed, time, verdict, string.Join("; ", broken).ReplaceLineEndings(" "),
            outcome is null ? "" : Data.VisibleText.Escape(outcome.Error.Length > 300 ? outcome.Error[..300] : outcome.Error));
        lock (ReportLock)
        {
            File.AppendAllText(file, row + "\n");
        }
    }
}
