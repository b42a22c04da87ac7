using System.Diagnostics;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Prisma;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

/// <summary>
/// Input from a careless or hostile user: special files, broken quoting, markup and control characters in labels,
/// huge files, odd options. Each test names what the command must do instead of crashing, hanging or passing it on.
/// </summary>
public class HostileInputTests
{
    private const string Script = "</script><svg onload=alert(3)><!--";

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>Runs the command line with a time limit, so that a hang fails the test instead of stalling the run.</summary>
    private static (int ExitCode, string Out, string Error) RunBounded(params string[] args)
    {
        var run = Task.Run(() => CliRun.Invoke(args));
        Assert.True(run.Wait(Bound), $"reviewkit {string.Join(" ", args)} did not finish within {Bound.TotalSeconds} s");
        return run.Result;
    }

    private static void AssertNoStackTrace(string error)
    {
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    /// <summary>A layer adding code LO7 with <paramref name="label"/>, coded for study JA01.</summary>
    private static TestData.TempFolder LayerWithLabel(string label) => new TestData.TempFolder()
        .Write(ReviewDataset.CodebookFile, $"code,stakeholder,polarity,label\nLO7,Learners,Opportunity,\"{label.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n")
        .Write(ReviewDataset.CodingsFile, "study_id,code\nJA01,LO7\n");

    private static ReviewDataset DatasetWithLabel(string label) => ReviewDataset.Parse(
        $"code,stakeholder,polarity,label\nLO1,Learners,Opportunity,\"{label.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n",
        "study_id,authors,year\nS1,Smith,2020\n",
        "study_id,code\nS1,LO1\n");

    /// <summary>The page after its head (plotly.js is inline there, and is not ours to check).</summary>
    private static string Body(string html) => html[html.IndexOf("<body>", StringComparison.Ordinal)..];

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    // 1. Script injection

    [Fact]
    public void ToHtml_LabelClosingTheScript_StaysTextInsideTheScript()
    {
        var html = ChartPage.ToHtml(Figures.CodeFrequencies(DatasetWithLabel(Script), Stakeholder.Learners), "codes");

        var body = Body(html);
        Assert.Equal(1, Count(body, "</script>"));
        Assert.DoesNotContain("<svg", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--\"", body, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;svg onload=alert(3)&gt;&lt;!--", body, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_LabelWithPlotlyTags_IsShownAsText()
    {
        var html = ChartPage.ToHtml(Figures.CodeFrequencies(DatasetWithLabel("<a href=\"https://x.org\">go</a>"), Stakeholder.Learners), "codes");

        var body = Body(html);
        Assert.Contains("LO1 &lt;a href=\\\"https://x.org\\\"&gt;go&lt;/a&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapeChartScript_TextClosingTheScript_BecomesAJsonEscape()
    {
        const string Page = "<html><head><script type=\"text/javascript\">plotly</script></head><body><div></div>"
            + "<script type=\"text/javascript\">var data = [\"</script><svg onload=alert(1)><!--\"];</script></body></html>";

        var escaped = ChartPage.EscapeScript(Page);

        Assert.Equal(
            "<html><head><script type=\"text/javascript\">plotly</script></head><body><div></div>"
            + "<script type=\"text/javascript\">var data = [\"\\u003c/script>\\u003csvg onload=alert(1)>\\u003c!--\"];</script></body></html>",
            escaped);
    }

    [Fact]
    public void ToHtml_PrismaSourceClosingTheScript_StaysTextInsideTheScript()
    {
        var flow = PrismaFlow.Parse($"stage,source,n,note\ndatabase_results,\"{Script}\",10,\ntotal_studies,,10,\n");

        var body = Body(ChartPage.ToHtml(Figures.PrismaFlowDiagram(flow), "Fig. 1"));

        Assert.Equal(1, Count(body, "</script>"));
        Assert.DoesNotContain("<svg", body, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_HtmlInACell_IsShownAsText()
    {
        var markdown = Reports.CodeFrequencies(DatasetWithLabel("<script>alert(1)</script><img src=x onerror=alert(2)> & [a](javascript:x)")).ToMarkdown();

        Assert.DoesNotContain("<script", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[a](", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; \\[a\\](javascript:x)", markdown, StringComparison.Ordinal);
    }

    // 2. Formulas in CSV

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Count_FormulaLabel_GetsALeadingQuoteInCsv(string label)
    {
        using var layer = LayerWithLabel(label);

        var (exitCode, output, _) = CliRun.Invoke("count", "--format", "csv", "--data", TestData.DataFolder, "--data", layer.Path);

        Assert.Equal(0, exitCode);
        var row = output[output.IndexOf("\nLO7,", StringComparison.Ordinal)..];
        Assert.StartsWith("\nLO7,Learners,Opportunity,", row, StringComparison.Ordinal);
        var cell = row["\nLO7,Learners,Opportunity,".Length..].TrimStart('"');
        Assert.StartsWith("'", cell, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NegativeDeltas_StayNumbersInCsv()
    {
        var (_, output, _) = CliRun.Invoke("compare", "--with", TestData.DataFolder, "--with", TestData.UpdateLayer, "--format", "csv");

        Assert.Contains("\nLC1,26,43.3333,26,40,-3.3333,14,14\n", output, StringComparison.Ordinal);
    }

    // 3. Special files

    private static List<string> ValidateWithCodings(Action<string> makeCodings, out int exitCode)
    {
        using var copy = new TestData.DataCopy();
        File.Delete(copy.File(ReviewDataset.CodingsFile));
        makeCodings(copy.File(ReviewDataset.CodingsFile));

        var (code, output, error) = RunBounded("validate", "--data", copy.Path);

        exitCode = code;
        Assert.Equal(code == 0, output.Length > 0);
        AssertNoStackTrace(error);
        return error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.Replace(copy.Path + "/", "", StringComparison.Ordinal)).ToList();
    }

    [SkippableTheory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/dev/null")]
    public void Validate_CodingsLinkedToADevice_IsRefusedAtOnce(string device)
    {
        Skip.IfNot(File.Exists(device), $"{device} does not exist here");

        var lines = ValidateWithCodings(path => File.CreateSymbolicLink(path, device), out var exitCode);

        Assert.Equal(65, exitCode);
        Assert.Equal("codings.csv: the file is empty, or is not a regular file (a device or a pipe); expected a CSV file with a header row", lines[0]);
    }

    [SkippableFact]
    public void Validate_CodingsThatIsAFifo_IsRefusedWithoutWaiting()
    {
        Skip.If(OperatingSystem.IsWindows(), "no FIFOs on Windows");
        string? fifo = null;
        try
        {
            var lines = ValidateWithCodings(
                path =>
                {
                    fifo = path;
                    using var mkfifo = Process.Start("mkfifo", path);
                    mkfifo.WaitForExit();
                },
                out var exitCode);

            Assert.Equal(65, exitCode);
            Assert.Equal("codings.csv: the file is empty, or is not a regular file (a device or a pipe); expected a CSV file with a header row", lines[0]);
        }
        finally
        {
            if (fifo is not null && File.Exists(fifo))
            {
                // Should a reader be blocked on the FIFO, a writer lets it go.
                using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None);
            }
        }
    }

    [Fact]
    public void Validate_CodingsThatIsADanglingLink_SaysWhereItLeads()
    {
        var lines = ValidateWithCodings(path => File.CreateSymbolicLink(path, "nowhere.csv"), out var exitCode);

        Assert.Equal(65, exitCode);
        Assert.Equal("codings.csv: is a symbolic link to nowhere.csv, which does not exist; expected a CSV file", lines[0]);
    }

    [Fact]
    public void Validate_CodingsThatIsALinkLoop_SaysSo()
    {
        var lines = ValidateWithCodings(
            path =>
            {
                File.CreateSymbolicLink(path, "other.csv");
                File.CreateSymbolicLink(Path.Combine(Path.GetDirectoryName(path)!, "other.csv"), ReviewDataset.CodingsFile);
            },
            out var exitCode);

        Assert.Equal(65, exitCode);
        Assert.Equal("codings.csv: is a symbolic link to other.csv that leads round in a loop; expected a CSV file", lines[0]);
    }

    [Fact]
    public void Validate_CodingsThatIsALinkToAGoodFile_IsRead()
    {
        var lines = ValidateWithCodings(path => File.CreateSymbolicLink(path, Path.Combine(TestData.DataFolder, ReviewDataset.CodingsFile)), out var exitCode);

        Assert.Equal(0, exitCode);
        Assert.Equal([""], lines);
    }

    [SkippableFact]
    public void Validate_UnreadableCodings_SaysPermissionDenied()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.UserName == "root", "root reads any file; this needs an ordinary user");

        var lines = ValidateWithCodings(
            path =>
            {
                File.WriteAllText(path, "study_id,code\n");
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.None);
                }
            },
            out var exitCode);

        Assert.Equal(65, exitCode);
        Assert.Equal("codings.csv: cannot be read: permission denied", lines[0]);
    }

    [SkippableFact]
    public void Validate_UnreadableDataFolder_SaysPermissionDenied()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.UserName == "root", "root reads any folder; this needs an ordinary user");
        using var copy = new TestData.DataCopy();
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(copy.Path, UnixFileMode.None);
        }

        try
        {
            var (exitCode, _, error) = CliRun.Invoke("validate", "--data", copy.Path);

            Assert.Equal(65, exitCode);
            Assert.StartsWith($"{copy.Path}: the data folder cannot be read: permission denied\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
        finally
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(copy.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    [Fact]
    public void Agreement_CoderThatIsADevice_Exits65NamingIt()
    {
        var (exitCode, _, error) = RunBounded("agreement", "--coder", "/dev/zero", "--coder", Path.Combine(TestData.DataFolder, "examples", "intercoder", "coder-b.csv"));

        Assert.Equal(65, exitCode);
        AssertNoStackTrace(error);
        Assert.StartsWith("/dev/zero: the file is empty, or is not a regular file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_ClaimsThatIsADanglingLink_Exits65NamingIt()
    {
        using var folder = new TestData.TempFolder();
        File.CreateSymbolicLink(folder.File("claims.csv"), "gone.csv");

        var (exitCode, _, error) = RunBounded("audit", "--claims", folder.File("claims.csv"));

        Assert.Equal(65, exitCode);
        AssertNoStackTrace(error);
        Assert.StartsWith($"{folder.File("claims.csv")}: is a symbolic link to gone.csv, which does not exist", error, StringComparison.Ordinal);
    }

    // 4. Bounded memory and a bounded list of problems

    [Fact]
    public void Validate_HalfAMillionDuplicateRows_ListsTheFirstHundredAndCountsTheRest()
    {
        using var copy = new TestData.DataCopy();
        using (var codings = new StreamWriter(copy.File(ReviewDataset.CodingsFile), append: true))
        {
            for (var i = 0; i < 500_000; i++)
            {
                codings.Write("JA01,LO1\n"); // coded on line 2 already
            }
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", copy.Path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal(65, exitCode);
        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(102, lines.Length);
        Assert.EndsWith(": … and 499,900 more problems in this file (only the first 100 are listed)", lines[^2], StringComparison.Ordinal);
        Assert.Equal($"reviewkit: 500,000 problems in {copy.Path}; nothing was changed.", lines[^1]);
        Assert.True(allocated < 300L * 1024 * 1024, $"validate allocated {allocated / (1024 * 1024)} MB for a 4.5 MB file");
    }

    // 7. prisma.csv and claims.csv are validated too

    [Theory]
    [InlineData("prisma.csv", "stage,source,n,note\nrecords_screened,,many,\n", "prisma.csv:2: count 'many' is not a whole number")]
    [InlineData("claims.csv", "claim_id,section,quote,quantity,reported_n,reported_percent\nX1,S,q,code:UC1,55,920\n", "claims.csv:2: reported_percent '920' of claim X1")]
    public void Validate_BrokenPrismaOrClaims_Exits65(string file, string text, string expected)
    {
        using var copy = new TestData.DataCopy();
        copy.Write(file, text);

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", copy.Path);

        Assert.Equal(65, exitCode);
        Assert.StartsWith($"{copy.File(expected)}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("audit")]
    public void PrismaStagePast32Bits_Exit65WithTheLineNotAnOverflow(string command)
    {
        using var copy = new TestData.DataCopy();
        copy.Write("prisma.csv", "stage,source,n,note\ndatabase_results,A,2147483647,\ndatabase_results,B,2147483647,\nnew_studies,,60,\n");

        var (exitCode, _, error) = RunBounded(command, "--data", copy.Path);

        Assert.Equal(65, exitCode);
        AssertNoStackTrace(error);
        Assert.StartsWith($"{copy.File("prisma.csv")}:3: the counts of database_results add up to 4,294,967,294 here; a stage's total can be at most 2,147,483,647\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GoodPrismaAndClaims_SaysTheyWereChecked()
    {
        var (exitCode, output, _) = CliRun.Invoke("validate", "--data", TestData.DataFolder);

        Assert.Equal(0, exitCode);
        Assert.Contains($"and so are {Path.Combine(TestData.DataFolder, "prisma.csv")} and {Path.Combine(TestData.DataFolder, "claims.csv")}.", output, StringComparison.Ordinal);
    }

    // 8. Control characters never reach the terminal

    [Fact]
    public void Count_TableWithControlCharactersInALabel_ShowsThemEscaped()
    {
        using var layer = LayerWithLabel("A\u001B[2J\u001B]0;pwned\u0007\0\u202Egnp.exe");

        var (exitCode, output, _) = CliRun.Invoke("count", "--data", TestData.DataFolder, "--data", layer.Path);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain(output, c => char.IsControl(c) && c != '\n' && c != '\r');
        Assert.DoesNotContain('\u202E', output);
        Assert.Contains("A\\u001B[2J\\u001B]0;pwned\\u0007\\u0000\\u202Egnp.exe", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("md")]
    public void Count_OtherFormatsWithAnEscapeInALabel_ShowItEscaped(string format)
    {
        using var layer = LayerWithLabel("A\u001B[2J");

        var (_, output, _) = CliRun.Invoke("count", "--format", format, "--data", TestData.DataFolder, "--data", layer.Path);

        Assert.DoesNotContain('\u001B', output);
        Assert.Contains("A\\u001B", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EscapeInAnUnknownId_IsEscapedInTheMessage()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA01\u001B[2J,LO1\n");

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", copy.Path);

        Assert.Equal(65, exitCode);
        Assert.DoesNotContain('\u001B', error);
        Assert.Contains("unknown study 'JA01\\u001B[2J'", error, StringComparison.Ordinal);
    }

    // 9. An unterminated quote

    [Fact]
    public void Validate_UnterminatedQuote_IsReportedOnceWhereItOpens()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA01,\"LO1\nJA02,LO1\nJA03,LO1\n");

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", copy.Path);

        Assert.Equal(65, exitCode);
        Assert.Equal(
            $"{copy.File(ReviewDataset.CodingsFile)}:867: a quoted field opens on this line and is never closed, so the rest of the file (to line 869) cannot be read; close the quote with \" or remove it\n"
            + $"reviewkit: 1 problem in {copy.Path}; nothing was changed.\n",
            error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_QuoteClosedLinesLater_NamesBothLinesAndNothingElse()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, "JA01,\"LO1\nJA02,LO1\nJA03,\"LO1\"\n");

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", copy.Path);

        Assert.Equal(65, exitCode);
        Assert.StartsWith(
            $"{copy.File(ReviewDataset.CodingsFile)}:867: malformed quoting: a quoted field opens on this line and its closing quote, on line 869, is not followed by a comma",
            error,
            StringComparison.Ordinal);
        Assert.Equal(2, error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
    }

    // 10. Duplicate header names

    [Theory]
    [InlineData(ReviewDataset.CodingsFile, "study_id,code,code", "'code'")]
    [InlineData(ReviewDataset.StudiesFile, "study_id,authors,year,label,year", "'year'")]
    public void Validate_DuplicateHeaderName_IsReportedOnLine1(string file, string header, string named)
    {
        using var copy = new TestData.DataCopy();
        var lines = File.ReadAllLines(copy.File(file));
        var extra = header.Split(',').Length - lines[0].Split(',').Length;
        File.WriteAllLines(copy.File(file), [header, .. lines.Skip(1).Select(line => line + string.Concat(Enumerable.Repeat(",x", extra)))]);

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", copy.Path);

        Assert.Equal(65, exitCode);
        Assert.StartsWith($"{copy.File(file)}:1: the header names column {named} more than once; give each column once\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    // 11. A newline in a label stays inside its Markdown row

    [Fact]
    public void Count_MarkdownWithANewlineInALabel_KeepsOneLinePerRow()
    {
        using var layer = LayerWithLabel("first line\nsecond | line\r\nthird");

        var (_, output, _) = CliRun.Invoke("count", "--format", "md", "--data", TestData.DataFolder, "--data", layer.Path);

        var rows = output.Split('\n').Where(line => line.StartsWith('|')).ToList();
        Assert.Equal(1 + 1 + 37, rows.Count);
        Assert.Contains("| LO7 | Learners | Opportunity | first line<br>second \\| line<br>third | 1 | 1.6667 |", rows);
    }

    // 12. One layer given twice

    [Theory]
    [InlineData("/")]
    [InlineData("/.")]
    [InlineData("/../data")]
    public void Validate_SameFolderSpelledTwoWays_IsOneProblem(string suffix)
    {
        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", TestData.DataFolder, "--data", TestData.DataFolder + suffix);

        Assert.Equal(65, exitCode);
        Assert.Equal(
            $"{TestData.DataFolder}{suffix}: this data folder is the same folder as {TestData.DataFolder}, given earlier; give each layer once\n"
            + $"reviewkit: 1 problem in {TestData.DataFolder} + {TestData.DataFolder}{suffix}; nothing was changed.\n",
            error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_LinkToALayerGivenAgain_IsOneProblem()
    {
        using var folder = new TestData.TempFolder();
        var link = folder.File("paper");
        Directory.CreateSymbolicLink(link, TestData.DataFolder);

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", TestData.DataFolder, "--data", link);

        Assert.Equal(65, exitCode);
        Assert.StartsWith($"{link}: this data folder is the same folder as {TestData.DataFolder}, given earlier", error, StringComparison.Ordinal);
        Assert.Equal(2, error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Validate_DataThatIsALinkToTheDataFolder_IsValid()
    {
        using var folder = new TestData.TempFolder();
        Directory.CreateSymbolicLink(folder.File("paper"), TestData.DataFolder);

        Assert.Equal(0, CliRun.Invoke("validate", "--data", folder.File("paper")).ExitCode);
    }

    [Theory]
    [InlineData("gone", "is a symbolic link to gone, which does not exist; expected a data folder")]
    [InlineData("loop", "is a symbolic link to loop that leads round in a loop; expected a data folder")]
    public void Validate_DataThatIsABrokenLink_SaysWhy(string target, string expected)
    {
        using var folder = new TestData.TempFolder();
        Directory.CreateSymbolicLink(folder.File("loop"), target);

        var (exitCode, _, error) = RunBounded("validate", "--data", folder.File("loop"));

        Assert.Equal(65, exitCode);
        Assert.StartsWith($"{folder.File("loop")}: {expected}\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LayerFileLinkedToAnEarlierLayersFile_IsOneProblem()
    {
        using var layer = new TestData.TempFolder();
        File.CreateSymbolicLink(layer.File(ReviewDataset.CodingsFile), Path.Combine(TestData.DataFolder, ReviewDataset.CodingsFile));

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", TestData.DataFolder, "--data", layer.Path);

        Assert.Equal(65, exitCode);
        Assert.StartsWith(
            $"{layer.File(ReviewDataset.CodingsFile)}: is the same file as {Path.Combine(TestData.DataFolder, ReviewDataset.CodingsFile)}, read in an earlier layer",
            error,
            StringComparison.Ordinal);
        Assert.Equal(2, error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
    }

    // 13. A full disk

    /// <summary>Standard output that fails as a full disk (<c>&gt; /dev/full</c>) or a closed descriptor (<c>&gt;&amp;-</c>) does.</summary>
    private sealed class FailingOutput(Exception failure) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw failure;
    }

    [Fact]
    public async Task Count_OutputToAFullDisk_Exits74WithAMessage()
    {
        var stderr = new StringWriter();

        var exitCode = await ReviewKit.Cli.ReviewKitCommandLine.InvokeAsync(["count", "--format", "csv"], new FailingOutput(new IOException("No space left on device")), stderr);

        Assert.Equal(74, exitCode);
        Assert.Equal("reviewkit: cannot write the output: No space left on device\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Count_OutputClosed_Exits74WithAMessage()
    {
        var stderr = new StringWriter();

        var exitCode = await ReviewKit.Cli.ReviewKitCommandLine.InvokeAsync(["count"], new FailingOutput(new UnauthorizedAccessException("Access to the path is denied.")), stderr);

        Assert.Equal(74, exitCode);
        Assert.Equal("reviewkit: cannot write the output: Access to the path is denied.\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    // 14 and 15. Options: bounds and messages in plain words

    [Theory]
    [InlineData("2000000000", "--samples takes a whole number from 1 to 100,000; '2000000000' is not one.")]
    [InlineData("0", "--samples takes a whole number from 1 to 100,000; '0' is not one.")]
    [InlineData("many", "--samples takes a whole number from 1 to 100,000; 'many' is not one.")]
    public void Agreement_SamplesOutOfBounds_IsAUsageError(string samples, string expected)
    {
        var coder = Path.Combine(TestData.DataFolder, "examples", "intercoder", "coder-b.csv");

        var (exitCode, _, error) = RunBounded("agreement", "--coder", coder, "--coder", coder, "--samples", samples);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"reviewkit: {expected}\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("1")]
    [InlineData("")]
    public void Count_UnknownFormat_SaysWhichFormatsThereAre(string format)
    {
        var (exitCode, _, error) = CliRun.Invoke("count", "--format", format);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"reviewkit: --format takes table, csv or md; '{format}' is none of them.\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Count_FormatInCapitals_IsAccepted()
    {
        Assert.Equal(0, CliRun.Invoke("count", "--format", "CSV").ExitCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Validate_EmptyDataFolderName_IsAUsageError(string name)
    {
        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", name);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("reviewkit: --data needs a folder name, and an empty one was given.\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("audit", "--claims", "a file name")]
    [InlineData("agreement", "--coder", "a file name")]
    [InlineData("compare", "--with", "a folder name")]
    [InlineData("compare", "--base", "a folder name")]
    [InlineData("reproduce", "--out", "a folder name")]
    [InlineData("reproduce", "--notebooks", "a folder name")]
    public void Command_EmptyPath_IsAUsageError(string command, string option, string what)
    {
        string[] args = command == "agreement" ? [command, option, "", option, ""] : command == "compare" && option == "--base" ? [command, "--with", "data", option, ""] : [command, option, ""];

        var (exitCode, _, error) = CliRun.Invoke(args);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"reviewkit: {option} needs {what}, and an empty one was given.\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DataThatIsAFile_SaysItIsAFileAndNamesItsFolder()
    {
        var file = Path.Combine(TestData.DataFolder, ReviewDataset.CodingsFile);

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", file);

        Assert.Equal(65, exitCode);
        Assert.StartsWith(
            $"{file}: is a file, not a folder; a data folder holds codebook.csv, studies.csv and codings.csv (give its folder: {TestData.DataFolder})\n",
            error.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JA01\u200B", "U+200B")]
    [InlineData("JA01\u00A0x", "U+00A0")]
    [InlineData("\uFEFFJA01", "U+FEFF")]
    public void Validate_InvisibleCharacterInAnId_GetsAHint(string id, string named)
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.CodingsFile, $"{id},LO1\n");

        var (_, _, error) = CliRun.Invoke("validate", "--data", copy.Path);

        Assert.Contains($"(it contains the invisible character {named}: retype the identifier)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement_ThreeCodersAsATable_SaysWhyCellsAreBlank()
    {
        var folder = Path.Combine(TestData.DataFolder, "examples", "intercoder");

        var (exitCode, output, _) = RunBounded("agreement", "--coder", Path.Combine(folder, "coder-b.csv"), "--coder", Path.Combine(folder, "coder-c.csv"), "--coder", Path.Combine(folder, "coder-b.csv"), "--samples", "10");

        Assert.Equal(0, exitCode);
        Assert.Contains("A blank cell is a statistic that is undefined there: Cohen's kappa needs exactly two coders", output, StringComparison.Ordinal);
    }
}
