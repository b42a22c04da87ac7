using System.IO.Compression;
using System.Security.Cryptography;
using ReviewKit.Data;
using ReviewKit.Interchange;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

public sealed class InterchangeCommandTests
{
    private static readonly string UpdateRis = Path.Combine(TestData.UpdateLayer, "update-2023.ris");

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => CliRun.Invoke(args);

    [Fact]
    public void ImportStudies_FiveNewStudies_ALayerValidateAcceptsOnceCoded()
    {
        using var folder = new TestData.TempFolder();
        var layer = Path.Combine(folder.Path, "update");

        var (exitCode, output, error) = Run("import-studies", UpdateRis, "--out", layer, "--data", TestData.DataFolder);

        Assert.Equal((0, ""), (exitCode, error));
        Assert.StartsWith($"Wrote {layer}: 5 new studies (JA61–JA65) from 5 records.\n", output, StringComparison.Ordinal);
        Assert.Equal(["codings.csv", "studies.csv"], Directory.GetFileSystemEntries(layer).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("study_id,code\n", File.ReadAllText(Path.Combine(layer, ReviewDataset.CodingsFile)));
        Assert.Equal(65, Run("validate", "--data", TestData.DataFolder, "--data", layer).ExitCode); // no codings yet: every study needs one

        File.Copy(Path.Combine(TestData.UpdateLayer, ReviewDataset.CodingsFile), Path.Combine(layer, ReviewDataset.CodingsFile), overwrite: true);
        var validated = Run("validate", "--data", TestData.DataFolder, "--data", layer);

        Assert.Equal(0, validated.ExitCode);
        Assert.Contains("valid (36 codes, 65 studies, 906 codings)", validated.Out, StringComparison.Ordinal);
        Assert.Equal(Run("count", "--format", "csv", "--data", TestData.DataFolder, "--data", TestData.UpdateLayer).Out, Run("count", "--format", "csv", "--data", TestData.DataFolder, "--data", layer).Out);
    }

    [Fact]
    public void ImportStudies_ADuplicateOfThePapersStudy_RefusedAndNothingWritten()
    {
        using var folder = new TestData.TempFolder().Write("loeckx.ris", "TY  - JOUR\r\nAU  - Loeckx, Johan\r\nTI  - Blurring boundaries in education\r\nPY  - 2016/03//\r\nER  - \r\n");
        var layer = Path.Combine(folder.Path, "update");

        var (exitCode, output, error) = Run("import-studies", folder.File("loeckx.ris"), "--out", layer);

        Assert.Equal((65, ""), (exitCode, output));
        Assert.Equal(
            $"{folder.File("loeckx.ris")}:1: possible duplicate of JA03 (Loeckx, 2016) in the paper's data: same first-author surname and year; not added\n"
            + "reviewkit: no new study: all 1 record may duplicate studies of the review; nothing was written.\n",
            error);
        Assert.False(Directory.Exists(layer));
    }

    [Fact]
    public void ImportStudies_OneDuplicateAmongNew_TheOthersWrittenTheDuplicateListed()
    {
        using var folder = new TestData.TempFolder()
            .Write("mixed.ris", File.ReadAllText(UpdateRis) + "\nTY  - JOUR\nAU  - Spencer, D.\nTI  - Another look\nPY  - 2020\nER  - \n");
        var layer = Path.Combine(folder.Path, "update");

        var (exitCode, output, error) = Run("import-studies", folder.File("mixed.ris"), "--out", layer);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"Wrote {layer}: 5 new studies (JA61–JA65) from 6 records; 1 possible duplicate left out (listed on stderr).", output, StringComparison.Ordinal);
        Assert.Equal(
            [
                $"{folder.File("mixed.ris")}:41: possible duplicate of JA29 (Spencer and Bussi, 2020) in the paper's data: same first-author surname and year; not added",
                $"{folder.File("mixed.ris")}:41: possible duplicate of JA30 (Spencer, 2020) in the paper's data: same first-author surname and year; not added",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ImportStudies_MalformedFiles_Exit65EveryProblemNothingWritten()
    {
        using var folder = new TestData.TempFolder()
            .Write("bad.ris", "TY  - JOUR\nAU  - Example, Ann\nPY  - n.d.\nER  - \nTY  - JOUR\nAU  - Sample, Bo\nPY  - 2023\n")
            .Write("studies.csv", "study_id,authors,year\nJA61,Smith,2023\n");
        var layer = Path.Combine(folder.Path, "update");

        var (exitCode, output, error) = Run("import-studies", folder.File("bad.ris"), folder.File("studies.csv"), "--out", layer);

        Assert.Equal((65, ""), (exitCode, output));
        Assert.Equal(
            [
                $"{folder.File("bad.ris")}:3: PY 'n.d.' is not a year; expected a year from 1500 to {DateTime.UtcNow.Year + 1} (next year), e.g. 2020 or 2020/11//",
                $"{folder.File("bad.ris")}:5: the record starting here has no ER line: the file ends first; end every record with 'ER  - '",
                $"{folder.File("studies.csv")}:1: not an RIS file: expected a record starting with 'TY  - ', found 'study_id,authors,year'",
                $"reviewkit: 3 problems in {folder.File("bad.ris")}, {folder.File("studies.csv")}; nothing was changed.",
                "reviewkit: 1 record has no author or no year; --skip-incomplete imports the complete records and lists the others.",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.False(Directory.Exists(layer));
    }

    [Fact]
    public void ImportStudies_SkipIncompleteWhenEveryRecordIsIncomplete_Exit65NothingWritten()
    {
        using var folder = new TestData.TempFolder().Write("bare.ris", "TY  - JOUR\nTI  - No author\nPY  - 2023\nER  - \nTY  - JOUR\nAU  - Example, Ann\nER  - \n");
        var layer = Path.Combine(folder.Path, "update");

        var (exitCode, output, error) = Run("import-studies", folder.File("bare.ris"), "--out", layer, "--skip-incomplete");

        Assert.Equal((65, ""), (exitCode, output));
        Assert.Equal(
            $"{folder.File("bare.ris")}:1: skipped: no author (no AU, A1, A2 or ED line)\n"
            + $"{folder.File("bare.ris")}:5: skipped: no year (no PY, Y1 or DA line)\n"
            + "reviewkit: no complete record: all 2 records were skipped; nothing was written.\n",
            error);
        Assert.False(Directory.Exists(layer));
    }

    [Theory]
    [InlineData("latin-9")]
    [InlineData("utf-16")]
    public void ImportStudies_AnEncodingNotOffered_UsageErrorNamingTheChoices(string encoding)
    {
        using var folder = new TestData.TempFolder();

        var (exitCode, _, error) = Run("import-studies", UpdateRis, "--out", Path.Combine(folder.Path, "update"), "--encoding", encoding);

        Assert.Equal(2, exitCode);
        Assert.Contains($"--encoding takes utf-8 or windows-1252, not '{encoding}'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportStudies_OutNotEmpty_Exit73AndTheFolderUntouched()
    {
        using var folder = new TestData.TempFolder().Write("notes.txt", "mine");

        var (exitCode, _, error) = Run("import-studies", UpdateRis, "--out", folder.Path);

        Assert.Equal(73, exitCode);
        Assert.Equal($"reviewkit: --out {folder.Path} already exists and is not empty; give a new folder for the layer, so that no file of yours is replaced.\n", error);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ImportStudies_OutInsideADataFolder_UsageError()
    {
        using var copy = new TestData.DataCopy();
        var before = TestData.Hashes(copy.Path);

        var (exitCode, _, error) = Run("import-studies", UpdateRis, "--out", Path.Combine(copy.Path, "update"), "--data", copy.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains("import-studies never writes into a data folder", error, StringComparison.Ordinal);
        Assert.Equal(before, TestData.Hashes(copy.Path));
    }

    [Fact]
    public void ImportStudies_AnEmptyExistingFolder_Filled()
    {
        using var folder = new TestData.TempFolder();

        Assert.Equal(0, Run("import-studies", UpdateRis, "--out", folder.Path).ExitCode);
        Assert.Equal(6, File.ReadAllLines(folder.File(ReviewDataset.StudiesFile)).Length);
    }

    [Fact]
    public void ExportQda_CodebookAndProject_ReExportIdentical()
    {
        using var folder = new TestData.TempFolder();

        var codebook = Run("export-qda", "--out", folder.File("paper.qdc"));
        var first = File.ReadAllBytes(folder.File("paper.qdc"));
        Run("export-qda", "--out", folder.File("paper.qdc"));
        var project = Run("export-qda", "--out", folder.File("paper.qdpx"), "--data", TestData.DataFolder);
        var projectBytes = File.ReadAllBytes(folder.File("paper.qdpx"));
        Run("export-qda", "--out", folder.File("paper.qdpx"));

        Assert.Equal((0, $"Wrote {folder.File("paper.qdc")}: a REFI-QDA codebook of 36 codes under 4 stakeholders.\n"), (codebook.ExitCode, codebook.Out));
        Assert.Equal((0, $"Wrote {folder.File("paper.qdpx")}: a REFI-QDA project of 60 studies, each a case and a text source of its citation, with 865 coded selections of 36 codes.\n"), (project.ExitCode, project.Out));
        Assert.Equal(SHA256.HashData(first), SHA256.HashData(File.ReadAllBytes(folder.File("paper.qdc"))));
        Assert.Equal(SHA256.HashData(projectBytes), SHA256.HashData(File.ReadAllBytes(folder.File("paper.qdpx"))));
        Assert.Equal(RefiQda.Codebook(ReviewDataset.Paper), first);
    }

    [Theory]
    [InlineData("paper.xml")]
    [InlineData("paper")]
    public void ExportQda_OtherExtension_UsageError(string name)
    {
        var (exitCode, _, error) = Run("export-qda", "--out", name);

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"reviewkit: --out must end in .qdc (the codebook) or .qdpx (the coding as a project); '{name}' does neither.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportQda_OutIsAFolder_Exit73()
    {
        using var folder = new TestData.TempFolder();
        Directory.CreateDirectory(folder.File("x.qdpx"));

        Assert.Equal(73, Run("export-qda", "--out", folder.File("x.qdpx")).ExitCode);
    }

    [Theory]
    [InlineData]
    [InlineData("update")]
    public void ExportThenImportQda_RoundTrip_CountExactlyTheSame(params string[] layers)
    {
        using var folder = new TestData.TempFolder();
        string[] data = layers.Length == 0 ? [] : ["--data", TestData.DataFolder, "--data", TestData.UpdateLayer];

        Assert.Equal(0, Run(["export-qda", "--out", folder.File("review.qdpx"), .. data]).ExitCode);
        var (exitCode, output, error) = Run("import-qda", folder.File("review.qdpx"), "--out", folder.File("layer"));

        Assert.Equal((0, "reviewkit: one coder is seen (ReviewKit created every coding of the sources), so no agreement can be computed.\n"), (exitCode, error));
        Assert.Equal($"Wrote {folder.File("layer")}: 36 codes, {(layers.Length == 0 ? "60 studies, 865" : "65 studies, 906")} codings.\n", output);
        Assert.Equal(Run(["count", "--format", "csv", .. data]).Out, Run("count", "--format", "csv", "--data", folder.File("layer")).Out);
        Assert.Equal(0, Run("validate", "--data", folder.File("layer")).ExitCode);
    }

    [Fact]
    public void ExportQda_LayerWithTitles_EachSourceTextTheCitationAndTitle()
    {
        using var folder = new TestData.TempFolder();

        Assert.Equal(0, Run("export-qda", "--out", folder.File("review.qdpx"), "--data", TestData.DataFolder, "--data", TestData.UpdateLayer).ExitCode);

        using var zip = ZipFile.OpenRead(folder.File("review.qdpx"));
        string Text(string study)
        {
            using var reader = new StreamReader(zip.GetEntry($"sources/{QdaNames.SourceGuid(study)}.txt")!.Open());
            return reader.ReadToEnd();
        }

        Assert.Equal("Illustrative Author A (2023) [made up]. Illustrative study A: stackable micro-credentials in a made-up university [made up]", Text("JA61"));
        Assert.Equal("Devedzic and Jovanovic (2015)", Text("JA01"));
    }

    [Fact]
    public void ImportQda_NotAnArchive_Exit65NothingWritten()
    {
        using var folder = new TestData.TempFolder().Write("x.qdpx", "not a zip");

        var (exitCode, _, error) = Run("import-qda", folder.File("x.qdpx"), "--out", folder.File("layer"));

        Assert.Equal(65, exitCode);
        Assert.StartsWith($"{folder.File("x.qdpx")}: not a .qdpx file: it is not a zip archive", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("layer")));
    }

    [Fact]
    public void ExportQda_ControlCharactersThatValidateAccepts_Exit65NamingFileLineAndField()
    {
        using var folder = new TestData.TempFolder()
            .Write(ReviewDataset.CodebookFile, "code,stakeholder,polarity,label\nLX1,Learners,Opportunity,Bad\vlabel\n")
            .Write(ReviewDataset.StudiesFile, "study_id,authors,year\nS\u00001,Ann,2023\n")
            .Write(ReviewDataset.CodingsFile, "study_id,code\nS\u00001,LX1\n");
        Assert.Equal(0, Run("validate", "--data", folder.Path).ExitCode);
        using var output = new TestData.TempFolder();

        var project = Run("export-qda", "--data", folder.Path, "--out", output.File("p.qdpx"));
        var codebook = Run("export-qda", "--data", folder.Path, "--out", output.File("c.qdc"));

        const string Tail = ", which XML 1.0, and so a REFI-QDA file, cannot carry; remove it or put a space in its place\n";
        Assert.Equal(
            (65, $"{folder.File("codebook.csv")}:2: the label of code LX1 holds U+000B{Tail}{folder.File("studies.csv")}:2: the id of study S\\u00001 holds U+0000{Tail}reviewkit: 2 problems in {folder.Path}; nothing was changed.\n"),
            (project.ExitCode, project.Error));
        Assert.Equal((65, $"{folder.File("codebook.csv")}:2: the label of code LX1 holds U+000B{Tail}"), (codebook.ExitCode, codebook.Error.Split("reviewkit:")[0]));
        Assert.Empty(Directory.GetFileSystemEntries(output.Path));
    }

    [Theory]
    [InlineData("a\u000Bb.qdpx")]
    [InlineData("a\u0001b.qdc")]
    public void ExportQda_ControlCharacterInTheOutName_UsageErrorNothingWritten(string name)
    {
        using var folder = new TestData.TempFolder();

        var (exitCode, _, error) = Run("export-qda", "--out", folder.File(name));

        Assert.Equal(2, exitCode);
        Assert.StartsWith($"reviewkit: --out '{VisibleText.Escape(folder.File(name))}' holds a control character; give a file name without one", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void ImportQda_SmallArchiveOfMillionsOfEmptyElements_Exit65FastInLittleMemory()
    {
        using var folder = new TestData.TempFolder();
        var archive = folder.File("many.qdpx");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("project.qde", CompressionLevel.SmallestSize).Open();
            entry.Write("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\">"u8);
            var empties = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<a/>", 250_000)));
            for (var block = 0; block < 98; block++)
            {
                entry.Write(empties); // 24.5 million elements, 98 MB unpacked: under the 100 MB limit
            }

            entry.Write("</Project>"u8);
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (exitCode, _, error) = Run("import-qda", archive, "--out", folder.File("layer"));
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Equal((65, $"{archive}/project.qde:1: the project has more than 1,000,000 elements; the limit is 1,000,000\n"), (exitCode, error.Split("reviewkit:")[0]));
        Assert.True(new FileInfo(archive).Length < 1024 * 1024, "the archive itself is small");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"import-qda took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(allocated < 200L * 1024 * 1024, $"import-qda allocated {allocated / (1024 * 1024)} MB");
        Assert.False(Directory.Exists(folder.File("layer")));
    }

    [Fact]
    public void ImportQda_TwoUsersCodedTheSources_ACoderFileEachThatAgreementReads()
    {
        using var folder = new TestData.TempFolder();
        var archive = folder.File("two.qdpx");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("project.qde").Open());
            writer.Write(TwoUsers);
        }

        var (exitCode, output, error) = Run("import-qda", archive, "--out", folder.File("layer"));

        Assert.Equal((0, ""), (exitCode, error));
        var ann = Path.Combine(folder.File("layer"), "coders", "Ann-Example.csv");
        var bo = Path.Combine(folder.File("layer"), "coders", "Bo.csv");
        Assert.Equal(
            $"Wrote {folder.File("layer")}: 2 codes, 2 studies, 4 codings.\n"
            + $"2 users coded the sources; each one's coding is in {Path.Combine(folder.File("layer"), "coders")}. Compare them with: reviewkit agreement --data {folder.File("layer")} --coder {ann} --coder {bo}\n",
            output);
        Assert.Equal("study_id,code\nN1,LO1\nN2,LO1\n", File.ReadAllText(ann));
        Assert.Equal("study_id,code\nN1,LO1\nN1,LO2\nN2,LO2\n", File.ReadAllText(bo));
        var agreement = Run("agreement", "--data", folder.File("layer"), "--coder", ann, "--coder", bo, "--format", "csv");
        Assert.Equal(0, agreement.ExitCode);
        // LO1: both in N1, Ann alone in N2 (1 of 2 studies agree); LO2: Bo alone in N1 and N2 (0 of 2).
        Assert.StartsWith("code,units,percent_agreement,", agreement.Out, StringComparison.Ordinal);
        Assert.Contains("\nLO1,2,50,", agreement.Out, StringComparison.Ordinal);
        Assert.Contains("\nLO2,2,0,", agreement.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportQda_Formulas_GuardedInTheLayerAndReadBackAsGiven()
    {
        using var folder = new TestData.TempFolder();
        var archive = folder.File("hostile.qdpx");
        using (var zip = ZipFile.Open(archive, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("project.qde").Open());
            writer.Write(TwoUsers.Replace("Motivation", "=HYPERLINK(\"http://x\",\"y\")", StringComparison.Ordinal)
                .Replace("Example, Ann", "@SUM(1+1)", StringComparison.Ordinal));
        }

        var (exitCode, _, error) = Run("import-qda", archive, "--out", folder.File("layer"));

        Assert.Equal((0, ""), (exitCode, error));
        Assert.Equal(
            "code,stakeholder,polarity,label\nLO1,Learners,Opportunity,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\nLO2,Learners,Opportunity,Flexibility\n",
            File.ReadAllText(Path.Combine(folder.File("layer"), ReviewDataset.CodebookFile)));
        Assert.StartsWith("study_id,authors,year,label\nN1,'@SUM(1+1),2023,", File.ReadAllText(Path.Combine(folder.File("layer"), ReviewDataset.StudiesFile)), StringComparison.Ordinal);
        var dataset = ReviewDataset.Load(folder.File("layer"));
        Assert.Equal(("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1+1)"), (dataset.Codebook[0].Label, dataset.Studies[0].Authors));
    }

    [Fact]
    public void ImportStudies_FormulasAndControlCharacters_NeutralisedAndTheLayerValid()
    {
        using var folder = new TestData.TempFolder()
            .Write("hostile.ris", "TY  - JOUR\nAU  - @SUM(1+1)\nPY  - 2023\nTI  - =HYPERLINK(\"http://x\",\"click\")\u001B[2J\u0007\u0000 end\nT2  - =cmd|' /C calc'!A0\nER  - \n");
        var layer = folder.File("layer");

        Assert.Equal(0, Run("import-studies", folder.File("hostile.ris"), "--out", layer).ExitCode);

        Assert.Equal(
            "study_id,authors,year,title,doi,source\nJA61,'@SUM(1+1),2023,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\") [2J end\",,'=cmd|' /C calc'!A0\n",
            File.ReadAllText(Path.Combine(layer, ReviewDataset.StudiesFile)));
        File.WriteAllText(Path.Combine(layer, ReviewDataset.CodingsFile), "study_id,code\nJA61,LO1\n");
        Assert.Equal(0, Run("validate", "--data", TestData.DataFolder, "--data", layer).ExitCode);
    }

    [Fact]
    public void ImportStudies_LayerIdsPastLongAndInOtherDigits_NewIdsWithoutAStackTrace()
    {
        using var folder = new TestData.TempFolder();
        Directory.CreateDirectory(folder.File("big"));
        Directory.CreateDirectory(folder.File("arabic"));
        folder.Write("one.ris", "TY  - JOUR\nAU  - Newman, Ann\nPY  - 2023\nTI  - A made-up study\nER  - \n")
            .Write("big/studies.csv", "study_id,authors,year\nJA99999999999999999999,Smith,2020\n").Write("big/codings.csv", "study_id,code\nJA99999999999999999999,LC1\n")
            .Write("arabic/studies.csv", "study_id,authors,year\nJA\u0663,Smith,2020\n").Write("arabic/codings.csv", "study_id,code\nJA\u0663,LC1\n");

        var big = Run("import-studies", folder.File("one.ris"), "--data", TestData.DataFolder, "--data", folder.File("big"), "--out", folder.File("out-big"));
        var arabic = Run("import-studies", folder.File("one.ris"), "--data", TestData.DataFolder, "--data", folder.File("arabic"), "--out", folder.File("out-arabic"));

        Assert.Equal((0, ""), (big.ExitCode, big.Error));
        Assert.StartsWith($"Wrote {folder.File("out-big")}: 1 new study (JA100000000000000000000) from 1 record.", big.Out, StringComparison.Ordinal);
        Assert.Equal((0, ""), (arabic.ExitCode, arabic.Error));
        Assert.StartsWith($"Wrote {folder.File("out-arabic")}: 1 new study (JA61) from 1 record.", arabic.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportStudies_CslJsonWithALoneSurrogate_Exit65FileAndLine()
    {
        using var folder = new TestData.TempFolder()
            .Write("zotero.json", "[{\"author\":[{\"family\":\"Smith\"}],\"issued\":{\"date-parts\":[[2020]]},\"title\":\"a\\uD800b\"}]");

        var (exitCode, output, error) = Run("import-studies", folder.File("zotero.json"), "--out", folder.File("layer"));

        Assert.Equal((65, ""), (exitCode, output));
        Assert.StartsWith($"{folder.File("zotero.json")}:1: the item holds a string with a lone surrogate", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("layer")));
    }

    // Two users coded passages of two sources, and there are no cases. In N2, Bo's coding names no user: its selection's user counts.
    private const string TwoUsers = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="two users">
          <Users>
            <User guid="00000000-0000-0000-0000-0000000000A1" name="Ann Example" />
            <User guid="00000000-0000-0000-0000-0000000000B2" name="Bo" />
          </Users>
          <CodeBook><Codes>
            <Code guid="00000000-0000-0000-0000-000000000001" name="Learners" isCodable="false">
              <Code guid="00000000-0000-0000-0000-000000000002" name="Opportunities" isCodable="false">
                <Code guid="00000000-0000-0000-0000-000000000003" name="LO1" isCodable="true"><Description>Motivation</Description></Code>
                <Code guid="00000000-0000-0000-0000-000000000004" name="LO2" isCodable="true"><Description>Flexibility</Description></Code>
              </Code>
            </Code>
          </Codes></CodeBook>
          <Variables>
            <Variable guid="00000000-0000-0000-0000-0000000000F1" name="year" typeOfVariable="Integer" />
            <Variable guid="00000000-0000-0000-0000-0000000000F2" name="authors" typeOfVariable="Text" />
          </Variables>
          <Sources>
            <TextSource guid="00000000-0000-0000-0000-000000000101" name="N1" plainTextPath="internal://n1.txt">
              <PlainTextSelection guid="00000000-0000-0000-0000-000000000111" startPosition="0" endPosition="10">
                <Coding guid="00000000-0000-0000-0000-000000000121" creatingUser="00000000-0000-0000-0000-0000000000A1"><CodeRef targetGUID="00000000-0000-0000-0000-000000000003" /></Coding>
                <Coding guid="00000000-0000-0000-0000-000000000122" creatingUser="00000000-0000-0000-0000-0000000000B2"><CodeRef targetGUID="00000000-0000-0000-0000-000000000003" /></Coding>
                <Coding guid="00000000-0000-0000-0000-000000000123" creatingUser="00000000-0000-0000-0000-0000000000B2"><CodeRef targetGUID="00000000-0000-0000-0000-000000000004" /></Coding>
              </PlainTextSelection>
              <VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-0000000000F1" /><IntegerValue>2023</IntegerValue></VariableValue>
              <VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-0000000000F2" /><TextValue>Example, Ann</TextValue></VariableValue>
            </TextSource>
            <TextSource guid="00000000-0000-0000-0000-000000000102" name="N2" plainTextPath="internal://n2.txt">
              <PlainTextSelection guid="00000000-0000-0000-0000-000000000112" startPosition="0" endPosition="10">
                <Coding guid="00000000-0000-0000-0000-000000000124" creatingUser="00000000-0000-0000-0000-0000000000A1"><CodeRef targetGUID="00000000-0000-0000-0000-000000000003" /></Coding>
              </PlainTextSelection>
              <PlainTextSelection guid="00000000-0000-0000-0000-000000000113" startPosition="20" endPosition="30" creatingUser="00000000-0000-0000-0000-0000000000B2">
                <Coding guid="00000000-0000-0000-0000-000000000125"><CodeRef targetGUID="00000000-0000-0000-0000-000000000004" /></Coding>
              </PlainTextSelection>
              <VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-0000000000F1" /><IntegerValue>2022</IntegerValue></VariableValue>
              <VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-0000000000F2" /><TextValue>Sample, Bo</TextValue></VariableValue>
            </TextSource>
          </Sources>
        </Project>
        """;

    [Fact]
    public void CoderFileNames_UnsafeAndRepeatedNames_SafeAndDistinct()
    {
        var coders = new[] { "Ann Example", "../etc", "Ann-Example", "", "Bo" }.Select(name => new Coder(name, [], [])).ToList();

        Assert.Equal(["Ann-Example.csv", "etc.csv", "Ann-Example-2.csv", "coder.csv", "Bo.csv"], ImportQdaCommand.CoderFileNames(coders));
    }

    [Fact]
    public void CoderFileNames_UserNameLongerThanAFileNameMayBe_ShortenedAndStillDistinct()
    {
        var coders = new[] { new string('a', 300), new string('a', 301) }.Select(name => new Coder(name, [], [])).ToList();

        var names = ImportQdaCommand.CoderFileNames(coders);

        Assert.Equal([new string('a', 200) + ".csv", new string('a', 200) + "-2.csv"], names);
    }
}
