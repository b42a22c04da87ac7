using System.Text.RegularExpressions;
using ReviewKit.Audit;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

/// <summary>Bad data as a user meets it: <c>validate</c> exits 65 with <c>FILE:LINE: message</c> lines, never a stack trace, and changes no file.</summary>
public partial class BadInputCommandLineTests
{
    [GeneratedRegex(@"^.+(:[1-9]\d*)?: \S")]
    private static partial Regex ProblemLine();

    /// <summary>Runs <c>validate</c> on a broken copy of the paper's data; returns the problem lines.</summary>
    private static List<string> ValidateBroken(Action<TestData.DataCopy> breakIt)
    {
        using var copy = new TestData.DataCopy();
        breakIt(copy);
        var before = TestData.Hashes(copy.Path);

        var (exitCode, output, error) = CliRun.Invoke("validate", "--data", copy.Path);

        Assert.Equal(65, exitCode);
        Assert.Equal("", output);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.StartsWith("reviewkit: ", lines[^1], StringComparison.Ordinal);
        Assert.All(lines[..^1], line => Assert.Matches(ProblemLine(), line));
        Assert.Equal(before, TestData.Hashes(copy.Path));
        return lines[..^1].Select(line => line.Replace(copy.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal)).ToList();
    }

    private static void Replace(TestData.DataCopy copy, string file, string text) => File.WriteAllText(copy.File(file), text);

    [Fact]
    public void Validate_SemicolonDelimiter_SuggestsCommas()
    {
        var problems = ValidateBroken(copy => Replace(copy, ReviewDataset.CodingsFile, "study_id;code\nJA01;LC1\n"));

        Assert.Equal(["codings.csv:1: missing required columns study_id, code; the header must contain study_id,code (the header has one column: is the file separated by semicolons or tabs instead of commas?)"], problems);
    }

    [Fact]
    public void Validate_MissingHeader_NamesTheExpectedColumns()
    {
        var problems = ValidateBroken(copy => Replace(copy, ReviewDataset.StudiesFile, string.Join("\n", File.ReadLines(copy.File(ReviewDataset.StudiesFile)).Skip(1))));

        Assert.Equal(["studies.csv:1: missing required columns study_id, authors, year; the header must contain study_id,authors,year"], problems);
    }

    [Fact]
    public void Validate_UnknownCode_IsNamedWithItsLine()
    {
        var problems = ValidateBroken(copy => copy.Append(ReviewDataset.CodingsFile, "JA01,LO9\n"));

        Assert.Equal(["codings.csv:867: unknown code 'LO9'; every code must be defined in codebook.csv"], problems);
    }

    [Fact]
    public void Validate_StudyWithoutCodings_IsReported()
    {
        var problems = ValidateBroken(copy => copy.Append(ReviewDataset.StudiesFile, "JA61,Nobody,2023,Nobody (2023)\n"));

        Assert.Equal(["studies.csv:62: study JA61 has no codings in codings.csv; every included study needs at least one code"], problems);
    }

    [Fact]
    public void Validate_CodingsForUnknownStudy_IsReported()
    {
        var problems = ValidateBroken(copy => copy.Append(ReviewDataset.CodingsFile, "JA99,LO1\n"));

        Assert.Equal(["codings.csv:867: unknown study 'JA99'; every study_id must be listed in studies.csv"], problems);
    }

    [Fact]
    public void Validate_DuplicateRows_AreReportedWithTheFirstLine()
    {
        var problems = ValidateBroken(copy =>
        {
            copy.Append(ReviewDataset.CodingsFile, "JA01,LO1\n");
            copy.Append(ReviewDataset.StudiesFile, "JA02,Law,2015,Law (2015)\n");
        });

        Assert.Equal(
        [
            "codings.csv:867: study JA01 is coded LO1 twice (first on line 2); a study counts once per code",
            "studies.csv:62: duplicate study_id JA02 (first on line 3)",
        ], problems);
    }

    [Fact]
    public void Validate_NonIntegerYear_IsReported()
    {
        var problems = ValidateBroken(copy => copy.Append(ReviewDataset.StudiesFile, "JA61,Nobody,2023.5,Nobody\n"));

        Assert.Contains("studies.csv:62: year '2023.5' of study JA61 is not a whole number from 1500 to 2100", problems);
    }

    [Fact]
    public void Validate_InvalidUtf8_AsksForUtf8()
    {
        var problems = ValidateBroken(copy =>
        {
            using var stream = new FileStream(copy.File(ReviewDataset.StudiesFile), FileMode.Append);
            stream.Write([.. "JA61,Caf"u8, 0xE9, .. ",2023\n"u8]);
        });

        Assert.Equal(["studies.csv:62: the file is not valid UTF-8; save it as UTF-8 and try again"], problems);
    }

    [Fact]
    public void Validate_FileThatIsADirectory_IsReported()
    {
        var problems = ValidateBroken(copy =>
        {
            File.Delete(copy.File(ReviewDataset.CodebookFile));
            Directory.CreateDirectory(copy.File(ReviewDataset.CodebookFile));
        });

        Assert.Equal(["codebook.csv: is a directory; expected a CSV file"], problems);
    }

    [Fact]
    public void Validate_EmptyFile_IsReported()
    {
        var problems = ValidateBroken(copy => Replace(copy, ReviewDataset.CodingsFile, ""));

        Assert.Equal(["codings.csv: the file is empty, or is not a regular file (a device or a pipe); expected a CSV file with a header row"], problems);
    }

    [Fact]
    public void Validate_TenMegabyteLine_IsRefusedQuicklyWithTheLimit()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var problems = ValidateBroken(copy => copy.Append(ReviewDataset.CodingsFile, "JA01," + new string('x', 10 * 1024 * 1024) + "\n"));

        Assert.Equal(["codings.csv:867: line 867 is 10,485,765 characters long; the limit is 100,000 (is this really a CSV file with one row per line?)"], problems);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"validate took {watch.Elapsed}");
    }

    [Fact]
    public void Validate_ConflictingLayer_Exits65NamingBothFiles()
    {
        using var layer = new TestData.TempFolder()
            .Write(ReviewDataset.StudiesFile, "study_id,authors,year\nJA01,Devedzic and Jovanovic,2016\n");
        var before = TestData.Hashes(layer.Path);

        var (exitCode, _, error) = CliRun.Invoke("validate", "--data", TestData.DataFolder, "--data", layer.Path);

        Assert.Equal(65, exitCode);
        Assert.Contains($"{layer.File(ReviewDataset.StudiesFile)}:2: study JA01 is already defined in {Path.Combine(TestData.DataFolder, ReviewDataset.StudiesFile)}:2 with year 2015", error, StringComparison.Ordinal);
        Assert.Equal(before, TestData.Hashes(layer.Path));
    }

    [Fact]
    public void Count_LayerCodeLabelStartingWithEquals_IsNeutralisedInCsv()
    {
        using var layer = new TestData.TempFolder()
            .Write(ReviewDataset.CodebookFile, "code,stakeholder,polarity,label\nLO7,Learners,Opportunity,\"=HYPERLINK(\"\"http://x\"\")\"\n")
            .Write(ReviewDataset.CodingsFile, "study_id,code\nJA01,LO7\n");

        var (exitCode, output, _) = CliRun.Invoke("count", "--format", "csv", "--data", TestData.DataFolder, "--data", layer.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("LO7,Learners,Opportunity,\"'=HYPERLINK(\"\"http://x\"\")\",1,1.6667\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PaperAndUpdateLayer_ExitsZero()
    {
        var (exitCode, output, _) = CliRun.Invoke("validate", "--data", TestData.DataFolder, "--data", TestData.UpdateLayer);

        Assert.Equal(0, exitCode);
        Assert.Contains("valid (36 codes, 65 studies, 906 codings)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_PaperWithUpdateLayer_MatchesTheLibraryAndWritesNothing()
    {
        var before = TestData.Hashes(TestData.DataFolder);

        var (exitCode, output, error) = CliRun.Invoke("compare", "--base", TestData.DataFolder, "--with", TestData.DataFolder, "--with", TestData.UpdateLayer, "--format", "csv");

        Assert.Equal((0, ""), (exitCode, error));
        var expected = Reports.Comparison(ReviewDataset.Load(TestData.DataFolder), ReviewDataset.Load(TestData.DataFolder, TestData.UpdateLayer)).ToCsv();
        Assert.Equal(expected, output);
        Assert.StartsWith("code,base_n,base_percent,new_n,new_percent,delta_points,base_rank,new_rank\nLC1,26,43.3333,26,40,-3.3333,14,14\n", output, StringComparison.Ordinal);
        Assert.Contains("\nGO5,8,13.3333,13,20,6.6667,35,31\n", output, StringComparison.Ordinal);
        Assert.Equal(before, TestData.Hashes(TestData.DataFolder));
    }

    [Fact]
    public void Compare_WithoutWith_IsAUsageError()
    {
        Assert.Equal(2, CliRun.Invoke("compare", "--base", TestData.DataFolder).ExitCode);
    }

    [Fact]
    public void Audit_UpdateLayer_ChecksThePaperClaimsAgainst65Studies()
    {
        var (exitCode, output, _) = CliRun.Invoke("audit", "--format", "csv", "--data", TestData.DataFolder, "--data", TestData.UpdateLayer);

        Assert.Equal(0, exitCode);
        var expected = Reports.Audit(ReviewDataset.Load(TestData.DataFolder, TestData.UpdateLayer), Claims.Paper).ToCsv();
        Assert.Equal(expected, output);
        Assert.NotEqual(CliRun.Invoke("audit", "--format", "csv").Out, output);
    }
}
