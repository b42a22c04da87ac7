namespace ReviewKit.Data;

/// <summary>Where a path really leads, to tell whether two spellings name one place.</summary>
internal static class FilePaths
{
    /// <summary>Links are followed at most this deep, as the operating system does; a loop then stops resolving.</summary>
    private const int MaxLinkDepth = 40;

    /// <summary>
    /// The full path with every symbolic link on the way resolved and no trailing separator, whether or not it exists:
    /// <c>data</c>, <c>data/</c>, <c>./data</c> and a link to <c>data</c> give the same string.
    /// </summary>
    public static string Canonical(string path) => Canonical(path, 0);

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both canonical).</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>What is wrong with <paramref name="path"/> as a symbolic link (it leads nowhere, or round in a loop), or null when it is no link or a working one.</summary>
    public static string? BrokenLink(string path, string expected)
    {
        if (new FileInfo(path).LinkTarget is not { } target)
        {
            return null;
        }

        try
        {
            var final = File.ResolveLinkTarget(path, returnFinalTarget: true);
            return final is null || final.Exists || Directory.Exists(final.FullName) ? null : $"is a symbolic link to {target}, which does not exist; expected {expected}";
        }
        catch (IOException)
        {
            return $"is a symbolic link to {target} that leads round in a loop; expected {expected}";
        }
    }

    private static string Canonical(string path, int depth)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? "";
        var resolved = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(resolved, part);
            if (depth < MaxLinkDepth && new FileInfo(next).LinkTarget is { } target)
            {
                next = Canonical(Path.Combine(resolved, target), depth + 1); // an absolute target replaces the folder
            }

            resolved = next;
        }

        return resolved;
    }
}
