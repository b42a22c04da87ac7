using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Interchange;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public sealed class RefiQdaTests
{
    private static readonly XNamespace Codebook = RefiQda.CodebookNamespace;
    private static readonly XNamespace Project = RefiQda.ProjectNamespace;

    private static XDocument Parse(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        return XDocument.Load(stream, LoadOptions.SetLineInfo);
    }

    [Fact]
    public void Codebook_Paper_StakeholdersAndPolaritiesAsParentsThe36CodesAsCodableLeaves()
    {
        var root = Parse(RefiQda.Codebook(ReviewDataset.Paper)).Root!;

        Assert.Equal(Codebook + "CodeBook", root.Name);
        Assert.Equal("ReviewKit", root.Attribute("origin")!.Value);
        var stakeholders = root.Element(Codebook + "Codes")!.Elements(Codebook + "Code").ToList();
        Assert.Equal(["Learners", "Employers", "Higher-education institutions", "Government"], stakeholders.Select(code => code.Attribute("name")!.Value));
        Assert.All(stakeholders, code => Assert.Equal("false", code.Attribute("isCodable")!.Value));
        var polarities = stakeholders.SelectMany(code => code.Elements(Codebook + "Code")).ToList();
        Assert.Equal(8, polarities.Count);
        Assert.Equal(
            stakeholders.SelectMany(stakeholder => new[] { $"{stakeholder.Attribute("name")!.Value}: Challenges", $"{stakeholder.Attribute("name")!.Value}: Opportunities" }),
            polarities.Select(code => code.Attribute("name")!.Value));
        var leaves = polarities.SelectMany(code => code.Elements(Codebook + "Code")).ToList();
        Assert.Equal(ReviewDataset.Paper.Codebook.Select(code => code.Id), leaves.Select(code => code.Attribute("name")!.Value));
        Assert.Equal(ReviewDataset.Paper.Codebook.Select(code => code.Label), leaves.Select(code => code.Element(Codebook + "Description")!.Value));
        Assert.All(leaves, code => Assert.Equal("true", code.Attribute("isCodable")!.Value));
        Assert.All(leaves, code => Assert.Empty(code.Elements(Codebook + "Code")));
        Assert.Equal(4 + 8 + 36, root.Descendants(Codebook + "Code").Select(code => code.Attribute("guid")!.Value).Distinct().Count());
        Assert.All(root.DescendantsAndSelf(), element => Assert.Equal(Codebook, element.Name.Namespace));
    }

    [Fact]
    public void Codebook_LeafUnderItsStakeholderAndPolarity_UC1()
    {
        var uc1 = Parse(RefiQda.Codebook(ReviewDataset.Paper)).Descendants(Codebook + "Code").Single(code => code.Attribute("name")!.Value == "UC1");

        Assert.Equal(["Higher-education institutions: Challenges", "Higher-education institutions"], uc1.Ancestors(Codebook + "Code").Select(code => code.Attribute("name")!.Value));
        Assert.Equal("Implementation—Academic, lack of funding", uc1.Element(Codebook + "Description")!.Value);
    }

    [Fact]
    public void CodebookAndProjectArchive_ExportedTwice_IdenticalBytes()
    {
        Assert.Equal(RefiQda.Codebook(ReviewDataset.Paper), RefiQda.Codebook(ReviewDataset.Paper));
        Assert.Equal(RefiQda.ProjectArchive(ReviewDataset.Paper, "paper"), RefiQda.ProjectArchive(ReviewDataset.Paper, "paper"));
    }

    [Fact]
    public void Project_Paper_ValidAgainstThePublishedProjectSchema()
    {
        var schemas = new XmlSchemaSet();
        using (var xsd = typeof(RefiQdaTests).Assembly.GetManifestResourceStream("ReviewKit.Tests.Project.xsd")!)
        {
            schemas.Add(RefiQda.ProjectNamespace, XmlReader.Create(xsd));
        }

        var errors = new List<string>();
        Parse(RefiQda.Project(ReviewDataset.Paper, "paper")).Validate(schemas, (_, e) => errors.Add(e.Message));

        Assert.Empty(errors);
    }

    [Fact]
    public void Project_Paper_ACasePerStudyWithItsCodeRefsAndVariables()
    {
        var root = Parse(RefiQda.Project(ReviewDataset.Paper, "paper")).Root!;
        var codeNames = root.Descendants(Project + "Code").ToDictionary(code => code.Attribute("guid")!.Value, code => code.Attribute("name")!.Value);
        var variables = root.Element(Project + "Variables")!.Elements(Project + "Variable").ToDictionary(variable => variable.Attribute("guid")!.Value, variable => variable.Attribute("name")!.Value);

        Assert.Equal((Project + "Project", "paper"), (root.Name, root.Attribute("name")!.Value));
        var cases = root.Element(Project + "Cases")!.Elements(Project + "Case").ToList();
        Assert.Equal(60, cases.Count);
        Assert.Equal(865, cases.Sum(@case => @case.Elements(Project + "CodeRef").Count()));
        var ja01 = cases[0];
        Assert.Equal(("JA01", "Devedzic and Jovanovic (2015)"), (ja01.Attribute("name")!.Value, ja01.Element(Project + "Description")!.Value));
        Assert.Equal(ReviewDataset.Paper.Codings.Where(coding => coding.StudyId == "JA01").Select(coding => coding.CodeId), ja01.Elements(Project + "CodeRef").Select(reference => codeNames[reference.Attribute("targetGUID")!.Value]));
        var values = ja01.Elements(Project + "VariableValue").ToDictionary(value => variables[value.Element(Project + "VariableRef")!.Attribute("targetGUID")!.Value], value => value.Elements().Last());
        Assert.Equal((Project + "TextValue", "Devedzic and Jovanovic"), (values["authors"].Name, values["authors"].Value));
        Assert.Equal((Project + "IntegerValue", "2015"), (values["year"].Name, values["year"].Value));
    }

    [Fact]
    public void ProjectArchive_AZipHoldingProjectQdeAndATextPerStudyAtAFixedTime()
    {
        using var zip = new ZipArchive(new MemoryStream(RefiQda.ProjectArchive(ReviewDataset.Paper, "paper")));

        Assert.Equal(61, zip.Entries.Count);
        Assert.Equal("project.qde", zip.Entries[0].FullName);
        Assert.Equal(ReviewDataset.Paper.Studies.Select(study => $"sources/{QdaNames.SourceGuid(study.Id)}.txt"), zip.Entries.Skip(1).Select(entry => entry.FullName));
        Assert.All(zip.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime));
        Assert.Equal(RefiQda.Project(ReviewDataset.Paper, "paper"), EntryBytes(zip, "project.qde"));
    }

    private static byte[] EntryBytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public void ReadArchive_PaperExported_TheSameCodebookStudiesAndCodings()
    {
        using var folder = new TestData.TempFolder();
        var path = folder.File("paper.qdpx");
        File.WriteAllBytes(path, RefiQda.ProjectArchive(ReviewDataset.Paper, "paper"));

        var project = RefiQda.ReadArchive(path);

        // REFI-QDA codes carry a name and a description only: the table_label of UC1 does not travel.
        Assert.Equal(ReviewDataset.Paper.Codebook.Select(code => code with { TableLabel = null, Rules = null }), project.Codebook); // the project carries the label, not the table label or the coding rules
        Assert.Equal(ReviewDataset.Paper.Studies, project.Studies);
        Assert.Equal(ReviewDataset.Paper.Codings, project.Codings);
        Assert.Empty(project.Coders);
        var layer = ReviewDataset.Parse(project.ToCodebookCsv(), project.ToStudiesCsv(), project.ToCodingsCsv());
        Assert.Equal(
            ContentAnalysis.CodeFrequencies(ReviewDataset.Paper).Select(frequency => (frequency.Code.Id, frequency.Studies)),
            ContentAnalysis.CodeFrequencies(layer).Select(frequency => (frequency.Code.Id, frequency.Studies)));
    }

    // Two users coded passages of two sources; the sources carry the variables, and there are no cases.
    private const string TwoCoders = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="two coders" origin="A QDA suite">
          <Users>
            <User guid="00000000-0000-0000-0000-0000000000A1" name="Ann Example" />
            <User guid="00000000-0000-0000-0000-0000000000B2" name="Bo" />
          </Users>
          <CodeBook>
            <Codes>
              <Code guid="00000000-0000-0000-0000-000000000001" name="Learners" isCodable="false">
                <Code guid="00000000-0000-0000-0000-000000000002" name="Opportunity" isCodable="false">
                  <Code guid="00000000-0000-0000-0000-000000000003" name="LO1" isCodable="true"><Description>Motivation</Description></Code>
                  <Code guid="00000000-0000-0000-0000-000000000004" name="LO2" isCodable="true" />
                </Code>
              </Code>
            </Codes>
          </CodeBook>
          <Variables>
            <Variable guid="00000000-0000-0000-0000-0000000000F1" name="Year" typeOfVariable="Integer" />
            <Variable guid="00000000-0000-0000-0000-0000000000F2" name="Authors" typeOfVariable="Text" />
          </Variables>
          <Sources>
            <TextSource guid="00000000-0000-0000-0000-000000000101" name="N1" plainTextPath="internal://n1.txt">
              <PlainTextSelection guid="00000000-0000-0000-0000-000000000111" startPosition="0" endPosition="10" creatingUser="00000000-0000-0000-0000-0000000000A1">
                <Coding guid="00000000-0000-0000-0000-000000000121" creatingUser="00000000-0000-0000-0000-0000000000A1"><CodeRef targetGUID="00000000-0000-0000-0000-000000000003" /></Coding>
              </PlainTextSelection>
              <PlainTextSelection guid="00000000-0000-0000-0000-000000000112" startPosition="20" endPosition="30" creatingUser="00000000-0000-0000-0000-0000000000B2">
                <Coding guid="00000000-0000-0000-0000-000000000122" creatingUser="00000000-0000-0000-0000-0000000000B2"><CodeRef targetGUID="00000000-0000-0000-0000-000000000003" /></Coding>
                <Coding guid="00000000-0000-0000-0000-000000000123" creatingUser="00000000-0000-0000-0000-0000000000B2"><CodeRef targetGUID="00000000-0000-0000-0000-000000000004" /></Coding>
              </PlainTextSelection>
              <VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-0000000000F1" /><IntegerValue>2023</IntegerValue></VariableValue>
              <VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-0000000000F2" /><TextValue>Example, Ann</TextValue></VariableValue>
            </TextSource>
            <TextSource guid="00000000-0000-0000-0000-000000000102" name="N2" plainTextPath="internal://n2.txt">
              <PlainTextSelection guid="00000000-0000-0000-0000-000000000113" startPosition="0" endPosition="10" creatingUser="00000000-0000-0000-0000-0000000000B2">
                <Coding guid="00000000-0000-0000-0000-000000000124" creatingUser="00000000-0000-0000-0000-0000000000B2"><CodeRef targetGUID="00000000-0000-0000-0000-000000000004" /></Coding>
              </PlainTextSelection>
              <VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-0000000000F1" /><IntegerValue>2022</IntegerValue></VariableValue>
              <VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-0000000000F2" /><TextValue>Sample, Bo</TextValue></VariableValue>
            </TextSource>
            <TextSource guid="00000000-0000-0000-0000-000000000103" name="not coded" plainTextPath="internal://n3.txt" />
          </Sources>
        </Project>
        """;

    [Fact]
    public void ReadProject_SourcesCodedByTwoUsers_StudiesTheUnionAndOneCoderPerUser()
    {
        var project = RefiQda.ReadProject("two.qde", TwoCoders);

        Assert.Equal([new Code("LO1", Stakeholder.Learners, Polarity.Opportunity, "Motivation"), new Code("LO2", Stakeholder.Learners, Polarity.Opportunity, "LO2")], project.Codebook);
        Assert.Equal([new Study("N1", "Example, Ann", 2023, "Example, Ann (2023)"), new Study("N2", "Sample, Bo", 2022, "Sample, Bo (2022)")], project.Studies);
        Assert.Equal([new Coding("N1", "LO1"), new Coding("N1", "LO2"), new Coding("N2", "LO2")], project.Codings);
        Assert.Equal(["Ann Example", "Bo"], project.Coders.Select(coder => coder.Name));
        Assert.Equal(["N1"], project.Coders[0].Studies);
        Assert.Equal([new Coding("N1", "LO1")], project.Coders[0].Codings);
        Assert.Equal(["N1", "N2"], project.Coders[1].Studies);
        Assert.Equal("study_id,code\nN1,LO1\n", QdaProject.ToCoderCsv(project.Coders[0]));
    }

    [Fact]
    public void ReadProject_CoderFiles_AgreementReadsThem()
    {
        var project = RefiQda.ReadProject("two.qde", TwoCoders);
        var layer = ReviewDataset.Parse(project.ToCodebookCsv(), project.ToStudiesCsv(), project.ToCodingsCsv());

        var coders = project.Coders.Select(coder => Coder.Parse(coder.Name, QdaProject.ToCoderCsv(coder), layer)).ToList();

        Assert.Equal(project.Coders.Select(coder => coder.Studies), coders.Select(coder => coder.Studies));
        Assert.Equal(project.Coders.Select(coder => coder.Codings), coders.Select(coder => coder.Codings));
    }

    [Theory]
    [InlineData("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes/></CodeBook>", "p.qde:1: not a REFI-QDA project: the root element is CodeBook in 'urn:QDA-XML:codebook:1.0', expected Project in 'urn:QDA-XML:project:1.0'")]
    [InlineData("<Project name=\"x\"/>", "p.qde:1: not a REFI-QDA project: the root element is Project in '', expected Project in 'urn:QDA-XML:project:1.0'")]
    [InlineData("<Project xmlns=\"urn:QDA-XML:project:1.0\">\n<Cases>\n</Project>", "p.qde:3: not well-formed XML: The 'Cases' start tag on line 2 position 2 does not match the end tag of 'Project'. Line 3, position 3.")]
    public void ReadProject_NotAProject_OneProblem(string xml, string expected)
    {
        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => RefiQda.ReadProject("p.qde", xml)).Problems);

        Assert.Equal(expected, problem.ToString());
    }

    [Fact]
    public void ReadProject_BrokenCases_EveryProblemWithItsLine()
    {
        const string xml = """
            <Project xmlns="urn:QDA-XML:project:1.0" name="broken">
              <CodeBook><Codes>
                <Code guid="00000000-0000-0000-0000-000000000001" name="Learners" isCodable="false">
                  <Code guid="00000000-0000-0000-0000-000000000003" name="LO1" isCodable="true" />
                </Code>
              </Codes></CodeBook>
              <Variables><Variable guid="00000000-0000-0000-0000-0000000000F1" name="year" typeOfVariable="Integer" /></Variables>
              <Cases>
                <Case guid="00000000-0000-0000-0000-000000000201" name="S1">
                  <CodeRef targetGUID="00000000-0000-0000-0000-000000000009" />
                  <VariableValue><VariableRef targetGUID="00000000-0000-0000-0000-0000000000F1" /><IntegerValue>20x3</IntegerValue></VariableValue>
                </Case>
              </Cases>
            </Project>
            """;

        var problems = Assert.Throws<ReviewDataException>(() => RefiQda.ReadProject("b.qde", xml)).Problems.Select(problem => problem.ToString());

        Assert.Equal(
        [
            "b.qde:4: code LO1 lies under no polarity code; put each code under a stakeholder (Learners, Employers, HigherEducation, Government) and a polarity (Challenge, Opportunity)",
            "b.qde:9: case S1 has no authors; give it a value of the text variable 'authors'",
            "b.qde:10: CodeRef to '00000000-0000-0000-0000-000000000009', which is no codable code of the codebook",
            "b.qde:11: year '20x3' of case S1 is not a whole number from 1500 to 2100",
        ], problems);
    }

    [Fact]
    public void ReadArchive_ProjectUnpackingPastTheLimit_RefusedWithoutReadingIt()
    {
        using var folder = new TestData.TempFolder();
        var path = folder.File("bomb.qdpx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("project.qde", CompressionLevel.SmallestSize).Open();
            TestData.WriteSpaces(entry, 101);
        }

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => RefiQda.ReadArchive(path)).Problems);

        Assert.True(new FileInfo(path).Length < 1024 * 1024, "the archive itself is small");
        Assert.Equal($"{path}: project.qde is 101 MB or more unpacked; the limit is 100 MB", problem.ToString());
    }

    [Fact]
    public void ReadProject_CaseWithoutCode_AProblem()
    {
        var xml = Encoding.UTF8.GetString(RefiQda.Project(ReviewDataset.Parse(TestData.Codebook, TestData.Studies, TestData.Codings), "small"));
        var withoutCodes = System.Text.RegularExpressions.Regex.Replace(xml, "\\s*<CodeRef targetGUID=\"[^\"]+\" />", "");

        var problems = Assert.Throws<ReviewDataException>(() => RefiQda.ReadProject("small.qde", withoutCodes)).Problems;

        Assert.Equal(4, problems.Count);
        Assert.EndsWith("case S1 carries no code; every study needs at least one code", problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadArchive_NotAZip_OneProblem()
    {
        using var folder = new TestData.TempFolder().Write("fake.qdpx", "<Project/>");

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => RefiQda.ReadArchive(folder.File("fake.qdpx"))).Problems);

        Assert.Equal($"{folder.File("fake.qdpx")}: not a .qdpx file: it is not a zip archive; a REFI-QDA project is a zip holding project.qde", problem.ToString());
    }

    /// <summary>A project whose codebook nests <paramref name="depth"/> codes, one inside the other, under Learners and Opportunity; the innermost is LO1, coded for case S1.</summary>
    private static string NestedCodes(int depth)
    {
        var xml = new StringBuilder("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"deep\"><CodeBook><Codes>");
        xml.Append("<Code name=\"Learners\" isCodable=\"false\"><Code name=\"Opportunity\" isCodable=\"false\">");
        for (var level = 1; level < depth; level++)
        {
            xml.Append("<Code name=\"group\" isCodable=\"false\">");
        }

        xml.Append("<Code guid=\"00000000-0000-0000-0000-000000000003\" name=\"LO1\" isCodable=\"true\"><Description>Motivation</Description></Code>");
        xml.Insert(xml.Length, "</Code>", depth + 1);
        xml.Append("</Codes></CodeBook>");
        xml.Append("<Variables><Variable guid=\"00000000-0000-0000-0000-0000000000F1\" name=\"authors\" typeOfVariable=\"Text\" />");
        xml.Append("<Variable guid=\"00000000-0000-0000-0000-0000000000F2\" name=\"year\" typeOfVariable=\"Integer\" /></Variables>");
        xml.Append("<Cases><Case name=\"S1\"><CodeRef targetGUID=\"00000000-0000-0000-0000-000000000003\" />");
        xml.Append("<VariableValue><VariableRef targetGUID=\"00000000-0000-0000-0000-0000000000F1\" /><TextValue>Ann</TextValue></VariableValue>");
        xml.Append("<VariableValue><VariableRef targetGUID=\"00000000-0000-0000-0000-0000000000F2\" /><IntegerValue>2023</IntegerValue></VariableValue>");
        xml.Append("</Case></Cases></Project>");
        return xml.ToString();
    }

    [Fact]
    public void ReadProject_CodesNestedDeepUnderTheLimit_TheLeafKeepsItsStakeholderAndPolarity()
    {
        var project = RefiQda.ReadProject("deep.qde", NestedCodes(190));

        Assert.Equal([new Code("LO1", Stakeholder.Learners, Polarity.Opportunity, "Motivation")], project.Codebook);
        Assert.Equal([new Coding("S1", "LO1")], project.Codings);
    }

    [Fact]
    public void ReadProject_NestedPastTheDepthLimit_OneProblemOnTheLineWhereItIsPassed()
    {
        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => RefiQda.ReadProject("deep.qde", NestedCodes(1_000))).Problems);

        Assert.Equal("deep.qde:1: elements nest more than 200 levels deep here; the limit is 200", problem.ToString());
    }

    [Fact]
    public void ReadProject_MoreElementsThanTheLimit_OneProblemWithoutKeepingThem()
    {
        var xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\">\n" + string.Concat(Enumerable.Repeat("<a/>", 1_000_000)) + "</Project>";

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => RefiQda.ReadProject("many.qde", xml)).Problems);

        Assert.Equal("many.qde:2: the project has more than 1,000,000 elements; the limit is 1,000,000", problem.ToString());
    }

    [Fact]
    public void ReadProject_40000UsersEachCodingOneSource_OneCoderEachInLinearTime()
    {
        const int Users = 40_000;
        var xml = new StringBuilder(NestedCodes(1).Split("<Cases>")[0].Replace("<CodeBook>", "<Users>" + string.Concat(Enumerable.Range(0, Users).Select(i => $"<User guid=\"{i:D8}-0000-0000-0000-0000000000AA\" name=\"u{i}\" />")) + "</Users><CodeBook>", StringComparison.Ordinal));
        xml.Append("<Sources>");
        for (var i = 0; i < Users; i++)
        {
            xml.Append($"<TextSource guid=\"{i:D8}-0000-0000-0000-0000000000BB\" name=\"N{i}\">");
            xml.Append("<VariableValue><VariableRef targetGUID=\"00000000-0000-0000-0000-0000000000F1\" /><TextValue>Ann</TextValue></VariableValue>");
            xml.Append("<VariableValue><VariableRef targetGUID=\"00000000-0000-0000-0000-0000000000F2\" /><IntegerValue>2023</IntegerValue></VariableValue>");
            xml.Append($"<PlainTextSelection startPosition=\"0\" endPosition=\"0\"><Coding creatingUser=\"{i:D8}-0000-0000-0000-0000000000AA\"><CodeRef targetGUID=\"00000000-0000-0000-0000-000000000003\" /></Coding></PlainTextSelection></TextSource>");
        }

        xml.Append("</Sources></Project>");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var project = RefiQda.ReadProject("users.qde", xml.ToString());

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"reading took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(Users, project.Coders.Count);
        Assert.Equal(["N39999"], project.Coders[^1].Studies);
    }

    [Fact]
    public void ReadArchive_ProjectNotUtf8_OneProblem()
    {
        using var folder = new TestData.TempFolder();
        var path = folder.File("latin1.qdpx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("project.qde").Open();
            entry.Write(Encoding.Latin1.GetBytes("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Müller\"/>"));
        }

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => RefiQda.ReadArchive(path)).Problems);

        Assert.Equal($"{path}/project.qde: the project is not valid UTF-8", problem.ToString());
    }

    [Fact]
    public void ReadProject_DescriptionLongerThanADataLine_AProblemOnItsLine()
    {
        var xml = NestedCodes(1).Replace("<Description>Motivation</Description>", "\n<Description>" + new string('x', 100_001) + "</Description>", StringComparison.Ordinal);

        var problem = Assert.Single(Assert.Throws<ReviewDataException>(() => RefiQda.ReadProject("long.qde", xml)).Problems);

        Assert.Equal("long.qde:2: a text of more than 100,000 characters; a line of a data file holds at most 100,000", problem.ToString());
    }

    [Theory]
    [InlineData("plain", null)]
    [InlineData("tab\tnew line\ncarriage return\r", null)]
    [InlineData("emoji \U0001F600", null)]
    [InlineData("vertical\vtab", "U+000B")]
    [InlineData("nul\0", "U+0000")]
    [InlineData("escape\u001B[2J", "U+001B")]
    [InlineData("not a character \uFFFE", "U+FFFE")]
    public void FirstUnwritable_CharactersXmlCannotCarry(string text, string? expected) => Assert.Equal(expected, QdaText.FirstUnwritable(text));

    [Fact]
    public void FirstUnwritable_LoneOrReversedSurrogates_Named()
    {
        // Built here: a lone surrogate does not survive a test attribute.
        Assert.Equal("U+D800", QdaText.FirstUnwritable("lone " + (char)0xD800 + " high"));
        Assert.Equal("U+DC00", QdaText.FirstUnwritable("reversed " + (char)0xDC00 + (char)0xD800));
    }

    [Fact]
    public void CodebookAndProject_ControlCharacterInText_EveryFieldNamedInsteadOfAnXmlWriterError()
    {
        var dataset = ReviewDataset.Parse(
            "code,stakeholder,polarity,label\nLO1,Learners,Opportunity,Bad\vlabel\n",
            "study_id,authors,year,label\nS\u00001,Ann\u001B,2023,Fine\n",
            "study_id,code\nS\u00001,LO1\n");

        var codebook = Assert.Throws<ReviewDataException>(() => RefiQda.Codebook(dataset)).Problems.Select(problem => problem.ToString());
        var project = Assert.Throws<ReviewDataException>(() => RefiQda.ProjectArchive(dataset, "p")).Problems.Select(problem => problem.ToString());

        const string Tail = ", which XML 1.0, and so a REFI-QDA file, cannot carry; remove it or put a space in its place";
        Assert.Equal([$"codebook.csv: the label of code LO1 holds U+000B{Tail}"], codebook);
        Assert.Equal(
        [
            $"codebook.csv: the label of code LO1 holds U+000B{Tail}",
            $"studies.csv: the id of study S\\u00001 holds U+0000{Tail}",
            $"studies.csv: the authors of study S\\u00001 hold U+001B{Tail}",
        ], project);
    }

    [Fact]
    public void QdaProjectCsv_ControlCharactersAndFormulas_NeutralisedAsInEveryCsvOutput()
    {
        var project = new QdaProject(
            [new Code("LO1", Stakeholder.Learners, Polarity.Opportunity, "Flexi\u0007bility\u001B[2J"), new Code("LO2", Stakeholder.Learners, Polarity.Opportunity, "@SUM(1+1)")],
            [new Study("N\u0000", "=cmd|' /C calc'!A0", 2023, "-x")],
            [new Coding("N\u0000", "LO1")],
            []);

        Assert.Equal("code,stakeholder,polarity,label\nLO1,Learners,Opportunity,Flexi\\u0007bility\\u001B[2J\nLO2,Learners,Opportunity,'@SUM(1+1)\n", project.ToCodebookCsv());
        Assert.Equal("study_id,authors,year,label\nN\\u0000,'=cmd|' /C calc'!A0,2023,'-x\n", project.ToStudiesCsv());
        Assert.Equal("study_id,code\nN\\u0000,LO1\n", project.ToCodingsCsv());
    }
}
