using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Interchange;

/// <summary>
/// Reads a REFI-QDA project into a <see cref="QdaProject"/>, reporting every problem as <c>FILE:LINE: message</c>.
/// The XML is read as a stream, in one pass, keeping only what becomes codes, studies and codings, so time and memory
/// grow with the project's size and no more; the number of elements and their depth are bounded.
/// </summary>
internal static class QdaProjectReader
{
    /// <summary>The largest project unpacked, in bytes (100 MB): far above a real project, low enough that an archive that unpacks without end is refused.</summary>
    internal const long MaxProjectBytes = 100L * 1024 * 1024;

    /// <summary>The most elements a project may hold: the paper's coding takes 1,436, so a million leaves room for large projects and bounds the time and memory of a hostile one.</summary>
    internal const int MaxElements = 1_000_000;

    /// <summary>The deepest nesting of elements read; a project's code tree and its selections nest a few levels.</summary>
    internal const int MaxDepth = 200;

    /// <summary>The longest description or variable value kept, in characters: the longest line a data file may hold.</summary>
    private const int MaxTextLength = CsvTable.MaxLineLength;

    private const string Ns = RefiQda.ProjectNamespace;

    /// <summary>The most bytes all the sources' texts in an archive may unpack to (100 MB), read to check where selections end.</summary>
    internal const long MaxSourceTextBytes = 100L * 1024 * 1024;

    private const string InternalScheme = "internal://";

    private static readonly string[] SourceElements = ["TextSource", "PictureSource", "PDFSource", "AudioSource", "VideoSource"];

    public static QdaProject? ReadArchive(string path, ProblemLog problems)
    {
        var bytes = CsvTable.ReadBytes(path, path, "a .qdpx file", "a .qdpx file (a zip archive holding project.qde)", problems);
        if (bytes is null)
        {
            return null;
        }

        var file = $"{path}/{RefiQda.ProjectEntry}";
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

            Parts? parts;
            using (var stream = new LimitedStream(entry.Open(), MaxProjectBytes))
            using (var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false))
            {
                parts = ReadParts(file, text, problems);
            }

            if (parts is null)
            {
                return null;
            }

            MeasureSourceTexts(zip, file, parts, problems);
            return Build(file, parts, problems);
        }
        catch (InvalidDataException)
        {
            problems.Add(path, 0, "not a .qdpx file: it is not a zip archive; a REFI-QDA project is a zip holding project.qde");
            return null;
        }
        catch (Exception e) when (e is LimitedStream.LimitExceededException || e.InnerException is LimitedStream.LimitExceededException)
        {
            problems.Add(path, 0, $"{RefiQda.ProjectEntry} unpacks to more than {MaxProjectBytes / (1024 * 1024)} MB; the limit is {MaxProjectBytes / (1024 * 1024)} MB");
            return null;
        }
    }

    public static QdaProject? ReadProject(string file, string xml, ProblemLog problems)
    {
        using var text = new StringReader(xml);
        return ReadParts(file, text, problems) is { } parts ? Build(file, parts, problems) : null;
    }

    private static Parts? ReadParts(string file, TextReader text, ProblemLog problems)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxProjectBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            if (text.Peek() == '\uFEFF')
            {
                text.Read();
            }

            using var reader = XmlReader.Create(text, settings);
            return Stream(file, reader, problems);
        }
        catch (Exception e) when (e is DecoderFallbackException || e.InnerException is DecoderFallbackException)
        {
            problems.Add(file, 0, "the project is not valid UTF-8");
            return null;
        }
        catch (XmlException e)
        {
            problems.Add(file, e.LineNumber, $"not well-formed XML: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// The length in characters (Unicode code points, as QDA suites count selection positions) of each text source's
    /// file inside the archive, read as a stream and never unpacked to disk; a source whose internal file is missing
    /// is let be. All the texts together may unpack to <see cref="MaxSourceTextBytes"/>.
    /// </summary>
    private static void MeasureSourceTexts(ZipArchive zip, string file, Parts parts, ProblemLog problems)
    {
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            entries.TryAdd(entry.FullName, entry);
        }

        var budget = MaxSourceTextBytes;
        foreach (var source in parts.Sources.Where(source => source.TextPath is not null))
        {
            if (!source.TextPath!.StartsWith(InternalScheme, StringComparison.OrdinalIgnoreCase))
            {
                continue; // relative:// or absolute://: a file outside the archive, not read
            }

            var name = source.TextPath[InternalScheme.Length..].TrimStart('/');
            if (!entries.TryGetValue($"{RefiQda.SourcesFolder}/{name}", out var entry))
            {
                continue; // the layer needs the codings, not the text: without it, only where selections end goes unchecked
            }

            if (entry.Length > budget)
            {
                problems.Add(file, source.Line, $"the sources' texts unpack to more than {MaxSourceTextBytes / (1024 * 1024)} MB; the limit is {MaxSourceTextBytes / (1024 * 1024)} MB");
                return;
            }

            try
            {
                using var stream = new LimitedStream(entry.Open(), budget);
                source.TextLength = CountCodePoints(stream);
                budget -= stream.Position;
            }
            catch (Exception e) when (e is LimitedStream.LimitExceededException || e.InnerException is LimitedStream.LimitExceededException)
            {
                problems.Add(file, source.Line, $"the sources' texts unpack to more than {MaxSourceTextBytes / (1024 * 1024)} MB; the limit is {MaxSourceTextBytes / (1024 * 1024)} MB");
                return;
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException)
            {
                problems.Add(file, source.Line, $"the text of source {source.Name}, {RefiQda.SourcesFolder}/{name}, cannot be unpacked: {e.Message}");
            }
        }
    }

    /// <summary>The code points of UTF-8 text, without keeping it: every byte that does not continue a sequence starts one (a BOM is not counted).</summary>
    private static long CountCodePoints(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        long count = 0;
        var first = true;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            if (first && read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                start = 3;
            }

            first = false;
            for (var i = start; i < read; i++)
            {
                if ((buffer[i] & 0xC0) != 0x80)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>The parts of a project that become the layer, as read from its XML.</summary>
    private sealed class Parts
    {
        public int RootLine { get; set; }

        public List<CodeNode> Codes { get; } = [];

        public List<(string Guid, string Name)> Users { get; } = [];

        public List<(string Guid, string Name)> Variables { get; } = [];

        public List<PartNode> Sources { get; } = [];

        public List<PartNode> Cases { get; } = [];
    }

    /// <summary>A <c>Code</c> of the codebook, with the stakeholder and polarity of its nearest ancestors that name one.</summary>
    private sealed class CodeNode(int line, string name, string? guid, bool codable, Stakeholder? stakeholder, Polarity? polarity)
    {
        public int Line { get; } = line;

        public string Name { get; } = name;

        public string? Guid { get; } = guid;

        public bool Codable { get; } = codable;

        public Stakeholder? Stakeholder { get; } = stakeholder;

        public Polarity? Polarity { get; } = polarity;

        public string? Description { get; set; }
    }

    /// <summary>A reference to a code (<c>CodeRef</c>) and its line.</summary>
    private sealed record CodeReference(string? Guid, int Line);

    /// <summary>A <c>Coding</c> of a source: its first <c>CodeRef</c> and the user who created it or an element around it.</summary>
    private sealed class CodingNode(string? user)
    {
        public string? User { get; } = user;

        public CodeReference? Reference { get; set; }
    }

    /// <summary>A <c>PlainTextSelection</c>: its line and its positions as written.</summary>
    private sealed record SelectionNode(int Line, string? Start, string? End);

    /// <summary>A <c>VariableValue</c>: the variable it refers to and its text.</summary>
    private sealed class ValueNode(int line)
    {
        public int Line { get; } = line;

        public string? VariableGuid { get; set; }

        public bool HasReference { get; set; }

        public string? Text { get; set; }
    }

    /// <summary>A case or a source: its name, description, values, code references and, for a source, its codings.</summary>
    private sealed class PartNode(string kind, int line, string? name, string? guid)
    {
        public string Kind { get; } = kind;

        public int Line { get; } = line;

        public string? Name { get; } = name;

        public string? Guid { get; } = guid;

        public string? Description { get; set; }

        public bool HasDescription { get; set; }

        // Created on first use: a project may hold hundreds of thousands of sources that carry none of these.
        public List<ValueNode> Values => _values ??= [];

        public List<CodeReference> CodeReferences => _codeReferences ??= [];

        public List<string> SourceReferences => _sourceReferences ??= [];

        public List<CodingNode> Codings => _codings ??= [];

        public bool IsCoded => _codings is { Count: > 0 };

        /// <summary>A text source's <c>plainTextPath</c>, e.g. <c>internal://GUID.txt</c>.</summary>
        public string? TextPath { get; init; }

        /// <summary>The length of a text source's text in code points, once known (from its file or its <c>PlainTextContent</c>).</summary>
        public long? TextLength { get; set; }

        /// <summary>The <c>PlainTextSelection</c>s of a text source, with their positions as written.</summary>
        public List<SelectionNode> Selections => _selections ??= [];

        private List<SelectionNode>? _selections;

        private List<ValueNode>? _values;

        private List<CodeReference>? _codeReferences;

        private List<string>? _sourceReferences;

        private List<CodingNode>? _codings;
    }

    private enum Role
    {
        Other,
        Project,
        CodeBook,
        Codes,
        InCodes,
        Users,
        Variables,
        Sources,
        Cases,
        Part,
        InPart,
        VariableValue,
    }

    /// <summary>An open element: its role, what it inherits from its ancestors, and where its text goes.</summary>
    private sealed class Frame
    {
        public Role Role { get; init; }

        public Stakeholder? Stakeholder { get; init; }

        public Polarity? Polarity { get; init; }

        public string? User { get; init; }

        public PartNode? Part { get; init; }

        public CodeNode? Code { get; init; }

        public bool CodeDescriptionSeen { get; set; }

        public ValueNode? Value { get; init; }

        public bool ValueTextSeen { get; set; }

        public CodingNode? Coding { get; init; }

        public Action<string>? OnText { get; init; }

        public StringBuilder? Text { get; init; }

        public int TextLine { get; init; }

        /// <summary>Whether the element's text is the source's text, counted in code points but not kept.</summary>
        public bool CountsText { get; init; }
    }

    /// <summary>One pass over the XML; null when the project is refused before its parts are read (root, limits).</summary>
    private static Parts? Stream(string file, XmlReader reader, ProblemLog problems)
    {
        var lineInfo = (IXmlLineInfo)reader;
        var parts = new Parts();
        var stack = new List<Frame>();
        var capturing = new List<Frame>();
        var elements = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (++elements > MaxElements)
                    {
                        problems.Add(file, lineInfo.LineNumber, $"the project has more than {MaxElements.ToString("N0", CultureInfo.InvariantCulture)} elements; the limit is {MaxElements.ToString("N0", CultureInfo.InvariantCulture)}");
                        return null;
                    }

                    if (reader.Depth >= MaxDepth)
                    {
                        problems.Add(file, lineInfo.LineNumber, $"elements nest more than {MaxDepth} levels deep here; the limit is {MaxDepth}");
                        return null;
                    }

                    if (stack.Count == 0 && !(reader.LocalName == "Project" && reader.NamespaceURI == Ns))
                    {
                        problems.Add(file, lineInfo.LineNumber, $"not a REFI-QDA project: the root element is {reader.LocalName} in '{reader.NamespaceURI}', expected Project in '{Ns}'");
                        return null;
                    }

                    var frame = Open(reader, lineInfo.LineNumber, stack.Count == 0 ? null : stack[^1], parts);
                    if (reader.IsEmptyElement)
                    {
                        frame.OnText?.Invoke("");
                    }
                    else
                    {
                        stack.Add(frame);
                        if (frame.Text is not null)
                        {
                            capturing.Add(frame);
                        }
                    }

                    break;
                case XmlNodeType.EndElement:
                    var closed = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    if (closed.Text is not null)
                    {
                        capturing.RemoveAt(capturing.Count - 1);
                        if (closed.Text.Length > MaxTextLength)
                        {
                            problems.Add(file, closed.TextLine, $"a text of more than {MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)} characters; a line of a data file holds at most {MaxTextLength.ToString("N0", CultureInfo.InvariantCulture)}");
                        }

                        closed.OnText!(closed.Text.ToString());
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (stack.Count > 0 && stack[^1].CountsText)
                    {
                        stack[^1].Part!.TextLength += reader.Value.EnumerateRunes().Count();
                    }

                    foreach (var open in reader.NodeType == XmlNodeType.Whitespace ? [] : capturing)
                    {
                        if (open.Text!.Length <= MaxTextLength)
                        {
                            open.Text.Append(reader.Value, 0, Math.Min(reader.Value.Length, MaxTextLength + 1 - open.Text.Length));
                        }
                    }

                    break;
            }
        }

        return parts;
    }

    /// <summary>The frame of an element that has started, recording in <paramref name="parts"/> what it contributes.</summary>
    private static Frame Open(XmlReader reader, int line, Frame? parent, Parts parts)
    {
        var inNs = reader.NamespaceURI == Ns;
        var name = reader.LocalName;
        var user = Guid(reader.GetAttribute("creatingUser")) ?? parent?.User;
        if (parent is null)
        {
            parts.RootLine = line;
            return new Frame { Role = Role.Project, User = user };
        }

        switch (parent.Role)
        {
            case Role.Project when inNs:
                return new Frame
                {
                    Role = name switch
                    {
                        "CodeBook" => Role.CodeBook,
                        "Users" => Role.Users,
                        "Variables" => Role.Variables,
                        "Sources" => Role.Sources,
                        "Cases" => Role.Cases,
                        _ => Role.Other,
                    },
                    User = user,
                };
            case Role.CodeBook when inNs && name == "Codes":
                return new Frame { Role = Role.Codes, User = user };
            case Role.Codes or Role.InCodes when inNs && name == "Code":
            {
                var codeName = (reader.GetAttribute("name") ?? "").Trim();
                var codable = reader.GetAttribute("isCodable")?.Trim() is "true" or "1";
                var code = new CodeNode(line, codeName, Guid(reader.GetAttribute("guid")), codable, parent.Stakeholder, parent.Polarity);
                parts.Codes.Add(code);
                return new Frame
                {
                    Role = Role.InCodes,
                    Stakeholder = QdaNames.StakeholderOf(codeName) ?? parent.Stakeholder,
                    Polarity = QdaNames.PolarityOf(codeName) ?? parent.Polarity,
                    User = user,
                    Code = code,
                };
            }

            case Role.Codes or Role.InCodes:
                var description = parent.Code is not null && !parent.CodeDescriptionSeen && inNs && name == "Description";
                if (description)
                {
                    parent.CodeDescriptionSeen = true;
                }

                return new Frame
                {
                    Role = Role.InCodes,
                    Stakeholder = parent.Stakeholder,
                    Polarity = parent.Polarity,
                    User = user,
                    OnText = description ? text => parent.Code!.Description = text : null,
                    Text = description ? new StringBuilder() : null,
                    TextLine = line,
                };
            case Role.Users when inNs && name == "User":
                if (Guid(reader.GetAttribute("guid")) is { } userGuid)
                {
                    parts.Users.Add((userGuid, reader.GetAttribute("name") is { Length: > 0 } userName ? userName : userGuid));
                }

                return new Frame { User = user };
            case Role.Variables when inNs && name == "Variable":
                if (Guid(reader.GetAttribute("guid")) is { } variableGuid)
                {
                    parts.Variables.Add((variableGuid, (reader.GetAttribute("name") ?? "").Trim().ToLowerInvariant()));
                }

                return new Frame { User = user };
            case Role.Sources when inNs && SourceElements.Contains(name):
            case Role.Cases when inNs && name == "Case":
            {
                var part = new PartNode(parent.Role == Role.Cases ? "case" : "source", line, reader.GetAttribute("name"), Guid(reader.GetAttribute("guid")))
                {
                    TextPath = name == "TextSource" ? reader.GetAttribute("plainTextPath")?.Trim() : null,
                };
                (parent.Role == Role.Cases ? parts.Cases : parts.Sources).Add(part);
                return new Frame { Role = Role.Part, User = user, Part = part };
            }

            case Role.Part or Role.InPart or Role.VariableValue:
                return OpenInPart(reader, line, parent, user, inNs, name);
            default:
                return new Frame { User = user };
        }
    }

    /// <summary>The frame of an element inside a case or a source.</summary>
    private static Frame OpenInPart(XmlReader reader, int line, Frame parent, string? user, bool inNs, string name)
    {
        var part = parent.Part!;
        if (parent.Role == Role.Part && inNs)
        {
            switch (name)
            {
                case "Description" when !part.HasDescription:
                    part.HasDescription = true;
                    return new Frame { Role = Role.InPart, User = user, Part = part, OnText = text => part.Description = text, Text = new StringBuilder(), TextLine = line };
                case "CodeRef":
                    part.CodeReferences.Add(new CodeReference(Guid(reader.GetAttribute("targetGUID")), line));
                    break;
                case "SourceRef" when Guid(reader.GetAttribute("targetGUID")) is { } sourceGuid:
                    part.SourceReferences.Add(sourceGuid);
                    break;
                case "PlainTextSelection" when part.Kind == "source":
                    part.Selections.Add(new SelectionNode(line, reader.GetAttribute("startPosition"), reader.GetAttribute("endPosition")));
                    break;
                case "PlainTextContent" when part.Kind == "source":
                    part.TextLength = 0;
                    return new Frame { Role = Role.InPart, User = user, Part = part, CountsText = true };
                case "VariableValue":
                    var value = new ValueNode(line);
                    part.Values.Add(value);
                    return new Frame { Role = Role.VariableValue, User = user, Part = part, Value = value };
            }
        }

        if (parent.Role == Role.VariableValue)
        {
            var value = parent.Value!;
            if (inNs && name == "VariableRef" && !value.HasReference)
            {
                value.HasReference = true;
                value.VariableGuid = Guid(reader.GetAttribute("targetGUID"));
            }
            else if (!parent.ValueTextSeen && name.EndsWith("Value", StringComparison.Ordinal))
            {
                parent.ValueTextSeen = true;
                return new Frame { Role = Role.InPart, User = user, Part = part, OnText = text => value.Text = text, Text = new StringBuilder(), TextLine = line };
            }
        }

        if (parent.Coding is { Reference: null } coding && inNs && name == "CodeRef")
        {
            coding.Reference = new CodeReference(Guid(reader.GetAttribute("targetGUID")), line);
        }

        if (inNs && name == "Coding" && part.Kind == "source")
        {
            var found = new CodingNode(user);
            part.Codings.Add(found);
            return new Frame { Role = Role.InPart, User = user, Part = part, Coding = found };
        }

        return new Frame { Role = Role.InPart, User = user, Part = part };
    }

    private sealed record Unit(PartNode Element, IReadOnlyList<PartNode> Sources);

    /// <summary>The layer from the parts read: codes, studies, codings and coders, every problem listed.</summary>
    private static QdaProject? Build(string file, Parts parts, ProblemLog problems)
    {
        var before = problems.Count;
        var codes = ReadCodebook(file, parts, problems, out var codeIdByGuid);
        var users = new Dictionary<string, string>();
        foreach (var (guid, name) in parts.Users)
        {
            users.TryAdd(guid, name);
        }

        var variables = new Dictionary<string, string>();
        foreach (var (guid, name) in parts.Variables)
        {
            variables.TryAdd(guid, name);
        }

        var sourceByGuid = new Dictionary<string, PartNode>();
        foreach (var source in parts.Sources.Where(source => source.Guid is not null))
        {
            sourceByGuid.TryAdd(source.Guid!, source);
        }

        // A suite that keeps no link from a case to its source (QualCoder writes none back) keeps their names alike.
        var sourceByName = new Dictionary<string, PartNode>(StringComparer.Ordinal);
        foreach (var source in parts.Sources.Where(source => source.Name is not null))
        {
            sourceByName.TryAdd(source.Name!.Trim(), source);
        }

        CheckSelections(file, parts, problems);
        var units = parts.Cases.Count > 0
            ? parts.Cases.Select(@case => new Unit(@case, @case.SourceReferences.Count > 0
                ? @case.SourceReferences.Select(sourceByGuid.GetValueOrDefault).OfType<PartNode>().ToList()
                : sourceByName.GetValueOrDefault((@case.Name ?? "").Trim()) is { } named ? [named] : [])).ToList()
            : parts.Sources.Where(source => source.IsCoded).Select(source => new Unit(source, [source])).ToList();
        if (units.Count == 0)
        {
            problems.Add(file, parts.RootLine, "the project has no cases and no coded sources; expected a Case per study, or sources with codings");
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
            foreach (var reference in unit.Element.CodeReferences)
            {
                if (CodeOf(file, reference, codeIdByGuid, problems) is { } codeId && study is not null && seenCodings.Add((study.Id, codeId)))
                {
                    codings.Add(new Coding(study.Id, codeId));
                }
            }

            foreach (var coding in unit.Sources.SelectMany(source => source.Codings))
            {
                if (coding.Reference is not { } reference || CodeOf(file, reference, codeIdByGuid, problems) is not { } codeId || study is null)
                {
                    continue;
                }

                if (seenCodings.Add((study.Id, codeId)))
                {
                    codings.Add(new Coding(study.Id, codeId));
                }

                if (coding.User is { } userGuid)
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
                problems.Add(file, unit.Element.Line, $"{unit.Element.Kind} {study.Id} carries no code; every study needs at least one code");
            }
        }

        if (problems.Count > before)
        {
            return null;
        }

        var position = studies.Select((study, index) => (study.Id, index)).ToDictionary(study => study.Id, study => study.index, StringComparer.Ordinal);
        var coders = byUser.Count < 2 ? [] : byUser
            .Select(user => new Coder(users.GetValueOrDefault(user.Key, user.Key), user.Value.Studies.OrderBy(id => position[id]).ToList(), user.Value.Codings))
            .ToList();
        return new QdaProject(codes, studies, codings, coders) { OnlyCoder = byUser.Count == 1 ? users.GetValueOrDefault(byUser.Keys.Single(), byUser.Keys.Single()) : null };
    }

    /// <summary>Every selection of a text source starts at 0 or later, ends where it starts or later, and ends within the text when its length is known.</summary>
    private static void CheckSelections(string file, Parts parts, ProblemLog problems)
    {
        foreach (var source in parts.Sources)
        {
            foreach (var selection in source.Selections)
            {
                var start = Position(selection.Start);
                var end = Position(selection.End);
                if (start is null || end is null)
                {
                    problems.Add(file, selection.Line,
                        $"a selection of source {source.Name} has startPosition {Shown(selection.Start)} and endPosition {Shown(selection.End)}; expected two whole numbers from 0, counting characters of the source's text");
                }
                else if (end < start)
                {
                    problems.Add(file, selection.Line, $"a selection of source {source.Name} ends ({end}) before it starts ({start})");
                }
                else if (source.TextLength is { } length && end > length)
                {
                    problems.Add(file, selection.Line, $"a selection of source {source.Name} ends at {end}, past the end of its text of {length} characters");
                }
            }
        }
    }

    private static string Shown(string? attribute) => attribute is null ? "missing" : $"'{attribute}'";

    /// <summary>A position as written (an <c>xsd:integer</c>, so a sign may lead), or null when it is no whole number from 0.</summary>
    private static long? Position(string? text) =>
        long.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var position) && position >= 0 ? position : null;

    private static List<Code> ReadCodebook(string file, Parts parts, ProblemLog problems, out Dictionary<string, string> codeIdByGuid)
    {
        codeIdByGuid = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var before = problems.Count;
        var codes = new List<Code>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var code in parts.Codes.Where(code => code.Codable))
        {
            var name = code.Name;
            if (name.Length == 0)
            {
                problems.Add(file, code.Line, "a codable code has no name; the name is the code's id, e.g. LC1");
                continue;
            }

            if (code.Stakeholder is not { } stakeholder || code.Polarity is not { } polarity)
            {
                problems.Add(file, code.Line,
                    $"code {name} lies under no {(code.Stakeholder is null ? "stakeholder" : "polarity")} code; put each code under a stakeholder ({string.Join(", ", Enum.GetNames<Stakeholder>())}) and a polarity (Challenge, Opportunity)");
                continue;
            }

            if (ids.TryGetValue(name, out var firstLine))
            {
                problems.Add(file, code.Line, $"code {name} is defined twice (first on line {firstLine})");
                continue;
            }

            ids[name] = code.Line;
            var description = code.Description?.Trim();
            codes.Add(new Code(name, stakeholder, polarity, description is { Length: > 0 } ? description : name));
            if (code.Guid is { } guid)
            {
                codeIdByGuid[guid] = name;
            }
        }

        if (codes.Count == 0 && problems.Count == before)
        {
            problems.Add(file, parts.RootLine, "the project's codebook has no codable code; expected codes under stakeholder and polarity codes");
        }

        return codes;
    }

    private static Study? ReadStudy(string file, Unit unit, IReadOnlyDictionary<string, string> variables, Dictionary<string, int> studyIds, ProblemLog problems)
    {
        var element = unit.Element;
        var kind = element.Kind;
        var id = (element.Name ?? "").Trim();
        if (id.Length == 0)
        {
            problems.Add(file, element.Line, $"a {kind} has no name; the name is the study id, e.g. JA61");
            return null;
        }

        if (studyIds.TryGetValue(id, out var firstLine))
        {
            problems.Add(file, element.Line, $"{kind} {id} is given twice (first on line {firstLine}); each study once");
            return null;
        }

        studyIds[id] = element.Line;
        var values = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var value in element.Values.Concat(unit.Sources.Where(source => source != element).SelectMany(source => source.Values)))
        {
            if (value.VariableGuid is { } guid && variables.GetValueOrDefault(guid) is { } name)
            {
                values.TryAdd(name, value);
            }
        }

        var ok = true;
        var authors = values.TryGetValue(QdaNames.Authors, out var authorsValue) ? Text(authorsValue) : null;
        if (string.IsNullOrEmpty(authors))
        {
            problems.Add(file, element.Line, $"{kind} {id} has no authors; give it a value of the text variable '{QdaNames.Authors}'");
            ok = false;
        }

        var year = 0;
        if (!values.TryGetValue(QdaNames.Year, out var yearValue))
        {
            problems.Add(file, element.Line, $"{kind} {id} has no year; give it a value of the integer variable '{QdaNames.Year}'");
            ok = false;
        }
        else if (!int.TryParse(Text(yearValue), NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < ReviewDataset.MinYear || year > ReviewDataset.MaxYear)
        {
            problems.Add(file, yearValue.Line, $"year '{Text(yearValue)}' of {kind} {id} is not a whole number from {ReviewDataset.MinYear} to {ReviewDataset.MaxYear}");
            ok = false;
        }

        var label = element.Description?.Trim();
        return ok ? new Study(id, authors!, year, label is { Length: > 0 } ? label : $"{authors} ({year})") : null;
    }

    private static string? CodeOf(string file, CodeReference reference, IReadOnlyDictionary<string, string> codeIdByGuid, ProblemLog problems)
    {
        if (reference.Guid is { } guid && codeIdByGuid.TryGetValue(guid, out var codeId))
        {
            return codeId;
        }

        problems.Add(file, reference.Line, $"CodeRef to '{reference.Guid}', which is no codable code of the codebook");
        return null;
    }

    /// <summary>The text of a variable value, whatever its type element.</summary>
    private static string Text(ValueNode value) => value.Text?.Trim() ?? "";

    /// <summary>A GUID attribute's value without braces, or null when absent or empty.</summary>
    private static string? Guid(string? value) =>
        value?.Trim().Trim('{', '}') is { Length: > 0 } guid ? guid.ToUpperInvariant() : null;

    /// <summary>A read-only stream that stops with <see cref="LimitExceededException"/> once more than a limit of bytes has come through.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            _read += read;
            return _read > limit ? throw new LimitExceededException() : read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>The stream gave more bytes than its limit.</summary>
        public sealed class LimitExceededException : Exception
        {
        }
    }
}
