using System.Runtime.InteropServices;

namespace ReviewKit.Cli.Export;

/// <summary>A browser found on the machine: what it is and where.</summary>
/// <param name="Name">For example <c>Chromium</c>, <c>Google Chrome</c>, <c>Microsoft Edge</c>.</param>
/// <param name="ExecutablePath">The program to start.</param>
internal sealed record Browser(string Name, string ExecutablePath);

/// <summary>
/// Finds a Chromium-based browser to render figures with: the program <see cref="Variable"/> names, else Chromium,
/// Google Chrome or Microsoft Edge where their installers put them on Linux, Windows and macOS, in that order.
/// </summary>
internal static class BrowserLocator
{
    /// <summary>The environment variable that names a browser to use before any other.</summary>
    internal const string Variable = "REVIEWKIT_CHROMIUM";

    /// <summary>The browser to use on this machine, or null when none is installed.</summary>
    internal static Browser? Find() => Find(Environment.GetEnvironmentVariable);

    /// <summary>The browser to use on this machine with <paramref name="environment"/> in place of the process's variables.</summary>
    internal static Browser? Find(Func<string, string?> environment) =>
        Find(CurrentPlatform(), environment, File.Exists);

    /// <summary>The first candidate that exists; a variable that names no file is passed over.</summary>
    internal static Browser? Find(OSPlatform platform, Func<string, string?> environment, Func<string, bool> exists) =>
        Candidates(platform, environment).FirstOrDefault(candidate => exists(candidate.ExecutablePath));

    /// <summary>Where to look, in order, on <paramref name="platform"/>.</summary>
    internal static IEnumerable<Browser> Candidates(OSPlatform platform, Func<string, string?> environment)
    {
        if (environment(Variable) is { Length: > 0 } configured)
        {
            yield return new Browser($"the browser in {Variable}", configured);
        }

        var candidates = platform == OSPlatform.Windows ? WindowsCandidates(environment)
            : platform == OSPlatform.OSX ? MacCandidates(environment)
            : LinuxCandidates();
        foreach (var candidate in candidates)
        {
            yield return candidate;
        }
    }

    private static IEnumerable<Browser> LinuxCandidates() =>
    [
        new("Chromium", "/usr/bin/chromium"),
        new("Chromium", "/usr/bin/chromium-browser"),
        new("Chromium", "/snap/bin/chromium"),
        new("Google Chrome", "/usr/bin/google-chrome"),
        new("Google Chrome", "/usr/bin/google-chrome-stable"),
        new("Google Chrome", "/opt/google/chrome/chrome"),
        new("Microsoft Edge", "/usr/bin/microsoft-edge"),
        new("Microsoft Edge", "/usr/bin/microsoft-edge-stable"),
        new("Microsoft Edge", "/opt/microsoft/msedge/msedge"),
    ];

    private static IEnumerable<Browser> WindowsCandidates(Func<string, string?> environment)
    {
        // Per-machine installs first, then the per-user ones under the local application data folder.
        string[] roots = [.. new[] { "ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA" }.Select(environment).OfType<string>().Where(root => root.Length > 0)];
        foreach (var (name, relativePath) in new[]
        {
            ("Chromium", @"Chromium\Application\chrome.exe"),
            ("Google Chrome", @"Google\Chrome\Application\chrome.exe"),
            ("Microsoft Edge", @"Microsoft\Edge\Application\msedge.exe"),
        })
        {
            foreach (var root in roots)
            {
                yield return new Browser(name, root.TrimEnd('\\') + @"\" + relativePath);
            }
        }
    }

    private static IEnumerable<Browser> MacCandidates(Func<string, string?> environment)
    {
        string[] roots = ["/Applications", .. environment("HOME") is { Length: > 0 } home ? [home.TrimEnd('/') + "/Applications"] : Array.Empty<string>()];
        foreach (var (name, bundle) in new[]
        {
            ("Chromium", "Chromium.app/Contents/MacOS/Chromium"),
            ("Google Chrome", "Google Chrome.app/Contents/MacOS/Google Chrome"),
            ("Microsoft Edge", "Microsoft Edge.app/Contents/MacOS/Microsoft Edge"),
        })
        {
            foreach (var root in roots)
            {
                yield return new Browser(name, root + "/" + bundle);
            }
        }
    }

    private static OSPlatform CurrentPlatform() =>
        OperatingSystem.IsWindows() ? OSPlatform.Windows
        : OperatingSystem.IsMacOS() ? OSPlatform.OSX
        : OSPlatform.Linux;
}
