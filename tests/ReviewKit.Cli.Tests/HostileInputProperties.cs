using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReviewKit.Audit;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Prisma;
using ReviewKit.Reliability;
using TestData = ReviewKit.Tests.Shared.TestData;

namespace ReviewKit.Cli.Tests;

/// <summary>
/// Generated hostile input: any bytes in any data file load or give located problems, quickly, in bounded memory and with a bounded list;
/// any text in any field comes out of CSV, Markdown, HTML and the terminal inert.
/// </summary>
public class HostileInputProperties
{
    /// <summary>Characters that have broken parsers, spreadsheets, browsers or terminals before.</summary>
    private static readonly char[] Hostile =
    [
        '"', ',', ';', '\r', '\n', '\t', '\0', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B', '=', '+', '-', '@', '<', '>', '&', '|', '\\', '[', ']', '`', '\'',
        '\u200B', '\u200E', '\u202E', '\u2066', '\u2028', '\u2029', '\uFEFF', '\u00A0', 'a', 'Z', '0', '9', ' ', '/', '!', '(', ')', '\uD83D', '\uDE00',
    ];

    private static readonly string[] Fragments =
    [
        "</script>", "</SCRIPT >", "<!--", "-->", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0",
        "@SUM(1)", "-2+3", "\u001B[2J", "\u001B]0;title\u0007", "[x](javascript:alert(1))", "&lt;", "\\|", "| --- |", "\r\n", "\"\"", "JA01", "LO1",
    ];

    private static readonly string[] FileNames = [ReviewDataset.CodebookFile, ReviewDataset.StudiesFile, ReviewDataset.CodingsFile];

    private static Gen<string> HostileText() =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Where(text => text is not null),
            Gen.ArrayOf(Gen.Elements(Hostile)).Select(chars => new string(chars)),
            Gen.ArrayOf(Gen.Elements(Fragments)).Select(string.Concat),
            Gen.Zip(Gen.Elements(Fragments), Gen.ArrayOf(Gen.Elements(Hostile))).Select(pair => pair.Item1 + new string(pair.Item2)));

    /// <summary>A valid file of the small dataset with random edits: inserted hostile text, deleted or repeated spans.</summary>
    private static Gen<byte[]> MutatedFile(int file) =>
        Gen.ListOf(Gen.Zip(Gen.Zip(Gen.Choose(0, 1000), Gen.Choose(0, 2)), HostileText(), (place, inserted) => (Position: place.Item1, Kind: place.Item2, Text: inserted)))
            .Select(edits =>
            {
                var text = new StringBuilder(new[] { TestData.Codebook, TestData.Studies, TestData.Codings }[file]);
                foreach (var (position, kind, inserted) in edits)
                {
                    var at = position % (text.Length + 1);
                    _ = kind switch
                    {
                        0 => text.Insert(at, inserted),
                        1 => text.Remove(at, Math.Min(inserted.Length, text.Length - at)),
                        _ => text.Insert(at, text.ToString(at, Math.Min(40, text.Length - at))),
                    };
                }

                return Encoding.UTF8.GetBytes(text.ToString());
            });

    public static Arbitrary<(int File, byte[] Bytes)> HostileFile() =>
        Gen.Choose(0, 2).SelectMany(file => Gen.OneOf(
                ArbMap.Default.GeneratorFor<byte[]>(),
                HostileText().Select(Encoding.UTF8.GetBytes),
                MutatedFile(file),
                Gen.ArrayOf(Gen.Elements<byte>(0x00, 0xFF, 0xC3, 0x80, 0xEF, 0xBB, 0xBF, 0x22, 0x2C, 0x0A, 0x0D)))
            .Select(bytes => (file, bytes)))
        .ToArbitrary();

    public static Arbitrary<string> AnyText() => HostileText().ToArbitrary();

    [Property(Arbitrary = [typeof(HostileInputProperties)], MaxTest = 300)]
    public void Load_HostileBytesInADataFile_LoadsOrGivesLocatedProblemsQuickly((int File, byte[] Bytes) content)
    {
        using var folder = new TestData.TempFolder()
            .Write(ReviewDataset.CodebookFile, TestData.Codebook).Write(ReviewDataset.StudiesFile, TestData.Studies).Write(ReviewDataset.CodingsFile, TestData.Codings);
        File.WriteAllBytes(folder.File(FileNames[content.File]), content.Bytes);
        var modified = folder.File(FileNames[content.File]);
        var lines = 2 + content.Bytes.Count(b => b is (byte)'\n' or (byte)'\r');
        var watch = Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        try
        {
            ReviewDataset.Load(folder.Path);
        }
        catch (ReviewDataException e)
        {
            Assert.NotEmpty(e.Problems);
            Assert.All(e.Problems, problem =>
            {
                Assert.StartsWith(folder.Path, problem.File, StringComparison.Ordinal);
                Assert.InRange(problem.Line, 0, problem.File == modified ? lines : 10);
                Assert.False(string.IsNullOrWhiteSpace(problem.Message));
                Assert.DoesNotContain(problem.ToString(), c => VisibleText.IsHidden(c));
            });
            Assert.All(e.Problems.GroupBy(problem => problem.File), file => Assert.InRange(file.Count(), 1, ProblemLog.ListedPerFile + 1));
        }

        // A guard against a hang, not a speed measurement: CI runs every test project at once on two cores.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"loading took {watch.Elapsed}");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < (16L * 1024 * 1024) + (64L * content.Bytes.Length), $"loading {content.Bytes.Length} bytes allocated {allocated} bytes");
    }

    [Property(Arbitrary = [typeof(HostileInputProperties)], MaxTest = 200)]
    public void LoadClaimsPrismaAndCoder_HostileBytes_LoadOrGiveLocatedProblems((int File, byte[] Bytes) content)
    {
        using var folder = new TestData.TempFolder();
        var path = folder.File("input.csv");
        File.WriteAllBytes(path, content.Bytes);

        foreach (var load in new Action[] { () => Claims.Load(path), () => PrismaFlow.Load(path), () => Coder.Load(path, ReviewDataset.Paper) })
        {
            try
            {
                load();
            }
            catch (ReviewDataException e)
            {
                Assert.All(e.Problems, problem => Assert.Equal(path, problem.File));
            }
        }
    }

    /// <summary>The small dataset with code LO1, and the authors and label of study S1, all <paramref name="label"/> (x when it is blank).</summary>
    private static ReviewDataset DatasetLabelled(string label)
    {
        var cell = "\"" + (string.IsNullOrWhiteSpace(label) ? "x" : label).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return ReviewDataset.Parse(
            $"code,stakeholder,polarity,label\nLO1,Learners,Opportunity,{cell}\nLC1,Learners,Challenge,Plain\n",
            $"study_id,authors,year,label\nS1,{cell},2020,{cell}\nS2,Jones,2021,\n",
            "study_id,code\nS1,LO1\nS2,LC1\n");
    }

    [Property(Arbitrary = [typeof(HostileInputProperties)], MaxTest = 300)]
    public void ToCsv_AnyLabel_NoFormulaNorControlCharacterAndReadsBack(string label)
    {
        var tables = new[] { Reports.CodeFrequencies(DatasetLabelled(label)), Reports.CodingTable(DatasetLabelled(label)) };

        foreach (var table in tables)
        {
            var csv = table.ToCsv();

            Assert.Empty(SpreadsheetCells.Problems("out.csv", csv)); // the cells as a spreadsheet sees them
            var problems = new ProblemLog();
            var read = CsvTable.Parse("out.csv", csv, table.Columns, problems);
            Assert.Equal(0, problems.Count);
            Assert.Equal(table.Rows.Count, read!.Rows.Count);
        }
    }

    [Property(Arbitrary = [typeof(HostileInputProperties)], MaxTest = 300)]
    public void ToMarkdown_AnyLabel_IsOneLinePerRowWithNoMarkup(string label)
    {
        var table = Reports.CodingTable(DatasetLabelled(label));

        var lines = table.ToMarkdown().Split('\n');

        Assert.Equal(4 + table.Rows.Count + 1, lines.Length);
        Assert.All(lines.Skip(2).SkipLast(1), line => Assert.Equal(table.Columns.Count + 1, UnescapedPipes(line)));
        var text = string.Join("\n", lines).Replace("<br>", "", StringComparison.Ordinal);
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        Assert.DoesNotContain(text, c => VisibleText.IsHidden(c) && c != '\n');
    }

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }

    [Property(Arbitrary = [typeof(HostileInputProperties)], MaxTest = 40)]
    public void ToHtml_AnyLabel_CannotLeaveTheChartScript(string label)
    {
        var html = ChartPage.ToHtml(Figures.CodeFrequencies(DatasetLabelled(label), Stakeholder.Learners), "t");

        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..].ToLowerInvariant();
        Assert.Equal(1, Occurrences(body, "<script"));
        Assert.Equal(1, Occurrences(body, "</script"));
        Assert.Equal(1, Occurrences(body, "<!--")); // Plotly.NET's own comment in the chart's div
        Assert.Equal(1, Occurrences(body, "<div"));
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Property(Arbitrary = [typeof(HostileInputProperties)], MaxTest = 200)]
    public void TerminalTable_AnyLabel_HasNoControlOrInvisibleCharacter(string label)
    {
        var output = new StringWriter();

        TableOutput.Write(Reports.CodingTable(DatasetLabelled(label)), OutputFormat.Table, output);

        Assert.DoesNotContain(output.ToString(), c => VisibleText.IsHidden(c) && c is not ('\n' or '\r'));
    }

    [Property(Arbitrary = [typeof(HostileInputProperties)], MaxTest = 200)]
    public void ProblemMessage_AnyId_HasNoControlOrInvisibleCharacter(string id)
    {
        var codings = "study_id,code\n\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\n";

        var error = Assert.Throws<ReviewDataException>(() => ReviewDataset.Parse(TestData.Codebook, TestData.Studies, codings));

        Assert.All(error.Problems, problem =>
        {
            Assert.DoesNotContain(problem.ToString(), c => VisibleText.IsHidden(c));
        });
    }
}
