using System.Text;
using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>
/// The text of a reference manager's export, in the encoding it was written in: UTF-8 (with or without a byte-order
/// mark), UTF-16 LE or BE with a byte-order mark (EndNote on Windows), or Windows-1252 when the user says so.
/// </summary>
internal static class ExportText
{
    /// <summary>How the user's option names Windows-1252, the encoding of older Windows tools.</summary>
    public const string Windows1252Name = "windows-1252";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Windows-1252's bytes 0x80–0x9F; the rest are Latin-1, the same number as the character. The five bytes the code page
    /// leaves undefined are read as the C1 control characters of the same number, as web browsers do, and neutralised later.
    /// </summary>
    private static readonly string Windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>
    /// Decodes <paramref name="bytes"/>: a byte-order mark decides (and a note says so); without one, a file whose first
    /// character is <c>[</c> or <c>{</c> is JSON, always UTF-8; any other file is UTF-8, or Windows-1252 when
    /// <paramref name="windows1252"/> is set (and a note says so). Null, with the problem logged, when the bytes are not
    /// valid in that encoding.
    /// </summary>
    public static string? Decode(string file, byte[] bytes, bool windows1252, ProblemLog problems, List<string> notes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return Utf8(file, bytes, 3, problems);
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            var bigEndian = bytes[0] == 0xFE;
            var name = bigEndian ? "UTF-16BE" : "UTF-16LE";
            if (bytes is [0xFF, 0xFE, 0, 0, ..])
            {
                problems.Add(file, 0, "the file starts with the byte-order mark of UTF-32, which is not read; save it as UTF-8 and try again");
                return null;
            }

            var text = Utf16(file, bytes, bigEndian, name, problems);
            if (text is not null)
            {
                notes.Add($"{VisibleText.Escape(file)}: read as {name} (byte-order mark)");
            }

            return text;
        }

        if (windows1252 && !StartsLikeJson(bytes))
        {
            notes.Add($"{VisibleText.Escape(file)}: read as Windows-1252 (--encoding {Windows1252Name})");
            return Windows1252(bytes);
        }

        return Utf8(file, bytes, 0, problems, suggestWindows1252: !StartsLikeJson(bytes));
    }

    private static bool StartsLikeJson(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b is (byte)'[' or (byte)'{';
        }

        return false;
    }

    private static string? Utf8(string file, byte[] bytes, int start, ProblemLog problems, bool suggestWindows1252 = false)
    {
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(start + e.Index, start, bytes.Length - 1);
            var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
            var bad = e.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : bytes[at];
            problems.Add(file, line, $"the file is not valid UTF-8 (byte 0x{bad:X2} on this line) and has no byte-order mark; "
                + (suggestWindows1252
                    ? $"if it comes from an older Windows tool (EndNote, Reference Manager), pass --encoding {Windows1252Name}; otherwise save it as UTF-8"
                    : "save it as UTF-8 and try again"));
            return null;
        }
    }

    private static string? Utf16(string file, byte[] bytes, bool bigEndian, string name, ProblemLog problems)
    {
        if (bytes.Length % 2 != 0)
        {
            problems.Add(file, 0, $"the file has a {name} byte-order mark but an odd number of bytes, so it is cut short or not {name}; save it again and try again");
            return null;
        }

        try
        {
            return new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(2 + e.Index, 2, bytes.Length);
            var newline = bigEndian ? (ReadOnlySpan<byte>)[0, (byte)'\n'] : [(byte)'\n', 0];
            var line = 1;
            for (var i = 2; i + 1 < at; i += 2)
            {
                if (bytes.AsSpan(i, 2).SequenceEqual(newline))
                {
                    line++;
                }
            }

            problems.Add(file, line, $"the file has a {name} byte-order mark but holds a broken character (a lone surrogate) on this line; save it as UTF-8 and try again");
            return null;
        }
    }

    private static string Windows1252(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            text.Append(b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b);
        }

        return text.ToString();
    }
}
