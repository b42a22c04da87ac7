using System.Diagnostics;
using ReviewKit.Data;
using ReviewKit.Interchange;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public sealed class StudyImportTests
{
    private static Reference Record(string author, int year, string? title = null, string? doi = null, int line = 1) =>
        new("new.ris", line, [author], year, title, doi, null);

    [Fact]
    public void Prepare_NewRecordsOnThePaper_IdsContinueAfterJA60()
    {
        var import = StudyImport.Prepare([Record("Example, Ann", 2023, "A made-up study"), Record("Sample, Bo", 2023, "Another made-up study", line: 8)], []);

        Assert.Equal(["JA61", "JA62"], import.Studies.Select(study => study.Id));
        Assert.Empty(import.Duplicates);
    }

    [Fact]
    public void Prepare_ThePapersOwnStudy_ADuplicateBySurnameAndYear()
    {
        // JA03 is Loeckx (2016): the paper's data hold authors and year only, so surname and year decide.
        var import = StudyImport.Prepare([Record("Loeckx, Johan", 2016, "Blurring boundaries in education")], []);

        Assert.Empty(import.Studies);
        var duplicate = Assert.Single(import.Duplicates);
        Assert.Equal(DuplicateReason.SameFirstAuthorAndYear, duplicate.Reason);
        Assert.Equal("new.ris:1: possible duplicate of JA03 (Loeckx, 2016) in the paper's data: same first-author surname and year; not added", duplicate.ToString());
    }

    [Fact]
    public void Prepare_SurnameInAnotherYear_NotADuplicate()
    {
        var import = StudyImport.Prepare([Record("Loeckx, Johan", 2017, "A later paper")], []);

        Assert.Equal("JA61", Assert.Single(import.Studies).Id);
    }

    [Theory]
    [InlineData("Law P.")]
    [InlineData("Law, P.")]
    [InlineData("Patrina Law")]
    [InlineData("Law, Patrina")]
    public void Prepare_AuthorStylesOfThePapersLaw2015_ADuplicateOfJA02(string author)
    {
        // JA02 is Law (2015): its authors are "Law", so each style of writing the first author must reduce to that surname.
        var import = StudyImport.Prepare([Record(author, 2015)], []);

        Assert.Empty(import.Studies);
        Assert.Equal("JA02", Assert.Single(import.Duplicates).Match[..4]);
    }

    [Fact]
    public void Prepare_ParticlesAndSuffixesAsCslJsonAndRisWriteThem_DuplicatesOfVanDerBerg()
    {
        // A made-up study of a layer whose authors are written "van der Berg"; the records name him in the forms the readers produce.
        KnownStudy[] known = [new("S01", "van der Berg", 2020, null, null, "studies.csv", 2)];
        var csl = References.Parse("zotero.json", "[{\"author\": [{\"family\": \"Berg\", \"non-dropping-particle\": \"van der\", \"given\": \"Jan\", \"suffix\": \"Jr.\"}], \"issued\": {\"date-parts\": [[2020]]}}]");
        var ris = References.Parse("endnote.ris", "TY  - JOUR\nAU  - van der Berg, Jan, Jr.\nPY  - 2020\nER  - \n");
        var dropping = References.Parse("mendeley.json", "[{\"author\": [{\"family\": \"Berg\", \"given\": \"Jan\", \"dropping-particle\": \"van der\"}], \"issued\": {\"date-parts\": [[2020]]}}]");

        var import = StudyImport.PrepareAgainst([.. csl, .. ris, .. dropping], known);

        Assert.Equal(["van der Berg, Jan, Jr.", "van der Berg, Jan, Jr.", "Berg, Jan van der"], import.Duplicates.Select(duplicate => duplicate.Reference.Authors[0]));
        Assert.All(import.Duplicates, duplicate => Assert.Equal(DuplicateReason.SameFirstAuthorAndYear, duplicate.Reason));
        Assert.Empty(import.Studies);
    }

    [Theory]
    [InlineData("Law P.", 2016)]
    [InlineData("Lawson P.", 2015)]
    [InlineData("Lawson, Patrina", 2015)]
    public void Prepare_AnotherYearOrALongerSurname_NotADuplicateOfLaw2015(string author, int year)
    {
        var import = StudyImport.Prepare([Record(author, year)], []);

        Assert.Empty(import.Duplicates);
        Assert.Single(import.Studies);
    }

    [Fact]
    public void Prepare_SurnameOfTwoStudies_BothListed()
    {
        // JA29 Spencer and Bussi (2020) and JA30 Spencer (2020).
        var import = StudyImport.Prepare([Record("Spencer, D.", 2020)], []);

        Assert.Equal(["JA29", "JA30"], import.Duplicates.Select(duplicate => duplicate.Match[..4]));
    }

    [Fact]
    public void Prepare_RecordsOfOneImport_DuplicatesByDoiAndByNormalisedTitle()
    {
        var import = StudyImport.Prepare(
        [
            Record("Example, Ann", 2023, "Micro-credentials: a made-up review", "10.5555/ABC", line: 1),
            Record("Other, Cy", 2023, "Something else", "https://doi.org/10.5555/abc", line: 9),
            Record("Third, Di", 2023, "MICRO CREDENTIALS — a made-úp review!", line: 17),
            Record("Fourth, Ed", 2024, "Micro-credentials: a made-up review", line: 25),
        ], []);

        Assert.Equal(["JA61", "JA62"], import.Studies.Select(study => study.Id));
        Assert.Equal([25], import.Studies.Skip(1).Select(study => study.Reference.Line)); // another year: a new study
        Assert.Equal(
        [
            "new.ris:9: possible duplicate of the record at new.ris:1, imported as JA61: same DOI; not added",
            "new.ris:17: possible duplicate of the record at new.ris:1, imported as JA61: same title and year; not added",
        ], import.Duplicates.Select(duplicate => duplicate.ToString()));
    }

    [Fact]
    public void Prepare_LayersWithTitlesAndDois_DuplicateOfTheUpdateLayer()
    {
        using var layer = new TestData.TempFolder()
            .Write(ReviewDataset.StudiesFile, "study_id,authors,year,title,doi\nN1,\"Example, Ann\",2023,A made-up study,10.5555/x\n")
            .Write(ReviewDataset.CodingsFile, "study_id,code\nN1,LO1\n");

        var import = StudyImport.Prepare([Record("Someone, Else", 2023, "Retitled", "doi:10.5555/X"), Record("Example, Ann", 2023, "A second made-up study")], [TestData.DataFolder, layer.Path]);

        // Same first author and year as N1, but both have titles and they differ: a new study, numbered after the last layer's ids.
        Assert.Equal("N2", Assert.Single(import.Studies).Id);
        var duplicate = Assert.Single(import.Duplicates);
        Assert.Equal((DuplicateReason.SameDoi, $"N1 (Example, Ann, 2023) in {layer.File(ReviewDataset.StudiesFile)}:2"), (duplicate.Reason, duplicate.Match));
    }

    [Fact]
    public void ToStudiesCsv_QuotesWhereNeeded()
    {
        var import = StudyImport.Prepare([new Reference("new.ris", 1, ["Example, Ann", "Sample, Bo"], 2023, "Badges, \"open\" and closed", "10.5555/x", "Journal of Made-up Examples")], []);

        Assert.Equal(
            "study_id,authors,year,title,doi,source\nJA61,\"Example, Ann; Sample, Bo\",2023,\"Badges, \"\"open\"\" and closed\",10.5555/x,Journal of Made-up Examples\n",
            import.ToStudiesCsv());
    }

    [Fact]
    public void Prepare_UpdateExample_ImportsAsItsStudiesFile()
    {
        var references = References.Load([Path.Combine(TestData.UpdateLayer, "update-2023.ris")]);

        var import = StudyImport.Prepare(references, [TestData.DataFolder]);

        var expected = File.ReadAllLines(Path.Combine(TestData.UpdateLayer, ReviewDataset.StudiesFile)).Select(line => line[..line.LastIndexOf(',')]);
        Assert.Equal(expected, import.ToStudiesCsv().TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("JA99999999999999999999", "JA100000000000000000000")] // past the largest 64-bit number
    [InlineData("JA0999", "JA1000")]
    [InlineData("JA\u0663", "JA61")] // an Arabic-Indic 3 is no number to continue: the paper's JA60 is the last numbered id
    public void Prepare_LayerEndingInThisId_NewIdsContinueExactly(string lastId, string expectedId)
    {
        using var layer = new TestData.TempFolder()
            .Write(ReviewDataset.StudiesFile, $"study_id,authors,year\n{lastId},\"Example, Ann\",2023\n")
            .Write(ReviewDataset.CodingsFile, $"study_id,code\n{lastId},LO1\n");

        var import = StudyImport.Prepare([Record("Sample, Bo", 2023, "A made-up study")], [TestData.DataFolder, layer.Path]);

        Assert.Equal(expectedId, Assert.Single(import.Studies).Id);
    }

    [Fact]
    public void Prepare_NextIdPastTheLimit_AProblemAtTheIdItContinues()
    {
        var lastId = "JA" + new string('9', StudyImport.MaxNewIdLength);
        using var layer = new TestData.TempFolder()
            .Write(ReviewDataset.StudiesFile, $"study_id,authors,year\n{lastId},\"Example, Ann\",2023\n")
            .Write(ReviewDataset.CodingsFile, $"study_id,code\n{lastId},LO1\n");

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(
            () => StudyImport.Prepare([Record("Sample, Bo", 2023, "A made-up study")], [TestData.DataFolder, layer.Path])).Problems);

        Assert.Equal((layer.File(ReviewDataset.StudiesFile), 2), (problem.File, problem.Line));
        Assert.Contains("the next one is 103 characters long; an import writes ids of at most 100 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_20000Records_Seconds()
    {
        // A Scopus export of 20,000 records: titles and DOIs all differ, every tenth record repeats an earlier one's DOI,
        // every hundredth is bare (author and year only). Comparing each record with every other took minutes.
        var references = Enumerable.Range(0, 20_000).Select(i => Record(
                $"Author{i % 500}, A.",
                2015 + (i % 10),
                i % 100 == 99 ? null : $"A made-up study number {i} of badges",
                i % 100 == 99 ? null : $"10.5555/{(i % 10 == 9 ? i - 9 : i)}",
                line: 1 + (i * 20)))
            .ToList();
        var clock = Stopwatch.StartNew();

        var import = StudyImport.Prepare(references, []);

        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 10);
        Assert.Equal(18_005, import.Studies.Count); // 1,800 repeated DOIs; of the 200 bare records, five first-author surnames
        Assert.Equal("JA18065", import.Studies[^1].Id);
        Assert.Equal(1_995, import.Duplicates.Select(duplicate => duplicate.Reference).Distinct().Count());
    }

    [Fact]
    public void Prepare_BareRecordAndTitledOnes_SurnameAndYearCompareOnlyWhereOneIsBare()
    {
        var import = StudyImport.Prepare(
        [
            Record("Example, Ann", 2023, "A made-up study", line: 1),
            Record("Example, Bo", 2023, "Another made-up study", line: 9),
            Record("Example, Cy", 2023, line: 17),
            Record("Example, Di", 2023, "A third made-up study", line: 25),
        ], []);

        Assert.Equal([1, 9, 25], import.Studies.Select(study => study.Reference.Line));
        Assert.Equal(
        [
            "new.ris:17: possible duplicate of the record at new.ris:1, imported as JA61: same first-author surname and year; not added",
            "new.ris:17: possible duplicate of the record at new.ris:9, imported as JA62: same first-author surname and year; not added",
        ], import.Duplicates.Select(duplicate => duplicate.ToString()));
    }

    [Fact]
    public void ToStudiesCsv_FormulasAndControlCharacters_NeutralisedAndReadBackAsGiven()
    {
        var references = References.Parse("new.ris", "TY  - JOUR\nAU  - @SUM(1+1)\nPY  - 2023\nTI  - =HYPERLINK(\"http://x\",\"click\")\u001B[2J\u0007\u0000 end\n"
            + "T2  - =cmd|' /C calc'!A0\nDO  - 10.5555/x\tmore\nER  - \n");
        var import = StudyImport.Prepare(references, []);

        var csv = import.ToStudiesCsv();

        Assert.Equal("study_id,authors,year,title,doi,source\nJA61,'@SUM(1+1),2023,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\") [2J end\",10.5555/x more,'=cmd|' /C calc'!A0\n", csv);
        using var layer = new TestData.TempFolder().Write(ReviewDataset.StudiesFile, csv).Write(ReviewDataset.CodingsFile, "study_id,code\nJA61,LO1\n");
        var again = StudyImport.Prepare(references, [TestData.DataFolder, layer.Path]);
        Assert.Equal(DuplicateReason.SameDoi, Assert.Single(again.Duplicates).Reason);
        Assert.Equal("@SUM(1+1)", ReviewDataset.Load(TestData.DataFolder, layer.Path).Studies[^1].Authors);
    }
}
