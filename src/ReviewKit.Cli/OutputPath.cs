using ReviewKit.Data;

namespace ReviewKit.Cli;

/// <summary>Checks, before any work, that an <c>--out</c> can be written and lies outside every data folder.</summary>
internal static class OutputPath
{
    /// <summary>Why <paramref name="output"/> lies in a data folder (a usage error: exit 2), or null.</summary>
    public static string? InsideDataFolder(string output, IEnumerable<string>? dataFolders, string command)
    {
        var canonical = FilePaths.Canonical(output);
        foreach (var folder in dataFolders ?? [])
        {
            var data = FilePaths.Canonical(folder);
            if (FilePaths.IsSameOrInside(canonical, data))
            {
                return $"--out {VisibleText.Escape(output)} is {(canonical == data ? "" : "inside ")}--data {VisibleText.Escape(folder)}, and {command} never writes into a data folder; choose an output outside it.";
            }
        }

        return null;
    }

    /// <summary>Why a new folder cannot be made at <paramref name="output"/> (exit 73), or null: it must not exist, or be an empty folder, and its parent must be writable.</summary>
    public static string? CannotCreateFolder(string output)
    {
        var shown = VisibleText.Escape(output);
        if (NameTooLong(output) is { } tooLong)
        {
            return tooLong;
        }

        if (File.Exists(output))
        {
            return $"--out {shown} is a file; give a new folder for the layer.";
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            return $"--out {shown} already exists and is not empty; give a new folder for the layer, so that no file of yours is replaced.";
        }

        return NotWritable(Path.GetDirectoryName(Path.GetFullPath(output))!, shown);
    }

    /// <summary>Why a file cannot be written at <paramref name="output"/> (exit 73), or null.</summary>
    public static string? CannotCreateFile(string output)
    {
        var shown = VisibleText.Escape(output);
        return NameTooLong(output) ?? (Directory.Exists(output)
            ? $"--out {shown} is a folder; give a file name."
            : NotWritable(Path.GetDirectoryName(Path.GetFullPath(output))!, shown));
    }

    /// <summary>
    /// Why a name in <paramref name="output"/> is longer than file systems allow (255 bytes on Linux and macOS, 255 UTF-16
    /// units on Windows), or null: refused here, before any work, rather than failing when the first file is written.
    /// </summary>
    private static string? NameTooLong(string output)
    {
        const int longestName = 255;
        var separators = new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };
        var longName = Path.GetFullPath(output).Split(separators, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(name => System.Text.Encoding.UTF8.GetByteCount(name) > longestName || name.Length > longestName);
        return longName is null
            ? null
            : $"cannot create --out {VisibleText.Escape(output)}: the name {VisibleText.Escape(longName[..40])}… is {System.Text.Encoding.UTF8.GetByteCount(longName)} bytes long, and file systems allow at most {longestName}; choose a shorter name.";
    }

    /// <summary>Why nothing can be created in <paramref name="folder"/> (or, when it does not exist yet, in its nearest existing parent), or null.</summary>
    private static string? NotWritable(string folder, string shownOutput)
    {
        var existing = folder;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                return $"cannot create --out {shownOutput}: {VisibleText.Escape(existing)} is a file.";
            }

            existing = Path.GetDirectoryName(existing);
            if (existing is null)
            {
                return $"cannot create --out {shownOutput}: no parent folder exists.";
            }
        }

        try
        {
            var probe = Path.Combine(existing, AtomicFile.TemporaryName());
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return $"cannot write --out {shownOutput}: permission denied in {VisibleText.Escape(existing)}.";
        }
        catch (IOException e)
        {
            return $"cannot write --out {shownOutput}: {VisibleText.Escape(e.Message)}";
        }
    }
}
