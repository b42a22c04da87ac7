using System.Buffers.Binary;
using System.Text.Json.Nodes;

namespace ReviewKit.Notebooks;

/// <summary>
/// The form of an <c>image/*</c> value of a notebook output, as VS Code and Jupyter read it: one base64 string for a
/// raster image (VS Code shows a list of lines broken, and encodes it again on save), SVG markup for an SVG.
/// </summary>
/// <param name="Description">What is compared between two runs: for a PNG its pixel size (<c>PNG 700×450</c>).</param>
/// <param name="Problem">Why a client cannot show the value, or <c>null</c> when it can.</param>
internal sealed record ImageForm(string Description, string? Problem)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Reads the form of one image value.</summary>
    internal static ImageForm Read(string mimeType, JsonNode? value)
    {
        if (value is not JsonValue scalar || !scalar.TryGetValue<string>(out var text))
        {
            var shape = value is JsonArray list ? $"a list of {list.Count} strings" : "not a string";
            return new ImageForm($"{mimeType} as {shape}", $"is {shape}; an image must be one string");
        }

        if (mimeType.StartsWith("image/svg", StringComparison.Ordinal))
        {
            var start = text.TrimStart();
            return start.StartsWith("<svg", StringComparison.Ordinal) || start.StartsWith("<?xml", StringComparison.Ordinal)
                ? new ImageForm("SVG", null)
                : new ImageForm("not SVG", "does not start with <svg or <?xml");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return new ImageForm("not base64", "is not base64");
        }

        if (mimeType != "image/png")
        {
            return new ImageForm($"{mimeType} of {bytes.Length} bytes", null);
        }

        // The signature, then the IHDR chunk: length (4), type (4), width (4), height (4), big-endian.
        if (bytes.Length < 24 || !bytes.AsSpan(0, PngSignature.Length).SequenceEqual(PngSignature))
        {
            return new ImageForm("not PNG", "does not decode to a PNG");
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20, 4));
        return new ImageForm($"PNG {width}×{height}", null);
    }
}
