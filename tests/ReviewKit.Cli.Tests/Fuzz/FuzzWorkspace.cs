using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests.Fuzz;

/// <summary>A fuzz case's own folder: the files it makes, a snapshot of every entry, and the FIFOs it must release.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class FuzzWorkspace : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<string> _fifos = [];
    private readonly List<string> _lockedFolders = [];

    public FuzzWorkspace() => Directory.CreateDirectory(Root);

    /// <summary>The folder; a space in its name keeps every case honest about quoting.</summary>
    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reviewkit-fuzz " + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The path of <paramref name="relative"/> inside the folder.</summary>
    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    /// <summary>Writes UTF-8 text without BOM, making folders on the way.</summary>
    public FuzzWorkspace Write(string relative, string text) => Bytes(relative, Utf8.GetBytes(text));

    /// <summary>Writes bytes, making folders on the way.</summary>
    public FuzzWorkspace Bytes(string relative, byte[] bytes)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>A data layer: each file given is written as is (null leaves it out).</summary>
    public FuzzWorkspace Layer(string relative, string? codebook = null, string? studies = null, string? codings = null)
    {
        Directory.CreateDirectory(Path(relative));
        if (codebook is not null)
        {
            Write(System.IO.Path.Combine(relative, "codebook.csv"), codebook);
        }

        if (studies is not null)
        {
            Write(System.IO.Path.Combine(relative, "studies.csv"), studies);
        }

        if (codings is not null)
        {
            Write(System.IO.Path.Combine(relative, "codings.csv"), codings);
        }

        return this;
    }

    /// <summary>A copy of the paper's data folder's three data files.</summary>
    public FuzzWorkspace PaperCopy(string relative)
    {
        Directory.CreateDirectory(Path(relative));
        foreach (var file in new[] { "codebook.csv", "studies.csv", "codings.csv" })
        {
            File.Copy(System.IO.Path.Combine(TestData.DataFolder, file), Path(System.IO.Path.Combine(relative, file)));
        }

        return this;
    }

    public FuzzWorkspace Folder(string relative)
    {
        Directory.CreateDirectory(Path(relative));
        return this;
    }

    public FuzzWorkspace Link(string relative, string target)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path(relative))!);
        File.CreateSymbolicLink(Path(relative), target);
        return this;
    }

    /// <summary>A named pipe; released at the end so that a reader blocked on it cannot outlive the case.</summary>
    public FuzzWorkspace Fifo(string relative)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        _fifos.Add(path);
        return this;
    }

    /// <summary>Takes every permission from a folder (restored at the end).</summary>
    public FuzzWorkspace Lock(string relative, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserExecute)
    {
        File.SetUnixFileMode(Path(relative), mode);
        _lockedFolders.Add(Path(relative));
        return this;
    }

    /// <summary>Lets any reader blocked on a FIFO of the case go: opening it for reading and writing never blocks on Linux.</summary>
    public void ReleaseFifos()
    {
        foreach (var fifo in _fifos)
        {
            try
            {
                using var open = new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>
    /// Every entry under <paramref name="folder"/> by path: a file's SHA-256, a link's target, or its kind; links are not
    /// followed and special files are never opened.
    /// </summary>
    public static Dictionary<string, string> Snapshot(string folder)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var info = new DirectoryInfo(folder);
        if (!info.Exists)
        {
            return entries;
        }

        var pending = new Stack<DirectoryInfo>([info]);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            FileSystemInfo[] children;
            try
            {
                children = directory.GetFileSystemInfos();
            }
            catch (UnauthorizedAccessException)
            {
                entries[directory.FullName + "/*"] = "unreadable";
                continue;
            }

            foreach (var child in children)
            {
                entries[child.FullName] = Describe(child);
                if (child is DirectoryInfo sub && child.LinkTarget is null)
                {
                    pending.Push(sub);
                }
            }
        }

        return entries;
    }

    private static string Describe(FileSystemInfo entry)
    {
        if (entry.LinkTarget is { } target)
        {
            return "link -> " + target;
        }

        if (entry is DirectoryInfo)
        {
            return "folder";
        }

        var mode = File.GetUnixFileMode(entry.FullName);
        if (((FileInfo)entry).Length == 0)
        {
            return $"empty or special {mode}"; // a FIFO or device reports no length, and opening one could block
        }

        try
        {
            using var stream = File.OpenRead(entry.FullName);
            return $"file {Convert.ToHexString(SHA256.HashData(stream))} {mode}";
        }
        catch (UnauthorizedAccessException)
        {
            return $"unreadable file {mode}";
        }
    }

    public void Dispose()
    {
        ReleaseFifos();
        foreach (var folder in _lockedFolders)
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A run that did not finish may still hold a file; the temporary folder is left to the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
