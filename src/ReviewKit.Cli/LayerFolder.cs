using System.Text;

namespace ReviewKit.Cli;

/// <summary>Writes a new data layer as a whole: every file into a hidden folder beside it, then that folder moved into place.</summary>
internal static class LayerFolder
{
    /// <param name="output">The layer's folder; it must not exist, or be empty.</param>
    /// <param name="files">Each file's path inside the layer (e.g. <c>coders/alice.csv</c>) and its text, written as UTF-8 without BOM.</param>
    public static void Write(string output, IReadOnlyList<(string Path, string Text)> files)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, AtomicFile.TemporaryName());
        try
        {
            foreach (var (path, text) in files)
            {
                var target = Path.Combine(temporary, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            if (Directory.Exists(full))
            {
                Directory.Delete(full); // empty: checked before any work; a file put there since makes this fail
            }

            Directory.Move(temporary, full);
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
