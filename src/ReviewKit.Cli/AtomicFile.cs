using System.Security.Cryptography;
using System.Text;

namespace ReviewKit.Cli;

/// <summary>Writes files so that a reader sees the old content or the new, never a half-written file.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>
    /// Writes the bytes to a hidden file beside <paramref name="path"/>, then renames it over <paramref name="path"/>: a link
    /// already there is replaced, not followed.
    /// </summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, TemporaryName());
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// A hidden name for a file or folder written before it is moved into place: short and of fixed length, so that
    /// any name that fits the file system's limit (255 bytes) can be written, whatever its length.
    /// </summary>
    public static string TemporaryName() => $".rk-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp";
}
