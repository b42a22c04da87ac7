using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>
/// The review's codes and coding in REFI-QDA, the exchange standard for QDA suites such as NVivo, ATLAS.ti, MAXQDA and QualCoder:
/// the codebook as a <c>.qdc</c> file (Codebook 1.0) and the study-level coding as a <c>.qdpx</c> project (Project 1.0).
/// </summary>
/// <remarks>
/// The codes form a tree: each stakeholder a code that cannot be coded, each polarity one under it, named after its
/// stakeholder (<c>Learners: Challenges</c>) so that every name in the codebook is unique, and the review's codes as
/// codable leaves named by their id, with their label as description. In a project each study is a <c>Case</c>, named
/// by its id, with its label as description, a <c>CodeRef</c> per code, the variables <c>authors</c> and <c>year</c>,
/// and a <c>SourceRef</c> to its <c>TextSource</c>: a one-line text of its label (and its title, where known), in which
/// each of its codes is a <c>PlainTextSelection</c> over the whole text, coded by the one exporting user. QualCoder reads
/// codings from such selections, not from cases (checked with its import code); NVivo, ATLAS.ti and MAXQDA follow the
/// same standard but were not tried. Every GUID is derived from the id of what it names, and the archive's entries carry a fixed time, so
/// exporting the same data twice gives the same bytes.
/// </remarks>
public static class RefiQda
{
    /// <summary>The namespace of REFI-QDA Codebook 1.0 (<c>.qdc</c>).</summary>
    public const string CodebookNamespace = "urn:QDA-XML:codebook:1.0";

    /// <summary>The namespace of REFI-QDA Project 1.0 (<c>project.qde</c> inside a <c>.qdpx</c>).</summary>
    public const string ProjectNamespace = "urn:QDA-XML:project:1.0";

    /// <summary>The project file inside a <c>.qdpx</c> archive.</summary>
    public const string ProjectEntry = "project.qde";

    /// <summary>The folder of a <c>.qdpx</c> archive that holds the sources' files, named in lower case as the standard has it.</summary>
    internal const string SourcesFolder = "sources";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The name written as the files' <c>origin</c>.</summary>
    private const string Origin = "ReviewKit";

    /// <summary>The time of every archive entry: the earliest a zip file can hold, so that no clock enters the file.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The codebook as a REFI-QDA Codebook 1.0 document (<c>.qdc</c>), UTF-8.</summary>
    /// <exception cref="ReviewDataException">A code's id or label holds a character XML 1.0 cannot carry (a control character other than tab, line feed and carriage return).</exception>
    public static byte[] Codebook(ReviewDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ThrowIfUnwritable(dataset, withStudies: false);
        return Document(writer =>
        {
            writer.WriteStartElement("CodeBook", CodebookNamespace);
            writer.WriteAttributeString("origin", Origin);
            WriteCodes(writer, CodebookNamespace, dataset.Codebook);
            writer.WriteEndElement();
        });
    }

    /// <summary>The study-level coding as a REFI-QDA Project 1.0 document (the <c>project.qde</c> of a <c>.qdpx</c>), UTF-8.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="name">The project's name, e.g. the file name without extension.</param>
    /// <exception cref="ReviewDataException">A code's or a study's text holds a character XML 1.0 cannot carry (a control character other than tab, line feed and carriage return).</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> holds such a character.</exception>
    public static byte[] Project(ReviewDataset dataset, string name) => Project(dataset, name, titles: null);

    /// <summary>The project document, each study's source text naming its title when <paramref name="titles"/> gives one.</summary>
    internal static byte[] Project(ReviewDataset dataset, string name, IReadOnlyDictionary<string, string>? titles)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(name);
        if (QdaText.FirstUnwritable(name) is { } character)
        {
            throw new ArgumentException($"The project's name holds {character}, which XML 1.0 cannot carry.", nameof(name));
        }

        ThrowIfUnwritable(dataset, withStudies: true);
        var codesByStudy = dataset.Codings.ToLookup(coding => coding.StudyId, StringComparer.Ordinal);
        var user = QdaNames.ExportingUserGuid;
        return Document(writer =>
        {
            writer.WriteStartElement("Project", ProjectNamespace);
            writer.WriteAttributeString("name", name);
            writer.WriteAttributeString("origin", Origin);
            writer.WriteAttributeString("creatingUserGUID", user);
            writer.WriteStartElement("Users", ProjectNamespace);
            writer.WriteStartElement("User", ProjectNamespace);
            writer.WriteAttributeString("guid", user);
            writer.WriteAttributeString("name", QdaNames.ExportingUser);
            writer.WriteEndElement();
            writer.WriteEndElement();

            writer.WriteStartElement("CodeBook", ProjectNamespace);
            WriteCodes(writer, ProjectNamespace, dataset.Codebook);
            writer.WriteEndElement();

            writer.WriteStartElement("Variables", ProjectNamespace);
            foreach (var (variable, type) in new[] { (QdaNames.Authors, "Text"), (QdaNames.Year, "Integer") })
            {
                writer.WriteStartElement("Variable", ProjectNamespace);
                writer.WriteAttributeString("guid", QdaNames.VariableGuid(variable));
                writer.WriteAttributeString("name", variable);
                writer.WriteAttributeString("typeOfVariable", type);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();

            writer.WriteStartElement("Cases", ProjectNamespace);
            foreach (var study in dataset.Studies)
            {
                writer.WriteStartElement("Case", ProjectNamespace);
                writer.WriteAttributeString("guid", QdaNames.StudyGuid(study.Id));
                writer.WriteAttributeString("name", study.Id);
                writer.WriteElementString("Description", ProjectNamespace, study.Label);
                foreach (var coding in codesByStudy[study.Id])
                {
                    writer.WriteStartElement("CodeRef", ProjectNamespace);
                    writer.WriteAttributeString("targetGUID", QdaNames.CodeGuid(coding.CodeId));
                    writer.WriteEndElement();
                }

                WriteValue(writer, QdaNames.Authors, "TextValue", study.Authors);
                WriteValue(writer, QdaNames.Year, "IntegerValue", study.Year.ToString(CultureInfo.InvariantCulture));
                writer.WriteStartElement("SourceRef", ProjectNamespace);
                writer.WriteAttributeString("targetGUID", QdaNames.SourceGuid(study.Id));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();

            writer.WriteStartElement("Sources", ProjectNamespace);
            foreach (var study in dataset.Studies)
            {
                var source = QdaNames.SourceGuid(study.Id);
                var length = SourceText(study, titles).EnumerateRunes().Count().ToString(CultureInfo.InvariantCulture);
                writer.WriteStartElement("TextSource", ProjectNamespace);
                writer.WriteAttributeString("guid", source);
                writer.WriteAttributeString("name", study.Id);
                writer.WriteAttributeString("plainTextPath", $"internal://{source}.txt");
                writer.WriteAttributeString("creatingUser", user);
                foreach (var coding in codesByStudy[study.Id])
                {
                    writer.WriteStartElement("PlainTextSelection", ProjectNamespace);
                    writer.WriteAttributeString("guid", QdaNames.SelectionGuid(study.Id, coding.CodeId));
                    writer.WriteAttributeString("startPosition", "0");
                    writer.WriteAttributeString("endPosition", length);
                    writer.WriteAttributeString("creatingUser", user);
                    writer.WriteStartElement("Coding", ProjectNamespace);
                    writer.WriteAttributeString("guid", QdaNames.CodingGuid(study.Id, coding.CodeId));
                    writer.WriteAttributeString("creatingUser", user);
                    writer.WriteStartElement("CodeRef", ProjectNamespace);
                    writer.WriteAttributeString("targetGUID", QdaNames.CodeGuid(coding.CodeId));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
    }

    /// <summary>
    /// The project as a <c>.qdpx</c> archive: a zip holding <c>project.qde</c> and, in <c>sources/</c>, each study's
    /// text (<c>GUID.txt</c>, UTF-8), which the study's selections span.
    /// </summary>
    /// <exception cref="ReviewDataException">A code's or a study's text holds a character XML 1.0 cannot carry.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> holds such a character.</exception>
    /// <param name="dataset">The dataset.</param>
    /// <param name="name">The project's name, e.g. the file name without extension.</param>
    public static byte[] ProjectArchive(ReviewDataset dataset, string name) => ProjectArchive(dataset, name, titles: null);

    /// <summary>The project archive, each study's source text naming its title when <paramref name="titles"/> gives one.</summary>
    internal static byte[] ProjectArchive(ReviewDataset dataset, string name, IReadOnlyDictionary<string, string>? titles)
    {
        var project = Project(dataset, name, titles);
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ProjectEntry, project);
            foreach (var study in dataset.Studies)
            {
                Add(zip, $"{SourcesFolder}/{QdaNames.SourceGuid(study.Id)}.txt", Utf8.GetBytes(SourceText(study, titles)));
            }
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// The text of a study's source: its citation as the table prints it and, where known, its title, e.g.
    /// <c>Devedzic and Jovanovic (2015)</c>. One line, so that no suite counts line endings differently.
    /// </summary>
    internal static string SourceText(Study study, IReadOnlyDictionary<string, string>? titles)
    {
        var title = titles?.GetValueOrDefault(study.Id)?.Trim();
        var text = title is { Length: > 0 } && QdaText.FirstUnwritable(title) is null ? $"{study.Label}. {title}" : study.Label;
        return string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static void Add(ZipArchive zip, string entryName, byte[] content)
    {
        var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }

    /// <summary>Reads a <c>.qdpx</c> archive as a layer of the review (see <see cref="QdaProject"/>).</summary>
    /// <exception cref="ReviewDataException">The file is no REFI-QDA project, or its cases, sources or codes cannot become studies and codings; every problem is listed as <c>FILE:LINE: message</c>.</exception>
    public static QdaProject ReadArchive(string path)
    {
        var problems = new ProblemLog();
        var project = QdaProjectReader.ReadArchive(path, problems);
        return problems.Count == 0 && project is not null ? project : throw new ReviewDataException(problems);
    }

    /// <summary>Reads the XML of a <c>project.qde</c> as a layer of the review; <paramref name="file"/> names it in messages.</summary>
    /// <exception cref="ReviewDataException">The text is no REFI-QDA project, or its cases, sources or codes cannot become studies and codings.</exception>
    public static QdaProject ReadProject(string file, string xml)
    {
        var problems = new ProblemLog();
        var project = QdaProjectReader.ReadProject(file, xml, problems);
        return problems.Count == 0 && project is not null ? project : throw new ReviewDataException(problems);
    }

    private static void ThrowIfUnwritable(ReviewDataset dataset, bool withStudies)
    {
        var problems = QdaText.Problems(dataset, withStudies);
        if (problems.Count > 0)
        {
            throw new ReviewDataException(problems);
        }
    }

    private static void WriteCodes(XmlWriter writer, string ns, IReadOnlyList<Code> codebook)
    {
        writer.WriteStartElement("Codes", ns);
        foreach (var stakeholder in codebook.GroupBy(code => code.Stakeholder))
        {
            StartCode(writer, ns, QdaNames.StakeholderGuid(stakeholder.Key), Names.Of(stakeholder.Key), codable: false, description: null);
            foreach (var polarity in stakeholder.GroupBy(code => code.Polarity))
            {
                StartCode(writer, ns, QdaNames.PolarityGuid(stakeholder.Key, polarity.Key), QdaNames.PolarityName(stakeholder.Key, polarity.Key), codable: false, description: null);
                foreach (var code in polarity)
                {
                    StartCode(writer, ns, QdaNames.CodeGuid(code.Id), code.Id, codable: true, code.Label);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void StartCode(XmlWriter writer, string ns, string guid, string name, bool codable, string? description)
    {
        writer.WriteStartElement("Code", ns);
        writer.WriteAttributeString("guid", guid);
        writer.WriteAttributeString("name", name);
        writer.WriteAttributeString("isCodable", codable ? "true" : "false");
        if (description is not null)
        {
            writer.WriteElementString("Description", ns, description);
        }
    }

    private static void WriteValue(XmlWriter writer, string variable, string valueElement, string value)
    {
        writer.WriteStartElement("VariableValue", ProjectNamespace);
        writer.WriteStartElement("VariableRef", ProjectNamespace);
        writer.WriteAttributeString("targetGUID", QdaNames.VariableGuid(variable));
        writer.WriteEndElement();
        writer.WriteElementString(valueElement, ProjectNamespace, value);
        writer.WriteEndElement();
    }

    private static byte[] Document(Action<XmlWriter> write)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        bytes.WriteByte((byte)'\n');
        return bytes.ToArray();
    }
}
