using ReviewKit.Data;
using ReviewKit.Interchange;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>
/// Exports in each source's RIS dialect, written from the RIS tag list (TY…ER, AU/A1, TI/T1, PY/Y1/DA, T2/JF, DO) as each
/// exporter uses it. The paper itself stands in for a real record; the other records are made up.
/// </summary>
public sealed class ReferencesTests
{
    private static readonly int NextYear = DateTime.UtcNow.Year + 1;

    private const string PaperTitle =
        "A systematic review of the opportunities and challenges of micro-credentials for multiple stakeholders: learners, employers, higher education institutions and government";

    // Scopus: CRLF, initials, PY a bare year, the source title in T2, many tags this reader does not use.
    private const string Scopus =
        "TY  - JOUR\r\nAU  - Varadarajan, S.\r\nAU  - Koh, J.H.L.\r\nAU  - Daniel, B.K.\r\n"
        + $"TI  - {PaperTitle}\r\nPY  - 2023\r\nT2  - International Journal of Educational Technology in Higher Education\r\n"
        + "VL  - 20\r\nIS  - 1\r\nC7  - 13\r\nDO  - 10.1186/s41239-023-00381-x\r\nUR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-0\r\n"
        + "AB  - Micro-credentials are short courses.\r\nKW  - Micro-credentials\r\nKW  - Higher education\r\nDB  - Scopus\r\nM3  - Review\r\nER  - \r\n\r\n";

    // Web of Science: a BOM, full given names, the source in capitals, DA a month, and ER without a trailing space.
    private const string WebOfScience =
        "\uFEFF\nTY  - JOUR\nAU  - Varadarajan, Soundarya\nAU  - Koh, Joyce Hwee Ling\nAU  - Daniel, Ben Kei\n"
        + $"TI  - {PaperTitle}\nT2  - INTERNATIONAL JOURNAL OF EDUCATIONAL TECHNOLOGY IN HIGHER EDUCATION\nDA  - MAR 1\nPY  - 2023\n"
        + "VL  - 20\nIS  - 1\nDO  - 10.1186/s41239-023-00381-x\nAN  - WOS:000000000000001\nER  -\n\n";

    // EndNote: A1 and T1 for authors and title, Y1 as 2020/11//, JF for the journal, the DOI as an address, CRLF.
    private const string EndNote =
        "TY  - JOUR\r\nA1  - Example, Ann\r\nA1  - Sample, Bo\r\nT1  - Badges at work: a made-up study\r\nJF  - Journal of Made-up Examples\r\n"
        + "Y1  - 2020/11//\r\nVL  - 3\r\nSP  - 1\r\nEP  - 10\r\nDO  - https://doi.org/10.5555/EXAMPLE.1\r\nER  - \r\n";

    // Zotero: DA with the full date before PY, an abstract wrapped onto a second line.
    private const string Zotero =
        "TY  - JOUR\nTI  - Stackable credentials in a made-up college\nAU  - Example, Ann\nAU  - Sample, Bo\nAU  - Trial, Cy\n"
        + "T2  - Journal of Made-up Examples\nAB  - A first line of the abstract\ncontinued on the next line.\nDA  - 2021/02/05/\nPY  - 2021\n"
        + "DO  - 10.5555/example.2\nUR  - https://example.org/2\nER  - \n";

    [Fact]
    public void Parse_Scopus_AuthorsAsGivenYearTitleDoiAndSource()
    {
        var reference = Assert.Single(References.Parse("scopus.ris", Scopus));

        Assert.Equal(["Varadarajan, S.", "Koh, J.H.L.", "Daniel, B.K."], reference.Authors);
        Assert.Equal("Varadarajan, S.; Koh, J.H.L.; Daniel, B.K.", reference.AuthorsText);
        Assert.Equal((2023, PaperTitle, "10.1186/s41239-023-00381-x"), (reference.Year, reference.Title, reference.Doi));
        Assert.Equal("International Journal of Educational Technology in Higher Education", reference.Source);
        Assert.Equal("scopus.ris:1", reference.Place);
    }

    [Fact]
    public void Parse_WebOfScience_BomBlankFirstLineAndBareEr()
    {
        var reference = Assert.Single(References.Parse("wos.ris", WebOfScience));

        Assert.Equal(["Varadarajan, Soundarya", "Koh, Joyce Hwee Ling", "Daniel, Ben Kei"], reference.Authors);
        Assert.Equal((2023, 2), (reference.Year, reference.Line)); // PY wins over DA "MAR 1"; the record starts on line 2
        Assert.Equal("10.1186/s41239-023-00381-x", reference.Doi);
    }

    [Fact]
    public void Parse_EndNote_A1T1Y1AndJf()
    {
        var reference = Assert.Single(References.Parse("endnote.ris", EndNote));

        Assert.Equal(["Example, Ann", "Sample, Bo"], reference.Authors);
        Assert.Equal((2020, "Badges at work: a made-up study"), (reference.Year, reference.Title));
        Assert.Equal(("10.5555/EXAMPLE.1", "Journal of Made-up Examples"), (reference.Doi, reference.Source));
    }

    [Fact]
    public void Parse_ZoteroWithTwoFilesJoined_EveryRecordInOrder()
    {
        var references = References.Parse("zotero.ris", Zotero + "\n" + EndNote);

        Assert.Equal([2021, 2020], references.Select(reference => reference.Year));
        Assert.Equal([1, 15], references.Select(reference => reference.Line));
        Assert.Equal(["Example, Ann", "Sample, Bo", "Trial, Cy"], references[0].Authors);
    }

    [Theory]
    [InlineData("2020", 2020)]
    [InlineData("2020/11//", 2020)]
    [InlineData("2020/11/05/", 2020)]
    [InlineData("2020///Fall", 2020)]
    [InlineData("2020-11-05", 2020)]
    public void Parse_YearForms_TheFirstFourDigits(string value, int expected)
    {
        var reference = Assert.Single(References.Parse("y.ris", $"TY  - JOUR\nAU  - Example, Ann\nPY  - {value}\nER  - \n"));

        Assert.Equal(expected, reference.Year);
    }

    [Fact]
    public void Parse_MalformedRecords_EveryProblemWithItsLine()
    {
        const string text =
            "TY  - JOUR\nAU  - Example, Ann\nPY  - n.d.\nER  - \n"   // 1–4: a year that is not one
            + "TY  - JOUR\nTI  - No author\nPY  - 2020\nER  - \n"     // 5–8: no author
            + "TY  - JOUR\nAU  - Sample, Bo\nTI  - No year\nER  - \n" // 9–12: no year
            + "TY  - JOUR\nAU  - Trial, Cy\nPY  - soon\n"             // 13–15: no ER before the next record, nor a year
            + "TY  - JOUR\nTI  - Last\nPY  - 2022\n";                 // 16–18: the file ends before ER; no author

        var problems = Assert.Throws<ReviewDataException>(() => References.Parse("bad.ris", text)).Problems.Select(problem => problem.ToString());

        Assert.Equal(
        [
            $"bad.ris:3: PY 'n.d.' is not a year; expected a year from 1500 to {NextYear} (next year), e.g. 2020 or 2020/11//",
            "bad.ris:5: the record has no author; expected AU or A1 lines (or A2 or ED for an edited book)",
            "bad.ris:9: the record has no year; expected a PY, Y1 or DA line",
            "bad.ris:13: the record starting here has no ER line before the next record (line 16); end every record with 'ER  - '",
            $"bad.ris:15: PY 'soon' is not a year; expected a year from 1500 to {NextYear} (next year), e.g. 2020 or 2020/11//",
            "bad.ris:16: the record starting here has no ER line: the file ends first; end every record with 'ER  - '",
            "bad.ris:16: the record has no author; expected AU or A1 lines (or A2 or ED for an edited book)",
        ], problems);
    }

    [Theory]
    [InlineData("study_id,authors,year\nJA61,Smith,2023\n", "csv.ris:1: not an RIS file: expected a record starting with 'TY  - ', found 'study_id,authors,year'")]
    [InlineData("@article{smith2020,\n  title={Badges}\n}\n", "bib.ris:1: not an RIS file: expected a record starting with 'TY  - ', found '@article{smith2020,'")]
    [InlineData("\n\nAU  - Smith, Jane\nER  - \n", "tagged.ris:3: not an RIS file: expected a record starting with 'TY  - ', found 'AU  - Smith, Jane'")]
    [InlineData("   \n", "blank.ris: no RIS record found; expected records from 'TY  - ' to 'ER  - '")]
    public void Parse_NotRis_OneProblemNamingTheFile(string text, string expected)
    {
        var file = expected[..expected.IndexOf(':', StringComparison.Ordinal)];

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => References.Parse(file, text)).Problems);

        Assert.Equal(expected, problem.ToString());
    }

    [Fact]
    public void Parse_CslJsonFromZotero_AuthorsFamilyGivenOrLiteral()
    {
        const string json = """
            [
              {
                "id": "example-2021",
                "type": "article-journal",
                "title": "Stackable credentials in a made-up college",
                "container-title": "Journal of Made-up Examples",
                "DOI": "10.5555/example.2",
                "author": [ { "family": "Example", "given": "Ann" }, { "literal": "Made-up Consortium" } ],
                "issued": { "date-parts": [ [ 2021, 2, 5 ] ] }
              },
              {
                "type": "report",
                "title": "A made-up report",
                "author": [ { "family": "Sample" } ],
                "issued": { "raw": "2019-07" }
              }
            ]
            """;

        var references = References.Parse("zotero.json", json);

        Assert.Equal(["Example, Ann", "Made-up Consortium"], references[0].Authors);
        Assert.Equal((2021, "10.5555/example.2", "Journal of Made-up Examples"), (references[0].Year, references[0].Doi, references[0].Source));
        Assert.Equal((2, 11), (references[0].Line, references[1].Line));
        Assert.Equal(["Sample"], references[1].Authors);
        Assert.Equal((2019, (string?)null), (references[1].Year, references[1].Doi));
    }

    [Fact]
    public void Parse_MalformedCslJson_TheLineOfEachProblem()
    {
        const string json = "[\n  { \"title\": \"No year\", \"author\": [ { \"family\": \"A\" } ] },\n  { \"title\": \"No author\", \"issued\": { \"date-parts\": [ [ \"n.d.\" ] ] } }\n]\n";

        var problems = Assert.Throws<ReviewDataException>(() => References.Parse("bad.json", json)).Problems.Select(problem => problem.ToString());

        Assert.Equal(
        [
            "bad.json:2: the item has no year; expected \"issued\": {\"date-parts\": [[2020]]}",
            "bad.json:3: the item has no author; expected \"author\": [{\"family\": ..., \"given\": ...}] (or \"editor\" for an edited book)",
            $"bad.json:3: \"issued\" {{ \"date-parts\": [ [ \"n.d.\" ] ] }} is not a year; expected a year from 1500 to {NextYear} (next year), e.g. {{\"date-parts\": [[2020, 11]]}}",
        ], problems);
    }

    [Fact]
    public void Parse_BrokenJson_TheLineWhereItBreaks()
    {
        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => References.Parse("broken.json", "[\n  { \"title\": \"x\",\n  }\n")).Problems);

        Assert.StartsWith("broken.json:3: not a CSL-JSON file: the JSON is malformed", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingAndDirectory_EveryFileReported()
    {
        using var folder = new Shared.TestData.TempFolder().Write("good.ris", EndNote);

        var problems = Assert.Throws<ReviewDataException>(() => References.Load([folder.File("good.ris"), folder.File("missing.ris"), folder.Path])).Problems;

        Assert.Equal([$"{folder.File("missing.ris")}: file not found", $"{folder.Path}: is a directory; expected an RIS or CSL-JSON file"], problems.Select(problem => problem.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_AValueWrappedOn40000Lines_ReadInSecondsAndRefusedAsLongerThanAStudyHolds()
    {
        var line = new string('x', 100);
        var ris = $"TY  - JOUR\nAU  - Example, Ann\nPY  - 2023\nTI  - start\n{string.Concat(Enumerable.Repeat(line + "\n", 40_000))}ER  - \n";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => References.Parse("long.ris", ris)).Problems);

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 10); // each line copied the whole value so far: minutes
        Assert.Equal(("long.ris", 1), (problem.File, problem.Line));
        Assert.StartsWith("the record's authors, title, DOI and source take 4,040,017 characters; a study holds at most 49,900", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ARecordWithinAStudysLength_Read()
    {
        var ris = $"TY  - JOUR\nAU  - Example, Ann\nPY  - 2023\nTI  - {new string('x', 49_900 - 13)}\nER  - \n";

        Assert.Equal(49_900 - 13, Assert.Single(References.Parse("long.ris", ris)).Title!.Length);
    }

    [Fact]
    public void Parse_PublisherHeaderRecordNumbersAndLinesAfterER_EveryRecordRead()
    {
        // The shapes of a publisher's single-article download, Cochrane's numbering and Ovid's lines after ER.
        const string ris = "Provider: Oxford University Press\nDatabase: Oxford Journals\nContent: text/plain; charset=\"UTF-8\"\n\n"
            + "Record #1 of 2\n1.\nTY  - JOUR\nAU  - Law, Patrina\nPY  - 2015\nTI  - Digital badging at The Open University\nER  - \n"
            + "NL  - https://example.org/1\nLink to the Ovid Full Text or citation:\n\n"
            + "Record #2 of 2\n2.\nTY  - JOUR\nAU  - Example, Ann\nPY  - 2021\nER  - \n";

        var references = References.Parse("header.ris", ris);

        Assert.Equal([("Law, Patrina", 2015, 7), ("Example, Ann", 2021, 17)], references.Select(reference => (reference.AuthorsText, reference.Year, reference.Line)));
    }

    [Fact]
    public void Parse_AnAuthorLineAfterER_ARecordThatLostItsTY()
    {
        const string ris = "TY  - JOUR\nAU  - Example, Ann\nPY  - 2021\nER  - \nAU  - Sample, Bo\nPY  - 2022\nER  - \n";

        var problems = Assert.Throws<ReviewDataException>(() => References.Parse("lost.ris", ris)).Problems.Select(problem => problem.ToString());

        Assert.Equal(["lost.ris:5: AU outside a record; a record starts with 'TY  - ' and ends with 'ER  - '", "lost.ris:6: PY outside a record; a record starts with 'TY  - ' and ends with 'ER  - '"], problems);
    }

    [Fact]
    public void Parse_AnEditedBookWithoutAuthors_ItsEditorsAsAuthors()
    {
        const string ris = "TY  - EDBOOK\nA2  - Editor, Ed\nED  - Second, Sue\nPY  - 2019\nTI  - Micro-credentials\nER  - \n";

        Assert.Equal(["Editor, Ed", "Second, Sue"], Assert.Single(References.Parse("book.ris", ris)).Authors);
    }

    [Fact]
    public void Parse_CslJsonWithALoneSurrogate_AProblemAtTheItem()
    {
        const string json = "[\n{\"author\": [{\"family\": \"Example\"}], \"issued\": {\"date-parts\": [[2023]]}, \"title\": \"ok\"},\n"
            + "{\"author\": [{\"family\": \"Sample\"}], \"issued\": {\"date-parts\": [[2023]]}, \"title\": \"a\\uD800b\"}\n]";

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => References.Parse("zotero.json", json)).Problems);

        Assert.Equal(("zotero.json", 3), (problem.File, problem.Line));
        Assert.StartsWith("the item holds a string with a lone surrogate", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Badges\u001B[2J\u0007\u0000 and beyond", "Badges [2J and beyond")]
    [InlineData("Badges\tand\u0085beyond", "Badges and beyond")]
    [InlineData("\u0000", null)]
    public void Parse_ControlCharactersInAValue_ASpace(string title, string? expected)
    {
        var ris = References.Parse("new.ris", $"TY  - JOUR\nAU  - Example, Ann\nPY  - 2023\nTI  - {title}\nER  - \n");
        var json = References.Parse("new.json", $"[{{\"author\": [{{\"family\": \"Example\"}}], \"issued\": {{\"date-parts\": [[2023]]}}, \"title\": \"{System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(title)}\"}}]");

        Assert.Equal((expected, expected), (Assert.Single(ris).Title, Assert.Single(json).Title));
    }

    [Theory]
    [InlineData("1878", 1878)]
    [InlineData("1500", 1500)]
    [InlineData("1878/05//", 1878)]
    public void Parse_AnOldYear_Accepted(string year, int expected)
    {
        var ris = References.Parse("old.ris", $"TY  - BOOK\nAU  - Darwin, Charles\nPY  - {year}\nER  - \n");
        var json = References.Parse("old.json", $"[{{\"author\": [{{\"family\": \"Darwin\"}}], \"issued\": {{\"date-parts\": [[{expected}]]}}}}]");

        Assert.Equal((expected, expected), (Assert.Single(ris).Year, Assert.Single(json).Year));
    }

    [Fact]
    public void Parse_NextYearAcceptedTheYearAfterRefused()
    {
        var accepted = References.Parse("ahead.ris", $"TY  - JOUR\nAU  - Example, Ann\nPY  - {NextYear}\nER  - \n");
        var refusedRis = Assert.Single(Assert.Throws<ReviewDataException>(() => References.Parse("late.ris", $"TY  - JOUR\nAU  - Example, Ann\nPY  - {NextYear + 1}\nER  - \n")).Problems);
        var refusedJson = Assert.Single(Assert.Throws<ReviewDataException>(() => References.Parse("late.json", $"[{{\"author\": [{{\"family\": \"A\"}}], \"issued\": {{\"date-parts\": [[{NextYear + 1}]]}}}}]")).Problems);
        var tooOld = Assert.Single(Assert.Throws<ReviewDataException>(() => References.Parse("old.ris", "TY  - JOUR\nAU  - Example, Ann\nPY  - 1499\nER  - \n")).Problems);

        Assert.Equal(NextYear, Assert.Single(accepted).Year);
        Assert.Equal($"late.ris:3: PY '{NextYear + 1}' is not a year; expected a year from 1500 to {NextYear} (next year), e.g. 2020 or 2020/11//", refusedRis.ToString());
        Assert.Contains($"is not a year; expected a year from 1500 to {NextYear} (next year)", refusedJson.Message, StringComparison.Ordinal);
        Assert.Equal("old.ris:3: PY '1499' is not a year; expected a year from 1500 to " + NextYear + " (next year), e.g. 2020 or 2020/11//", tooOld.ToString());
    }

    [Fact]
    public void Parse_CslJsonParticlesAndSuffix_KeptInTheName()
    {
        const string json = """
            [
              {
                "title": "Particles",
                "author": [
                  { "family": "Berg", "non-dropping-particle": "van der", "given": "Jan", "suffix": "Jr." },
                  { "family": "Humboldt", "given": "Alexander", "dropping-particle": "von" },
                  { "family": "King", "given": "Martin Luther", "suffix": "Jr." }
                ],
                "issued": { "date-parts": [ [ 2020 ] ] }
              }
            ]
            """;

        Assert.Equal(["van der Berg, Jan, Jr.", "Humboldt, Alexander von", "King, Martin Luther, Jr."], Assert.Single(References.Parse("zotero.json", json)).Authors);
    }

    [Fact]
    public void Parse_RisNameWithParticleAndSuffix_KeptWhole()
    {
        var reference = Assert.Single(References.Parse("endnote.ris", "TY  - JOUR\nAU  - van der Berg, Jan, Jr.\nPY  - 2020\nER  - \n"));

        Assert.Equal(["van der Berg, Jan, Jr."], reference.Authors);
    }

    [Fact]
    public void Parse_CslJsonEditedBookWithoutAuthors_ItsEditorsAsAuthors()
    {
        const string json = "[{\"type\": \"book\", \"title\": \"Edited\", \"editor\": [{\"family\": \"Editor\", \"given\": \"Ed\"}, {\"literal\": \"Made-up Board\"}], \"issued\": {\"date-parts\": [[2019]]}},\n"
            + " {\"type\": \"chapter\", \"title\": \"Both\", \"author\": [{\"family\": \"Writer\"}], \"editor\": [{\"family\": \"Editor\"}], \"issued\": {\"date-parts\": [[2019]]}}]";

        var references = References.Parse("zotero.json", json);

        Assert.Equal(["Editor, Ed", "Made-up Board"], references[0].Authors);
        Assert.Equal(["Writer"], references[1].Authors);
    }

    private const string Ris1252Record = "TY  - JOUR\r\nAU  - Müller, Zoë\r\nTI  - Badges – a “made-up” study\r\nPY  - 2021\r\nER  - \r\n";

    [Theory]
    [InlineData("utf-16le", "read as UTF-16LE (byte-order mark)")]
    [InlineData("utf-16be", "read as UTF-16BE (byte-order mark)")]
    [InlineData("utf-8-bom", null)]
    [InlineData("utf-8", null)]
    public void Load_UnicodeEncodings_ReadAndNamed(string encoding, string? note)
    {
        using var folder = new TestData.TempFolder();
        var bytes = encoding switch
        {
            "utf-16le" => [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(Ris1252Record)],
            "utf-16be" => [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes(Ris1252Record)],
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Ris1252Record)],
            _ => System.Text.Encoding.UTF8.GetBytes(Ris1252Record),
        };
        File.WriteAllBytes(folder.File("a.ris"), bytes);

        var loaded = References.Load([folder.File("a.ris")], skipIncomplete: false, windows1252: false);

        Assert.Null(loaded.Failure);
        var reference = Assert.Single(loaded.References);
        Assert.Equal(("Müller, Zoë", "Badges – a “made-up” study"), (reference.AuthorsText, reference.Title));
        Assert.Equal(note is null ? [] : [$"{folder.File("a.ris")}: {note}"], loaded.EncodingNotes);
    }

    [Fact]
    public void Load_CslJsonInUtf16_Read()
    {
        using var folder = new TestData.TempFolder();
        const string json = "[{\"title\": \"Zoë\", \"author\": [{\"family\": \"Müller\"}], \"issued\": {\"date-parts\": [[2021]]}}]";
        File.WriteAllBytes(folder.File("a.json"), [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(json)]);

        var loaded = References.Load([folder.File("a.json")], skipIncomplete: false, windows1252: false);

        Assert.Equal(("Zoë", "Müller"), (Assert.Single(loaded.References).Title, loaded.References[0].Authors[0]));
        Assert.Equal([$"{folder.File("a.json")}: read as UTF-16LE (byte-order mark)"], loaded.EncodingNotes);
    }

    [Fact]
    public void Load_Windows1252WithoutTheOption_RefusedNamingLineByteAndOption()
    {
        using var folder = new TestData.TempFolder();
        File.WriteAllBytes(folder.File("old.ris"), Windows1252Bytes(Ris1252Record));

        var loaded = References.Load([folder.File("old.ris")], skipIncomplete: false, windows1252: false);

        var problem = Assert.Single(Assert.IsType<ReviewDataException>(loaded.Failure).Problems);
        Assert.Equal(
            $"{folder.File("old.ris")}:2: the file is not valid UTF-8 (byte 0xFC on this line) and has no byte-order mark; "
            + "if it comes from an older Windows tool (EndNote, Reference Manager), pass --encoding windows-1252; otherwise save it as UTF-8",
            problem.ToString());
    }

    [Fact]
    public void Load_Windows1252OnRequest_ReadAndNamed()
    {
        using var folder = new TestData.TempFolder();
        File.WriteAllBytes(folder.File("old.ris"), Windows1252Bytes(Ris1252Record));

        var loaded = References.Load([folder.File("old.ris")], skipIncomplete: false, windows1252: true);

        var reference = Assert.Single(loaded.References);
        Assert.Equal(("Müller, Zoë", "Badges – a “made-up” study"), (reference.AuthorsText, reference.Title));
        Assert.Equal([$"{folder.File("old.ris")}: read as Windows-1252 (--encoding windows-1252)"], loaded.EncodingNotes);
    }

    [Fact]
    public void Load_SkipIncomplete_TheCompleteRecordsAndEachSkippedWithWhy()
    {
        using var folder = new TestData.TempFolder().Write("mixed.ris",
            "TY  - JOUR\nTI  - No author\nPY  - 2020\nER  - \n"           // 1
            + "TY  - JOUR\nAU  - Example, Ann\nPY  - 2021\nER  - \n"      // 5
            + "TY  - JOUR\nAU  - Sample, Bo\nPY  - n.d.\nER  - \n"        // 9
            + "TY  - JOUR\nTI  - Neither\nER  - \n");                       // 13

        var skipped = References.Load([folder.File("mixed.ris")], skipIncomplete: true, windows1252: false);
        var refused = References.Load([folder.File("mixed.ris")], skipIncomplete: false, windows1252: false);

        Assert.Null(skipped.Failure);
        Assert.Equal(["Example, Ann"], Assert.Single(skipped.References).Authors);
        Assert.Equal(
        [
            $"{folder.File("mixed.ris")}:1: skipped: no author (no AU, A1, A2 or ED line)",
            $"{folder.File("mixed.ris")}:9: skipped: PY 'n.d.' is not a year from 1500 to {NextYear} (next year)",
            $"{folder.File("mixed.ris")}:13: skipped: no author (no AU, A1, A2 or ED line); no year (no PY, Y1 or DA line)",
        ], skipped.Skipped.Select(problem => problem.ToString()));
        Assert.Equal((4, 3), (Assert.IsType<ReviewDataException>(refused.Failure).Count, refused.IncompleteRecords));
    }

    [Fact]
    public void Load_SkipIncompleteOnAMalformedFile_StillRefused()
    {
        using var folder = new TestData.TempFolder()
            .Write("broken.json", "[{\"title\": \"x\",]")
            .Write("unended.ris", "TY  - JOUR\nAU  - Example, Ann\nPY  - 2021\n");

        var loaded = References.Load([folder.File("broken.json"), folder.File("unended.ris")], skipIncomplete: true, windows1252: false);

        Assert.Equal(2, Assert.IsType<ReviewDataException>(loaded.Failure).Count);
        Assert.Empty(loaded.Skipped);
    }

    private static byte[] Windows1252Bytes(string text)
    {
        // Hand-mapped: ü ë are Latin-1, – “ ” are 0x96 0x93 0x94 in Windows-1252.
        var map = new Dictionary<char, byte> { ['ü'] = 0xFC, ['ë'] = 0xEB, ['–'] = 0x96, ['“'] = 0x93, ['”'] = 0x94 };
        return [.. text.Select(c => map.TryGetValue(c, out var b) ? b : checked((byte)c))];
    }
}
