using System.Text;

namespace ReviewKit.Data;

/// <summary>The paper's data files, built into the library from the repository's <c>data/</c> folder.</summary>
internal static class EmbeddedData
{
    /// <summary>The text of one embedded data file, e.g. <c>codings.csv</c>.</summary>
    public static string Read(string fileName)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream($"ReviewKit.Data.{fileName}")
            ?? throw new InvalidOperationException($"The library was built without its embedded {fileName}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
