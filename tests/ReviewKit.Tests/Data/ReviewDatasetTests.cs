using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class ReviewDatasetTests
{
    private static IReadOnlyList<string> ProblemsOf(string codebook, string studies, string codings)
    {
        var error = Assert.Throws<ReviewDataException>(() => ReviewDataset.Parse(codebook, studies, codings));
        return error.Problems.Select(problem => problem.ToString()).ToList();
    }

    [Fact]
    public void Parse_SmallDataset_ReadsEveryRecord()
    {
        var dataset = TestData.Small();

        Assert.Equal(4, dataset.Codebook.Count);
        Assert.Equal(4, dataset.Studies.Count);
        Assert.Equal(6, dataset.Codings.Count);
        Assert.Equal(new Code("LO1", Stakeholder.Learners, Polarity.Opportunity, "Motivation"), dataset.GetCode("LO1"));
        Assert.Equal(new Study("S1", "Smith", 2019, "Smith (2019)"), dataset.Studies[0]);
    }

    [Theory]
    [InlineData("LF", "\n")]
    [InlineData("CRLF", "\r\n")]
    public void Parse_LineEndings_GiveTheSameDataset(string _, string newline)
    {
        string Convert(string text) => text.ReplaceLineEndings(newline);

        var dataset = ReviewDataset.Parse(Convert(TestData.Codebook), Convert(TestData.Studies), Convert(TestData.Codings));

        Assert.Equal(TestData.Small().Fingerprint(), dataset.Fingerprint());
    }

    [Fact]
    public void Parse_ByteOrderMarkNoFinalNewlineExtraColumnsAndQuotedCommas_AreAccepted()
    {
        var studies = "\uFEFFstudy_id,authors,year,label,country\n"
            + "S1,\"Smith, Jones and Lee\",2019,\"Smith, Jones and Lee (2019a)\",NZ\n"
            + "S2,Jones,2021,,AU\nS3,Lee,2021,,US\nS4,Khan,2022,,MY";

        var dataset = ReviewDataset.Parse(TestData.Codebook, studies, TestData.Codings);

        Assert.Equal(new Study("S1", "Smith, Jones and Lee", 2019, "Smith, Jones and Lee (2019a)"), dataset.Studies[0]);
        Assert.Equal("Jones (2021)", dataset.Studies[1].Label);
    }

    [Fact]
    public void Parse_TableLabelColumn_IsKeptBesideTheLegendLabel()
    {
        var codebook = "code,stakeholder,polarity,label,table_label\nUC1,HigherEducation,Challenge,\"Implementation—Academic, lack of funding\",Academic support\n";

        var dataset = ReviewDataset.Parse(codebook, "study_id,authors,year\nS1,A,2020\n", "study_id,code\nS1,UC1\n");

        Assert.Equal("Implementation—Academic, lack of funding", dataset.GetCode("UC1").Label);
        Assert.Equal("Academic support", dataset.GetCode("UC1").TableLabel);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("\uFEFF")]
    public void Parse_EmptyCodingsFile_IsReported(string codings)
    {
        var problems = ProblemsOf(TestData.Codebook, TestData.Studies, codings);

        Assert.Contains(problems, p => p.StartsWith("codings.csv: the file is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HeaderOnlyStudies_IsReported()
    {
        var problems = ProblemsOf(TestData.Codebook, "study_id,authors,year\n", "study_id,code\n");

        Assert.Equal(["studies.csv:1: the studies file has a header but no studies"], problems);
    }

    [Fact]
    public void Parse_MissingColumn_NamesTheColumnAndTheExpectedHeader()
    {
        var problems = ProblemsOf(TestData.Codebook, "study_id,authors\nS1,Smith\n", TestData.Codings);

        Assert.Equal(["studies.csv:1: missing required column year; the header must contain study_id,authors,year"], problems);
    }

    [Fact]
    public void Parse_SemicolonSeparatedFile_SuggestsTheDelimiter()
    {
        var problems = ProblemsOf(TestData.Codebook, TestData.Studies, "study_id;code\nS1;LC1\n");

        Assert.Single(problems);
        Assert.Contains("separated by semicolons or tabs instead of commas", problems[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20x1")]
    [InlineData("2020.0")]
    [InlineData("-2020")]
    [InlineData("1499")]
    [InlineData("2101")]
    [InlineData("")]
    public void Parse_YearNotAnIntegerInRange_IsReported(string year)
    {
        var problems = ProblemsOf(TestData.Codebook, $"study_id,authors,year\nS1,Smith,{year}\n", "study_id,code\nS1,LC1\n");

        Assert.Equal([$"studies.csv:2: year '{year}' of study S1 is not a whole number from 1500 to 2100"], problems);
    }

    [Theory]
    [InlineData("1500")]
    [InlineData("2100")]
    public void Parse_YearAtTheBoundary_IsAccepted(string year)
    {
        var dataset = ReviewDataset.Parse(TestData.Codebook, $"study_id,authors,year\nS1,Smith,{year}\n", "study_id,code\nS1,LC1\n");

        Assert.Equal(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), dataset.Studies[0].Year);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneWithFileAndLine()
    {
        const string codebook = "code,stakeholder,polarity,label\nLC1,Learners,Challenge,A\nLC1,Learners,Challenge,B\nXX1,Students,Risk,C\n";
        const string studies = "study_id,authors,year\nS1,Smith,2019\nS1,Smith,2019\nS2,Jones,2020\n";
        const string codings = "study_id,code\nS1,LC1\nS1,LC1\nS9,LC1\nS1,ZZ9\n";

        var problems = ProblemsOf(codebook, studies, codings);

        Assert.Equal(
        [
            "codebook.csv:3: code LC1 is defined twice (first on line 2)",
            "codebook.csv:4: stakeholder 'Students' of code XX1 is not one of Learners|Employers|HigherEducation|Government",
            "codebook.csv:4: polarity 'Risk' of code XX1 is not one of Challenge|Opportunity",
            "codings.csv:3: study S1 is coded LC1 twice (first on line 2); a study counts once per code",
            "codings.csv:4: unknown study 'S9'; every study_id must be listed in studies.csv",
            "codings.csv:5: unknown code 'ZZ9'; every code must be defined in codebook.csv",
            "studies.csv:3: duplicate study_id S1 (first on line 2)",
            "studies.csv:4: study S2 has no codings in codings.csv; every included study needs at least one code",
        ], problems);
    }

    [Fact]
    public void Parse_MalformedQuoting_IsReportedOnItsLineAndTheRestIsStillChecked()
    {
        var problems = ProblemsOf(TestData.Codebook, TestData.Studies, TestData.Codings + "\nS1,\"LO1\"x\nS4,QQ1\n");

        Assert.Equal(
        [
            "codings.csv:8: malformed quoting: a quoted field must be closed and followed by a comma or the end of the line",
            "codings.csv:9: unknown code 'QQ1'; every code must be defined in codebook.csv",
        ], problems);
    }

    [Fact]
    public void Parse_QuotedFieldOverTwoLines_LaterLinesKeepTheirNumbers()
    {
        var studies = "study_id,authors,year\nS1,\"Smith\nand Jones\",2019\nS2,Jones,20x0\n";

        var problems = ProblemsOf(TestData.Codebook, studies, "study_id,code\nS1,LC1\n");

        Assert.Equal(["studies.csv:4: year '20x0' of study S2 is not a whole number from 1500 to 2100"], problems);
    }

    [Fact]
    public void Parse_RowWithTooFewFields_IsReported()
    {
        var problems = ProblemsOf(TestData.Codebook, TestData.Studies, TestData.Codings + "\nS1\n");

        Assert.Equal(["codings.csv:8: expected 2 fields as in the header, found 1"], problems);
    }

    [Fact]
    public void Load_BrokenCopy_ListsEveryProblemAndLeavesTheFilesUntouched()
    {
        using var copy = new TestData.DataCopy();
        copy.Append(ReviewDataset.StudiesFile, "JA61,Nobody,20x1,Nobody (20x1)\nJA01,Again,2015,Again (2015)\n");
        copy.Append(ReviewDataset.CodingsFile, "JA01,LO1\nJA99,ZZ9\n");
        var before = TestData.Hashes(copy.Path);

        var problems = ReviewDataset.Validate(copy.Path).Select(p => p.ToString()).ToList();

        var studies = copy.File(ReviewDataset.StudiesFile);
        var codings = copy.File(ReviewDataset.CodingsFile);
        Assert.Equal(
        [
            $"{codings}:867: study JA01 is coded LO1 twice (first on line 2); a study counts once per code",
            $"{codings}:868: unknown study 'JA99'; every study_id must be listed in studies.csv",
            $"{codings}:868: unknown code 'ZZ9'; every code must be defined in codebook.csv",
            $"{studies}:62: year '20x1' of study JA61 is not a whole number from 1500 to 2100",
            $"{studies}:63: duplicate study_id JA01 (first on line 2)",
        ], problems);
        Assert.Equal(before, TestData.Hashes(copy.Path));
    }

    [Fact]
    public void Load_InvalidUtf8_IsReportedWithItsLine()
    {
        using var copy = new TestData.DataCopy();
        File.AppendAllText(copy.File(ReviewDataset.StudiesFile), "JA61,Caf");
        using (var stream = new FileStream(copy.File(ReviewDataset.StudiesFile), FileMode.Append))
        {
            stream.Write([0xE9, (byte)',', (byte)'2', (byte)'0', (byte)'2', (byte)'2', (byte)'\n']);
        }

        var problems = ReviewDataset.Validate(copy.Path).Select(p => p.ToString()).ToList();

        Assert.Equal([$"{copy.File(ReviewDataset.StudiesFile)}:62: the file is not valid UTF-8; save it as UTF-8 and try again"], problems);
    }

    [Fact]
    public void Load_FileThatIsADirectory_IsReported()
    {
        using var copy = new TestData.DataCopy();
        File.Delete(copy.File(ReviewDataset.CodingsFile));
        Directory.CreateDirectory(copy.File(ReviewDataset.CodingsFile));

        var problems = ReviewDataset.Validate(copy.Path).Select(p => p.ToString()).ToList();

        Assert.Equal([$"{copy.File(ReviewDataset.CodingsFile)}: is a directory; expected a CSV file"], problems);
    }

    [Fact]
    public void Load_MissingFolder_IsReported()
    {
        var problems = ReviewDataset.Validate("no-such-folder").Select(p => p.ToString()).ToList();

        Assert.Equal(["no-such-folder: data folder not found; expected a folder holding codebook.csv, studies.csv and codings.csv"], problems);
    }

    [Fact]
    public void Paper_EmbeddedDataset_EqualsTheDataFolder()
    {
        var fromFolder = ReviewDataset.Load(TestData.DataFolder);

        Assert.Equal(fromFolder.Fingerprint(), ReviewDataset.Paper.Fingerprint());
        Assert.Equal("embedded", ReviewDataset.Paper.Source);
    }

    [Fact]
    public void GetCode_UnknownCode_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => TestData.Small().GetCode("UC9"));
    }

    [Theory]
    [InlineData("plain", "\n", "")]
    [InlineData("CRLF, BOM, blank lines", "\r\n", "\uFEFF")]
    public void Load_CleanFolder_SameDatasetAsTheFullReader(string _, string newline, string bom)
    {
        var studies = "study_id,authors,year,label,country\nS1,\"Smith, J.\",2019,,UK\n\nS2,Jones,2020,Jones et al. (2020),FR\n  \nS3, Lee ,2021,,\n";
        var codings = "code,study_id\nLO1,S1\nLC1,S1\nLO1,S2\nLC1, S3 \n";
        var codebook = "code,stakeholder,polarity,label\nLO1,Learners,Opportunity,Motivation\nLC1,Learners,Challenge,\"Cost, time\"\n";
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodebookFile), bom + codebook.ReplaceLineEndings(newline));
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.StudiesFile), bom + studies.ReplaceLineEndings(newline));
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodingsFile), bom + codings.ReplaceLineEndings(newline));

        var loaded = ReviewDataset.TryLoadClean(folder.Path);
        var parsed = ReviewDataset.Parse(codebook, studies, codings);

        Assert.NotNull(loaded);

        Assert.Equal(parsed.Fingerprint(), loaded.Fingerprint());
        Assert.Equal(parsed.Studies, loaded.Studies);
        Assert.Equal(parsed.Codings, loaded.Codings);
        Assert.Equal(ContentAnalysis.CodeFrequencies(parsed), ContentAnalysis.CodeFrequencies(loaded));
        Assert.Empty(ReviewDataset.Validate(folder.Path));
    }

    [Theory]
    [InlineData(true, "\n")]
    [InlineData(false, "\r\n")]
    public void Load_LargeCleanFolder_SameDatasetAsTheFullReader(bool idsAscending, string newline)
    {
        // Over a megabyte, so that lines, quotes and line ends fall across the fast reader's buffer; codings in reverse
        // study order, so that no study is found by its place alone.
        const int count = 60_000;
        var ids = Enumerable.Range(0, count).Select(i => idsAscending ? $"S{i:D6}" : $"S{i * 7919 % count}").ToList();
        var studies = new System.Text.StringBuilder("study_id,authors,year\n");
        var codings = new System.Text.StringBuilder("study_id,code\n");
        for (var i = 0; i < count; i++)
        {
            var authors = i % 3 == 0 ? $"\"Author, {i}\"" : $"Author {i}";
            studies.Append(System.Globalization.CultureInfo.InvariantCulture, $"{ids[i]},{authors},{2000 + (i % 20)}\n");
        }

        for (var i = count - 1; i >= 0; i--)
        {
            codings.Append(System.Globalization.CultureInfo.InvariantCulture, $"{ids[i]},LO1\n");
            if (i % 2 == 0)
            {
                codings.Append(System.Globalization.CultureInfo.InvariantCulture, $"{ids[i]},\"LC1\"\n");
            }
        }

        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodebookFile), TestData.Codebook);
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.StudiesFile), studies.ToString().ReplaceLineEndings(newline));
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodingsFile), codings.ToString().ReplaceLineEndings(newline));

        var loaded = ReviewDataset.TryLoadClean(folder.Path);
        var parsed = ReviewDataset.Parse(TestData.Codebook, studies.ToString(), codings.ToString());

        Assert.NotNull(loaded);
        Assert.Equal(parsed.Studies, loaded.Studies);
        Assert.Equal(parsed.Codings, loaded.Codings);
        Assert.Equal(90_000, loaded.Codings.Count);
        Assert.Equal("Author, 0", loaded.Studies[0].Authors);
    }

    [Theory]
    [InlineData("study_id,authors,year\nS1,Smith,2019\nS2,Jones,2020\nS3,Lee,2021\nS1,Lee,2021\n", "studies.csv:5: duplicate study_id S1 (first on line 2)")]
    [InlineData("study_id,authors,year\nS3,Smith,2019\nS1,Jones,2020\nS2,Lee,2021\nS3,Lee,2021\n", "studies.csv:5: duplicate study_id S3 (first on line 2)")]
    [InlineData("study_id,authors,year\nS1,Smith,2019\nS2,Jones,2020\nS2,Lee,2021\nS3,Lee,2021\n", "studies.csv:4: duplicate study_id S2 (first on line 3)")]
    public void Load_RepeatedStudyInACleanLookingFile_LeftToTheFullReader(string studies, string expected)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodebookFile), TestData.Codebook);
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.StudiesFile), studies);
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodingsFile), "study_id,code\nS1,LO1\nS2,LO1\nS3,LO1\n");

        Assert.Null(ReviewDataset.TryLoadClean(folder.Path));
        var problem = Assert.Single(ReviewDataset.Validate(folder.Path));
        Assert.Equal(Path.Combine(folder.Path, expected), problem.ToString());
    }

    [Theory]
    [InlineData("S1,Smith,2019\nS2,Jones,2020\rS3,Lee,2021\n", false)]
    [InlineData("S1,Smith,2019\r\nS2,Jones,2020\r\nS3,Lee,2021\r", true)]
    public void Load_CarriageReturns_OnlyALineEndsOnesReadFast(string rows, bool readFast)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodebookFile), TestData.Codebook);
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.StudiesFile), "study_id,authors,year\n" + rows);
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodingsFile), "study_id,code\nS1,LO1\nS2,LO1\nS3,LO1\n");

        Assert.Equal(readFast, ReviewDataset.TryLoadClean(folder.Path) is not null);
        Assert.Equal(["S1", "S2", "S3"], ReviewDataset.Load(folder.Path).Studies.Select(study => study.Id));
    }

    [Fact]
    public void Load_CodingTwiceInALargeCleanFile_ReportedWithBothLines()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodebookFile), TestData.Codebook);
        var studies = new System.Text.StringBuilder("study_id,authors,year\n");
        var codings = new System.Text.StringBuilder("study_id,code\n");
        for (var i = 0; i < 20_000; i++)
        {
            studies.Append(System.Globalization.CultureInfo.InvariantCulture, $"S{i},Author {i},2020\n");
            codings.Append(System.Globalization.CultureInfo.InvariantCulture, $"S{i},LO1\n");
        }

        codings.Append("S7,LO1\n");
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.StudiesFile), studies.ToString());
        File.WriteAllText(Path.Combine(folder.Path, ReviewDataset.CodingsFile), codings.ToString());

        var problem = Assert.Single(ReviewDataset.Validate(folder.Path));

        Assert.Null(ReviewDataset.TryLoadClean(folder.Path));

        Assert.Equal($"{Path.Combine(folder.Path, ReviewDataset.CodingsFile)}:20002: study S7 is coded LO1 twice (first on line 9); a study counts once per code", problem.ToString());
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("reviewkit-clean-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
