using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using ReviewKit.Data;
using ReviewKit.Interchange;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>
/// The structure QualCoder's REFI-QDA import (ccbogel/QualCoder, src/qualcoder/refi.py) needs to take in every coding:
/// codings only from selections in text sources, each source's text in the archive's <c>sources/</c> folder, positions
/// counted in code points of that text, and category and code names that are unique.
/// </summary>
public sealed class RefiQdaSourcesTests
{
    private static readonly XNamespace Project = RefiQda.ProjectNamespace;

    private static (XElement Root, ZipArchive Zip) Exported(ReviewDataset dataset, IReadOnlyDictionary<string, string>? titles = null)
    {
        var zip = new ZipArchive(new MemoryStream(RefiQda.ProjectArchive(dataset, "p", titles)));
        using var stream = zip.GetEntry(RefiQda.ProjectEntry)!.Open();
        return (XDocument.Load(stream).Root!, zip);
    }

    private static byte[] EntryBytes(ZipArchive zip, string name)
    {
        using var stream = (zip.GetEntry(name) ?? throw new InvalidOperationException($"no entry {name}")).Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public void ProjectArchive_Paper_EveryCodingOfCodingsCsvACodedSelectionOverItsStudysText()
    {
        var (root, zip) = Exported(ReviewDataset.Paper);
        using var _ = zip;
        var codeNames = root.Descendants(Project + "Code").ToDictionary(code => code.Attribute("guid")!.Value, code => code.Attribute("name")!.Value);
        var user = Assert.Single(root.Element(Project + "Users")!.Elements(Project + "User"));
        var userGuid = user.Attribute("guid")!.Value;

        var sources = root.Element(Project + "Sources")!.Elements().ToList();
        Assert.All(sources, source => Assert.Equal(Project + "TextSource", source.Name));
        Assert.Equal(ReviewDataset.Paper.Studies.Select(study => study.Id), sources.Select(source => source.Attribute("name")!.Value));
        var selected = new List<string>();
        foreach (var source in sources)
        {
            var guid = source.Attribute("guid")!.Value;
            Assert.Equal($"internal://{guid}.txt", source.Attribute("plainTextPath")!.Value);
            var bytes = EntryBytes(zip, $"sources/{guid}.txt");
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no BOM: QualCoder reads the text as utf-8, a BOM would be a character");
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            Assert.DoesNotContain('\n', text);
            Assert.DoesNotContain('\r', text);
            foreach (var selection in source.Elements(Project + "PlainTextSelection"))
            {
                Assert.Equal(("0", text.EnumerateRunes().Count().ToString(System.Globalization.CultureInfo.InvariantCulture)), (selection.Attribute("startPosition")!.Value, selection.Attribute("endPosition")!.Value));
                Assert.Equal(userGuid, selection.Attribute("creatingUser")!.Value);
                var coding = Assert.Single(selection.Elements(Project + "Coding"));
                Assert.Equal(userGuid, coding.Attribute("creatingUser")!.Value);
                Assert.Equal(Project + "CodeRef", coding.Elements().First().Name);
                selected.Add($"{source.Attribute("name")!.Value},{codeNames[coding.Elements().First().Attribute("targetGUID")!.Value]}");
            }
        }

        var codingsCsv = File.ReadAllLines(Path.Combine(TestData.DataFolder, ReviewDataset.CodingsFile)).Skip(1).ToList();
        Assert.Equal(865, codingsCsv.Count);
        Assert.Equal(codingsCsv, selected);
        Assert.Equal("Devedzic and Jovanovic (2015)", Encoding.UTF8.GetString(EntryBytes(zip, $"sources/{QdaNames.SourceGuid("JA01")}.txt")));
    }

    [Fact]
    public void Project_Paper_EachCaseLinkedToItsSourceAndNoCaseSharesAGuidWithACode()
    {
        var (root, zip) = Exported(ReviewDataset.Paper);
        using var _ = zip;
        var sourceNames = root.Element(Project + "Sources")!.Elements().ToDictionary(source => source.Attribute("guid")!.Value, source => source.Attribute("name")!.Value);

        var cases = root.Element(Project + "Cases")!.Elements(Project + "Case").ToList();

        Assert.All(cases, @case => Assert.Equal(@case.Attribute("name")!.Value, sourceNames[Assert.Single(@case.Elements(Project + "SourceRef")).Attribute("targetGUID")!.Value]));
        // QualCoder deletes a code whose GUID is also a case's (refi.py, clean_up_case_codes_and_case_text).
        Assert.Empty(cases.Select(@case => @case.Attribute("guid")!.Value).Intersect(root.Descendants(Project + "Code").Select(code => code.Attribute("guid")!.Value)));
        // QualCoder reads the origin without checking it is there (refi.py, parse_project_tag).
        Assert.Equal("ReviewKit", root.Attribute("origin")!.Value);
    }

    [Fact]
    public void Project_Paper_EveryCategoryAndCodeNameUnique()
    {
        var (root, zip) = Exported(ReviewDataset.Paper);
        using var _ = zip;

        var names = root.Descendants(Project + "Code").Select(code => code.Attribute("name")!.Value).ToList();

        Assert.Equal(4 + 8 + 36, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("Learners: Challenges", names);
        Assert.Contains("Higher-education institutions: Opportunities", names);
    }

    [Fact]
    public void SourceText_CitationWithTitleWhenKnownOnOneLine()
    {
        var study = new Study("JA61", "Ann", 2023, "Ann (2023)");

        Assert.Equal("Ann (2023)", RefiQda.SourceText(study, null));
        Assert.Equal("Ann (2023). A study of badges", RefiQda.SourceText(study, new Dictionary<string, string> { ["JA61"] = " A study\r\nof\tbadges " }));
        Assert.Equal("Ann (2023)", RefiQda.SourceText(study, new Dictionary<string, string> { ["JA61"] = "bad\vtitle" }));
    }

    [Fact]
    public void ProjectArchive_TextBeyondTheBasicPlane_EndPositionInCodePointsNotUtf16Units()
    {
        var dataset = ReviewDataset.Parse(TestData.Codebook, "study_id,authors,year,label\nS1,Émile,2019,Émile 🙂 (2019)\n", "study_id,code\nS1,LC1\n");

        var (root, zip) = Exported(dataset);
        using var _ = zip;

        Assert.Equal(15, "Émile 🙂 (2019)".Length);
        Assert.Equal("14", root.Descendants(Project + "PlainTextSelection").Single().Attribute("endPosition")!.Value);
    }

    private static string Xml(ReviewDataset dataset) => Encoding.UTF8.GetString(RefiQda.Project(dataset, "p"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadProject_CodingsOnlyInSelections_TheSameCodings(bool withoutSourceRef)
    {
        var document = XDocument.Parse(Xml(ReviewDataset.Paper));
        document.Descendants(Project + "Case").Elements(Project + "CodeRef").Remove();
        if (withoutSourceRef)
        {
            // As QualCoder writes cases back: no link to the source, which has the case's name.
            document.Descendants(Project + "SourceRef").Remove();
        }

        var project = RefiQda.ReadProject("p.qde", document.ToString());

        Assert.Equal(ReviewDataset.Paper.Studies, project.Studies);
        Assert.Equal(ReviewDataset.Paper.Codings, project.Codings);
        Assert.Equal("ReviewKit", project.OnlyCoder);
    }

    [Fact]
    public void ReadProject_CodingsOnlyOnCases_TheSameCodingsAndNoCoderSeen()
    {
        var document = XDocument.Parse(Xml(ReviewDataset.Paper));
        document.Descendants(Project + "PlainTextSelection").Remove();

        var project = RefiQda.ReadProject("p.qde", document.ToString());

        Assert.Equal(ReviewDataset.Paper.Codings, project.Codings);
        Assert.Null(project.OnlyCoder);
    }

    [Fact]
    public void ReadArchive_PaperWrittenBackByQualCoder_TheSameLayer()
    {
        var path = Path.Combine(Repository.Root, "tests", "ReviewKit.Tests", "Interchange", "QualCoder", "paper-through-qualcoder.qdpx");

        var project = RefiQda.ReadArchive(path);

        Assert.Equal(ReviewDataset.Paper.Codebook.Select(code => code with { TableLabel = null, Rules = null }), project.Codebook);
        Assert.Equal(ReviewDataset.Paper.Studies, project.Studies);
        static IEnumerable<string> Sorted(IEnumerable<Coding> codings) => codings.Select(coding => $"{coding.StudyId},{coding.CodeId}").Order(StringComparer.Ordinal);
        Assert.Equal(Sorted(ReviewDataset.Paper.Codings), Sorted(project.Codings));
        Assert.Equal("ReviewKit", project.OnlyCoder);
    }

    [Fact]
    public void ReadProject_NamesAsExportedBeforeAndByEnum_TheSameCodebook()
    {
        var xml = Xml(ReviewDataset.Paper);
        var before = System.Text.RegularExpressions.Regex.Replace(xml, "name=\"[^\"]+: (Challenges|Opportunities)\"", "name=\"$1\"");
        var byEnum = System.Text.RegularExpressions.Regex.Replace(xml, "name=\"[^\"]+: (Challenge|Opportunit)(s|ies)\"", m => $"name=\"{(m.Groups[1].Value == "Challenge" ? "Challenge" : "Opportunity")}\"")
            .Replace("name=\"Higher-education institutions\"", "name=\"HigherEducation\"", StringComparison.Ordinal);
        Assert.NotEqual(xml, before);
        Assert.Contains("name=\"HigherEducation\"", byEnum, StringComparison.Ordinal);
        Assert.DoesNotContain(": Challenges", byEnum, StringComparison.Ordinal);

        var expected = RefiQda.ReadProject("p.qde", xml);

        Assert.Equal(expected.Codebook, RefiQda.ReadProject("p.qde", before).Codebook);
        Assert.Equal(expected.Codebook, RefiQda.ReadProject("p.qde", byEnum).Codebook);
        Assert.Equal(expected.Codings, RefiQda.ReadProject("p.qde", byEnum).Codings);
    }

    [Fact]
    public void ReadProject_SelectionsWithOddPositions_EachAProblemOnItsLine()
    {
        var xml = Xml(TestData.Small());
        var lines = xml.Split('\n');
        var selections = lines.Select((line, index) => (line, index)).Where(pair => pair.line.Contains("<PlainTextSelection", StringComparison.Ordinal)).Select(pair => pair.index).ToList();
        Assert.Equal(6, selections.Count);
        lines[selections[0]] = lines[selections[0]].Replace("startPosition=\"0\"", "startPosition=\"-1\"", StringComparison.Ordinal);
        lines[selections[1]] = lines[selections[1]].Replace("startPosition=\"0\"", "startPosition=\"99\"", StringComparison.Ordinal);
        lines[selections[2]] = System.Text.RegularExpressions.Regex.Replace(lines[selections[2]], "endPosition=\"\\d+\"", "endPosition=\"1e3\"");
        lines[selections[3]] = lines[selections[3]].Replace("startPosition=\"0\" ", "", StringComparison.Ordinal);

        var problems = Assert.Throws<ReviewDataException>(() => RefiQda.ReadProject("p.qde", string.Join('\n', lines))).Problems.Select(problem => problem.ToString());

        Assert.Equal(
        [
            $"p.qde:{selections[0] + 1}: a selection of source S1 has startPosition '-1' and endPosition '12'; expected two whole numbers from 0, counting characters of the source's text",
            $"p.qde:{selections[1] + 1}: a selection of source S1 ends (12) before it starts (99)",
            $"p.qde:{selections[2] + 1}: a selection of source S2 has startPosition '0' and endPosition '1e3'; expected two whole numbers from 0, counting characters of the source's text",
            $"p.qde:{selections[3] + 1}: a selection of source S2 has startPosition missing and endPosition '12'; expected two whole numbers from 0, counting characters of the source's text",
        ], problems);
    }

    /// <summary>The small dataset's archive with its entries changed: null content removes an entry.</summary>
    private static string Archive(TestData.TempFolder folder, params (string Name, string? Content)[] changes)
    {
        var path = folder.File("p.qdpx");
        File.WriteAllBytes(path, RefiQda.ProjectArchive(TestData.Small(), "p"));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            foreach (var (name, content) in changes)
            {
                zip.GetEntry(name)?.Delete();
                if (content is not null)
                {
                    using var stream = zip.CreateEntry(name).Open();
                    stream.Write(Encoding.UTF8.GetBytes(content));
                }
            }
        }

        return path;
    }

    [Fact]
    public void ReadArchive_SmallExported_TextsMeasuredAndTheSameLayer()
    {
        using var folder = new TestData.TempFolder();

        var project = RefiQda.ReadArchive(Archive(folder));

        Assert.Equal(TestData.Small().Codings, project.Codings);
    }

    [Fact]
    public void ReadArchive_SourceTextShorterThanItsSelections_AProblemEach()
    {
        using var folder = new TestData.TempFolder();
        var path = Archive(folder, ($"sources/{QdaNames.SourceGuid("S1")}.txt", "Smith"));
        var lines = Xml(TestData.Small()).Split('\n');
        int Line(string text) => Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal)) + 1;

        var problems = Assert.Throws<ReviewDataException>(() => RefiQda.ReadArchive(path)).Problems.Select(problem => problem.ToString());

        Assert.Equal(
        [
            $"{path}/project.qde:{Line(QdaNames.SelectionGuid("S1", "LC1"))}: a selection of source S1 ends at 12, past the end of its text of 5 characters",
            $"{path}/project.qde:{Line(QdaNames.SelectionGuid("S1", "LO1"))}: a selection of source S1 ends at 12, past the end of its text of 5 characters",
        ], problems);
    }

    [Fact]
    public void ReadArchive_SourceWithoutItsTextFile_CodingsKept()
    {
        using var folder = new TestData.TempFolder();
        var path = Archive(folder, ($"sources/{QdaNames.SourceGuid("S2")}.txt", null));

        var project = RefiQda.ReadArchive(path);

        Assert.Equal(TestData.Small().Codings, project.Codings);
    }

    [Fact]
    public void ReadArchive_SourcesFolderCapitalisedAsNVivoWritesIt_TextsStillMeasured()
    {
        using var folder = new TestData.TempFolder();
        var name = $"sources/{QdaNames.SourceGuid("S1")}.txt";
        var path = Archive(folder, (name, null), ("Sources/" + name["sources/".Length..], "Smith"));

        var problems = Assert.Throws<ReviewDataException>(() => RefiQda.ReadArchive(path)).Problems;

        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void ReadArchive_SourceTextsPastTheLimit_OneProblemWithoutReadingThemWhole()
    {
        using var folder = new TestData.TempFolder();
        var path = Archive(folder);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var name = $"sources/{QdaNames.SourceGuid("S1")}.txt";
            zip.GetEntry(name)!.Delete();
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            TestData.WriteSpaces(entry, 101);
        }

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => RefiQda.ReadArchive(path)).Problems);

        Assert.True(new FileInfo(path).Length < 1024 * 1024, "the archive itself is small");
        Assert.EndsWith(": the sources' texts unpack to more than 100 MB; the limit is 100 MB", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadProject_PlainTextContentInsteadOfAFile_SelectionsCheckedAgainstIt()
    {
        var xml = Xml(TestData.Small());
        var s1 = QdaNames.SourceGuid("S1");
        var inline = xml.Replace($" plainTextPath=\"internal://{s1}.txt\" creatingUser=\"{QdaNames.ExportingUserGuid}\">", $" creatingUser=\"{QdaNames.ExportingUserGuid}\">\n<PlainTextContent>Smith 🙂</PlainTextContent>", StringComparison.Ordinal);
        Assert.NotEqual(xml, inline);

        var problems = Assert.Throws<ReviewDataException>(() => RefiQda.ReadProject("p.qde", inline)).Problems.Select(problem => problem.ToString()).ToList();

        Assert.Equal(2, problems.Count);
        Assert.All(problems, problem => Assert.EndsWith("a selection of source S1 ends at 12, past the end of its text of 7 characters", problem, StringComparison.Ordinal));
    }
}
