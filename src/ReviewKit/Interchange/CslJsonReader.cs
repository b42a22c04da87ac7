using System.Text;
using System.Text.Json;
using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>
/// Reads CSL-JSON, the export of Zotero and Mendeley: an array of items with <c>author</c> (<c>family</c> and
/// <c>given</c>, with their particles and suffix, or <c>literal</c>), <c>issued</c> (<c>date-parts</c>, or <c>raw</c> or
/// <c>literal</c> text), <c>title</c>, <c>DOI</c> and <c>container-title</c>. An item without authors takes its
/// <c>editor</c>s, as citation styles do.
/// </summary>
internal static class CslJsonReader
{
    public static List<Reference> Parse(string file, string text, RecordLog log)
    {
        var problems = log.Problems;
        var references = new List<Reference>();
        var bytes = Encoding.UTF8.GetBytes(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            problems.Add(file, (int)(e.LineNumber ?? 0) + 1, $"not a CSL-JSON file: the JSON is malformed ({e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')})");
            return references;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add(file, 1, "not a CSL-JSON file: expected an array of items, [ { \"type\": ..., \"title\": ... }, ... ]");
                return references;
            }

            var lines = ItemLines(bytes);
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                var line = index < lines.Count ? lines[index] : 1;
                index++;
                try
                {
                    if (ToReference(file, line, item, log) is { } reference)
                    {
                        references.Add(reference);
                    }
                }
                catch (InvalidOperationException)
                {
                    // System.Text.Json refuses to turn a \uD800-\uDFFF escape without its pair into a string.
                    problems.Add(file, line, "the item holds a string with a lone surrogate, an escape from \\uD800 to \\uDFFF without its pair, which is no character; "
                        + "correct or remove it (a character beyond U+FFFF is written as a pair, e.g. \\uD83D\\uDE00)");
                }
            }

            if (index == 0)
            {
                problems.Add(file, 1, "the CSL-JSON array holds no items");
            }
        }

        return references;
    }

    private static Reference? ToReference(string file, int line, JsonElement item, RecordLog log)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            log.Problems.Add(file, line, $"expected a CSL item (an object), found {item.ValueKind.ToString().ToLowerInvariant()}");
            return null;
        }

        var faults = new List<RecordFault>();
        var authors = Names(item, "author");
        if (authors.Count == 0)
        {
            authors = Names(item, "editor");
        }

        if (authors.Count == 0)
        {
            faults.Add(new RecordFault(line, "the item has no author; expected \"author\": [{\"family\": ..., \"given\": ...}] (or \"editor\" for an edited book)",
                "no author (no \"author\" or \"editor\")"));
        }

        var year = 0;
        if (!item.TryGetProperty("issued", out var issued) || issued.ValueKind != JsonValueKind.Object)
        {
            faults.Add(new RecordFault(line, "the item has no year; expected \"issued\": {\"date-parts\": [[2020]]}", "no year (no \"issued\")"));
        }
        else if (Year(issued) is not { } issuedYear)
        {
            faults.Add(new RecordFault(line,
                $"\"issued\" {Shorten(issued.GetRawText())} is not a year; expected a year {RecordLog.YearRange}, e.g. {{\"date-parts\": [[2020, 11]]}}",
                $"\"issued\" {Shorten(issued.GetRawText())} is not a year {RecordLog.YearRange}"));
        }
        else
        {
            year = issuedYear;
        }

        log.Incomplete(file, line, faults);
        return faults.Count == 0 ? new Reference(file, line, authors, year, Text(item, "title"), DoiText.Clean(Text(item, "DOI")), Text(item, "container-title")) : null;
    }

    /// <summary>
    /// The names of a list of people as a reference manager shows them: <c>literal</c>, else family name with its particles,
    /// given name with its dropping particle, and suffix, e.g. <c>van der Berg, Jan, Jr.</c> or <c>Gogh, Vincent van</c>.
    /// </summary>
    private static List<string> Names(JsonElement item, string property)
    {
        var names = new List<string>();
        if (!item.TryGetProperty(property, out var people) || people.ValueKind != JsonValueKind.Array)
        {
            return names;
        }

        foreach (var person in people.EnumerateArray().Where(person => person.ValueKind == JsonValueKind.Object))
        {
            if (Text(person, "literal") is { } literal)
            {
                names.Add(literal);
                continue;
            }

            var family = Joined(Text(person, "non-dropping-particle"), Text(person, "family"));
            var given = Joined(Text(person, "given"), Text(person, "dropping-particle"));
            var name = family is null ? given : given is null ? family : $"{family}, {given}";
            if (name is not null)
            {
                names.Add(Text(person, "suffix") is { } suffix ? $"{name}, {suffix}" : name);
            }
        }

        return names;
    }

    private static string? Joined(string? first, string? second) => first is null ? second : second is null ? first : $"{first} {second}";

    private static int? Year(JsonElement issued)
    {
        if (issued.TryGetProperty("date-parts", out var parts) && parts.ValueKind == JsonValueKind.Array
            && parts.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Array } first
            && first.EnumerateArray().FirstOrDefault() is var yearPart)
        {
            return yearPart.ValueKind switch
            {
                JsonValueKind.Number when yearPart.TryGetInt32(out var number) && number >= ReviewDataset.MinYear && number <= RecordLog.LatestYear => number,
                JsonValueKind.String when RisReader.TryYear(yearPart.GetString()!.Trim(), out var parsed) => parsed,
                _ => null,
            };
        }

        var raw = Text(issued, "raw") ?? Text(issued, "literal");
        return raw is not null && RisReader.TryYear(raw, out var rawYear) ? rawYear : null;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? FieldText.Plain(value.GetString()) : null;

    /// <summary>The line of each top-level item's first token, in order.</summary>
    private static List<int> ItemLines(byte[] bytes)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        var line = 1;
        var counted = 0;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray or JsonTokenType.PropertyName))
            {
                var start = (int)reader.TokenStartIndex;
                line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
                counted = start;
                lines.Add(line);
            }

            if (reader.CurrentDepth == 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return lines;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
