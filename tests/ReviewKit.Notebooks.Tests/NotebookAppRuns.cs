using System.Collections.Concurrent;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// Runs every committed app in <c>notebooks/apps/</c> once for the test class, with <c>dotnet run FILE.cs</c> from a
/// folder outside the repository, two at a time. The apps build into a cache of this checkout, under
/// <c>artifacts/</c>, that test runs keep between them (a second run only checks that the builds are current) and take
/// in turn: a lock file makes a second test run of the same checkout wait. Figures go to a temporary folder.
/// </summary>
public sealed class NotebookAppRuns : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly string _work = Directory.CreateTempSubdirectory("reviewkit-apps-").FullName;
    private readonly Lazy<IReadOnlyDictionary<string, ExternalProcess>> _runs;

    public NotebookAppRuns() => _runs = new(RunAll);

    private static string Cache => Path.Combine(Repository.Root, "artifacts", "app-runs");

    public static string AppFolder => Path.Combine(Repository.Root, "notebooks", NotebookApps.DefaultFolderName);

    /// <summary>What the app of a notebook (<c>notebooks/NAME.ipynb</c>) printed, standard output then standard error.</summary>
    public ExternalProcess Of(string notebook) => _runs.Value[Path.GetFileNameWithoutExtension(notebook)];

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is in the temp directory anyway.
        }
    }

    private IReadOnlyDictionary<string, ExternalProcess> RunAll()
    {
        Directory.CreateDirectory(Cache);
        using var turn = TakeTurn();
        var apps = Directory.GetFiles(AppFolder, "*.cs").Order(StringComparer.Ordinal).ToList();
        var runs = new ConcurrentDictionary<string, ExternalProcess>(StringComparer.Ordinal);

        // The first app builds the projects every app references; after it the others only build themselves.
        runs[Path.GetFileNameWithoutExtension(apps[0])] = Run(apps[0]);
        Parallel.ForEach(apps.Skip(1), new ParallelOptions { MaxDegreeOfParallelism = 2 }, app => runs[Path.GetFileNameWithoutExtension(app)] = Run(app));
        return runs;
    }

    private static FileStream TakeTurn()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(30);
        while (true)
        {
            try
            {
                return new FileStream(Path.Combine(Cache, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(TimeSpan.FromSeconds(2));
            }
        }
    }

    private ExternalProcess Run(string app)
    {
        var name = Path.GetFileNameWithoutExtension(app);
        var environment = new Dictionary<string, string>
        {
            // dotnet keeps the builds of file-based apps under the local application data folder.
            ["XDG_DATA_HOME"] = Cache,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        try
        {
            return ExternalProcess.Run("dotnet", ["run", app, "--", "--figures", Path.Combine(_work, "figures", name)], _work, environment, Timeout);
        }
        catch (TimeoutException exception)
        {
            return new ExternalProcess(-1, exception.Message, Timeout);
        }
    }
}
