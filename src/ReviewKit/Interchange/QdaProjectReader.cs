using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Interchange;

/// <summary>Reads a REFI-QDA project into a <see cref="QdaProject"/>, reporting every problem as <c>FILE:LINE: message</c>.</summary>
internal static class QdaProjectReader
{
    /// <summary>The largest project unpacked, in bytes (100 MB): far above a real project, low enough that an archive that unpacks without end is refused.</summary>
    private const long MaxProjectBytes = 100L * 1024 * 1024;

    private static readonly XNamespace Ns = RefiQda.ProjectNamespace;

    private static readonly string[] SourceElements = ["TextSource", "PictureSource", "PDFSource", "AudioSource", "VideoSource"];

    public static QdaProject? ReadArchive(string path, ProblemLog problems)
    {
        var bytes = CsvTable.ReadBytes(path, path, "a .qdpx file", "a .qdpx file (a zip archive holding project.qde)", problems);
        if (bytes is null)
        {
            return null;
        }

        string xml;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var entry = zip.Entries.FirstOrDefault(entry => string.Equals(entry.FullName, RefiQda.ProjectEntry, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                problems.Add(path, 0, $"the archive holds no {RefiQda.ProjectEntry}; a .qdpx project keeps its project there");
                return null;
            }

            if (entry.Length > MaxProjectBytes)
            {
                problems.Add(path, 0, $"{RefiQda.ProjectEntry} is {entry.Length / (1024 * 1024)} MB or more unpacked; the limit is {MaxProjectBytes / (1024 * 1024)} MB");
                return null;
            }

            using var stream = entry.Open();
            using var limited = new MemoryStream();
            var buffer = new byte[81_920];
            int read;
            while (limited.Length <= MaxProjectBytes && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                limited.Write(buffer, 0, read);
            }

            if (limited.Length > MaxProjectBytes)
            {
                problems.Add(path, 0, $"{RefiQda.ProjectEntry} unpacks to more than {MaxProjectBytes / (1024 * 1024)} MB; the limit is {MaxProjectBytes / (1024 * 1024)} MB");
                return null;
            }

            xml = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(limited.ToArray());
        }
        catch (InvalidDataException)
        {
            problems.Add(path, 0, "not a .qdpx file: it is not a zip archive; a REFI-QDA project is a zip holding project.qde");
            return null;
        }
        catch (DecoderFallbackException)
        {
            problems.Add($"{path}/{RefiQda.ProjectEntry}", 0, "the project is not valid UTF-8");
            return null;
        }

        return ReadProject($"{path}/{RefiQda.ProjectEntry}", xml, problems);
    }

    public static QdaProject? ReadProject(string file, string xml, ProblemLog problems)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxProjectBytes };
            using var reader = XmlReader.Create(new StringReader(xml.TrimStart('\uFEFF')), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.Add(file, e.LineNumber, $"not well-formed XML: {e.Message}");
            return null;
        }

        var root = document.Root!;
        if (root.Name != Ns + "Project")
        {
            problems.Add(file, Line(root), $"not a REFI-QDA project: the root element is {root.Name.LocalName} in '{root.Name.NamespaceName}', expected Project in '{RefiQda.ProjectNamespace}'");
            return null;
        }

        var before = problems.Count;
        var codes = ReadCodebook(file, root, problems, out var codeIdByGuid);
        var users = root.Elements(Ns + "Users").Elements(Ns + "User")
            .Where(user => Guid(user, "guid") is not null)
            .GroupBy(user => Guid(user, "guid")!)
            .ToDictionary(group => group.Key, group => (string?)group.First().Attribute("name")?.Value is { Length: > 0 } name ? name : group.Key);
        var variables = root.Elements(Ns + "Variables").Elements(Ns + "Variable")
            .Where(variable => Guid(variable, "guid") is not null)
            .GroupBy(variable => Guid(variable, "guid")!)
            .ToDictionary(group => group.Key, group => (group.First().Attribute("name")?.Value ?? "").Trim().ToLowerInvariant());
        var sources = root.Elements(Ns + "Sources").Elements().Where(source => SourceElements.Contains(source.Name.LocalName) && source.Name.Namespace == Ns).ToList();
        var sourceByGuid = sources.Where(source => Guid(source, "guid") is not null).GroupBy(source => Guid(source, "guid")!).ToDictionary(group => group.Key, group => group.First());
        var cases = root.Elements(Ns + "Cases").Elements(Ns + "Case").ToList();

        var units = cases.Count > 0
            ? cases.Select(@case => new Unit(@case, "case", @case.Elements(Ns + "SourceRef").Select(reference => Guid(reference, "targetGUID")).OfType<string>().Select(sourceByGuid.GetValueOrDefault).OfType<XElement>().ToList())).ToList()
            : sources.Where(source => source.Descendants(Ns + "Coding").Any()).Select(source => new Unit(source, "source", [source])).ToList();
        if (units.Count == 0)
        {
            problems.Add(file, Line(root), "the project has no cases and no coded sources; expected a Case per study, or sources with codings");
        }

        var studies = new List<Study>();
        var codings = new List<Coding>();
        var seenCodings = new HashSet<(string, string)>();
        var byUser = new Dictionary<string, (HashSet<string> Studies, List<Coding> Codings, HashSet<(string, string)> Seen)>(StringComparer.Ordinal);
        var studyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            // A unit that cannot become a study still has its code references checked, so that every problem is listed at once.
            var study = ReadStudy(file, unit, variables, studyIds, problems);
            if (study is not null)
            {
                studies.Add(study);
            }

            var codingsBefore = codings.Count;
            foreach (var reference in unit.Element.Elements(Ns + "CodeRef"))
            {
                if (CodeOf(file, reference, codeIdByGuid, problems) is { } codeId && study is not null && seenCodings.Add((study.Id, codeId)))
                {
                    codings.Add(new Coding(study.Id, codeId));
                }
            }

            foreach (var coding in unit.Sources.SelectMany(source => source.Descendants(Ns + "Coding")))
            {
                if (coding.Element(Ns + "CodeRef") is not { } reference || CodeOf(file, reference, codeIdByGuid, problems) is not { } codeId || study is null)
                {
                    continue;
                }

                if (seenCodings.Add((study.Id, codeId)))
                {
                    codings.Add(new Coding(study.Id, codeId));
                }

                var userGuid = coding.AncestorsAndSelf().Select(element => Guid(element, "creatingUser")).FirstOrDefault(guid => guid is not null);
                if (userGuid is not null)
                {
                    if (!byUser.TryGetValue(userGuid, out var user))
                    {
                        byUser[userGuid] = user = ([], [], []);
                    }

                    user.Studies.Add(study.Id);
                    if (user.Seen.Add((study.Id, codeId)))
                    {
                        user.Codings.Add(new Coding(study.Id, codeId));
                    }
                }
            }

            if (study is not null && codings.Count == codingsBefore)
            {
                problems.Add(file, Line(unit.Element), $"{unit.Kind} {study.Id} carries no code; every study needs at least one code");
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        var coders = byUser.Count < 2 ? [] : byUser
            .Select(user => new Coder(users.GetValueOrDefault(user.Key, user.Key), studies.Select(study => study.Id).Where(user.Value.Studies.Contains).ToList(), user.Value.Codings))
            .ToList();
        return new QdaProject(codes, studies, codings, coders);
    }

    private sealed record Unit(XElement Element, string Kind, IReadOnlyList<XElement> Sources);

    private static List<Code> ReadCodebook(string file, XElement root, ProblemLog problems, out Dictionary<string, string> codeIdByGuid)
    {
        codeIdByGuid = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var before = problems.Count;
        var codes = new List<Code>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in root.Elements(Ns + "CodeBook").Elements(Ns + "Codes").Descendants(Ns + "Code"))
        {
            if (!string.Equals(code.Attribute("isCodable")?.Value.Trim(), "true", StringComparison.Ordinal) && code.Attribute("isCodable")?.Value.Trim() != "1")
            {
                continue;
            }

            var name = (code.Attribute("name")?.Value ?? "").Trim();
            var ancestors = code.Ancestors(Ns + "Code").Select(ancestor => (ancestor.Attribute("name")?.Value ?? "").Trim()).ToList();
            var stakeholder = ancestors.Select(QdaNames.StakeholderOf).FirstOrDefault(found => found is not null);
            var polarity = ancestors.Select(QdaNames.PolarityOf).FirstOrDefault(found => found is not null);
            if (name.Length == 0)
            {
                problems.Add(file, Line(code), "a codable code has no name; the name is the code's id, e.g. LC1");
                continue;
            }

            if (stakeholder is null || polarity is null)
            {
                problems.Add(file, Line(code),
                    $"code {name} lies under no {(stakeholder is null ? "stakeholder" : "polarity")} code; put each code under a stakeholder ({string.Join(", ", Enum.GetNames<Stakeholder>())}) and a polarity (Challenge, Opportunity)");
                continue;
            }

            if (ids.TryGetValue(name, out var firstLine))
            {
                problems.Add(file, Line(code), $"code {name} is defined twice (first on line {firstLine})");
                continue;
            }

            ids[name] = Line(code);
            var description = code.Element(Ns + "Description")?.Value.Trim();
            codes.Add(new Code(name, stakeholder.Value, polarity.Value, description is { Length: > 0 } ? description : name));
            if (Guid(code, "guid") is { } guid)
            {
                codeIdByGuid[guid] = name;
            }
        }

        if (codes.Count == 0 && problems.Count == before)
        {
            problems.Add(file, Line(root), "the project's codebook has no codable code; expected codes under stakeholder and polarity codes");
        }

        return codes;
    }

    private static Study? ReadStudy(string file, Unit unit, IReadOnlyDictionary<string, string> variables, Dictionary<string, int> studyIds, ProblemLog problems)
    {
        var element = unit.Element;
        var id = (element.Attribute("name")?.Value ?? "").Trim();
        if (id.Length == 0)
        {
            problems.Add(file, Line(element), $"a {unit.Kind} has no name; the name is the study id, e.g. JA61");
            return null;
        }

        if (studyIds.TryGetValue(id, out var firstLine))
        {
            problems.Add(file, Line(element), $"{unit.Kind} {id} is given twice (first on line {firstLine}); each study once");
            return null;
        }

        studyIds[id] = Line(element);
        var values = element.Elements(Ns + "VariableValue")
            .Concat(unit.Sources.Where(source => source != element).SelectMany(source => source.Elements(Ns + "VariableValue")))
            .Select(value => (Name: Guid(value.Element(Ns + "VariableRef"), "targetGUID") is { } guid ? variables.GetValueOrDefault(guid) : null, Value: value))
            .Where(value => value.Name is not null)
            .GroupBy(value => value.Name!)
            .ToDictionary(group => group.Key, group => group.First().Value);

        var ok = true;
        var authors = values.TryGetValue(QdaNames.Authors, out var authorsValue) ? Text(authorsValue) : null;
        if (string.IsNullOrEmpty(authors))
        {
            problems.Add(file, Line(element), $"{unit.Kind} {id} has no authors; give it a value of the text variable '{QdaNames.Authors}'");
            ok = false;
        }

        var year = 0;
        if (!values.TryGetValue(QdaNames.Year, out var yearValue))
        {
            problems.Add(file, Line(element), $"{unit.Kind} {id} has no year; give it a value of the integer variable '{QdaNames.Year}'");
            ok = false;
        }
        else if (!int.TryParse(Text(yearValue), NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < ReviewDataset.MinYear || year > ReviewDataset.MaxYear)
        {
            problems.Add(file, Line(yearValue), $"year '{Text(yearValue)}' of {unit.Kind} {id} is not a whole number from {ReviewDataset.MinYear} to {ReviewDataset.MaxYear}");
            ok = false;
        }

        var label = element.Element(Ns + "Description")?.Value.Trim();
        return ok ? new Study(id, authors!, year, label is { Length: > 0 } ? label : $"{authors} ({year})") : null;
    }

    private static string? CodeOf(string file, XElement reference, IReadOnlyDictionary<string, string> codeIdByGuid, ProblemLog problems)
    {
        var guid = Guid(reference, "targetGUID");
        if (guid is not null && codeIdByGuid.TryGetValue(guid, out var codeId))
        {
            return codeId;
        }

        problems.Add(file, Line(reference), $"CodeRef to '{guid}', which is no codable code of the codebook");
        return null;
    }

    /// <summary>The text of a variable value, whatever its type element.</summary>
    private static string Text(XElement value) =>
        value.Elements().Where(element => element.Name.LocalName.EndsWith("Value", StringComparison.Ordinal)).Select(element => element.Value.Trim()).FirstOrDefault() ?? "";

    /// <summary>A GUID attribute without braces, or null when absent or empty.</summary>
    private static string? Guid(XElement? element, string attribute) =>
        element?.Attribute(attribute)?.Value.Trim().Trim('{', '}') is { Length: > 0 } guid ? guid.ToUpperInvariant() : null;

    private static int Line(XObject node) => ((IXmlLineInfo)node).LineNumber;
}
