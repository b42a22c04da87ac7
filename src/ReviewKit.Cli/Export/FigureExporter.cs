using System.Text;
using System.Text.Json;
using Plotly.NET;
using PuppeteerSharp;
using ReviewKit.Presentation;

namespace ReviewKit.Cli.Export;

/// <summary>
/// Writes charts as self-contained HTML (plotly.js inline, works offline) and, through a headless Chromium,
/// as PNG and SVG. One exporter holds one browser for all the figures of a run.
/// </summary>
/// <example>
/// <code>
/// await using var exporter = await FigureExporter.StartAsync(BrowserLocator.Find()?.ExecutablePath);
/// byte[] png = await exporter.ToPngAsync(Figures.PublicationTrend(ReviewDataset.Paper));
/// </code>
/// </example>
internal sealed class FigureExporter : IAsyncDisposable
{
    // Flags for a sandboxed machine without network: no GPU, no sandbox (CI runs as root), no background traffic.
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private static readonly Lazy<string> PlotlyJs = new(ReadPlotlyJs);

    /// <summary>The profile folders of the browsers started and not yet closed, for <see cref="KillAll"/>.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> LiveProfiles = new(StringComparer.Ordinal);

    private readonly IBrowser? _browser;
    private readonly IPage? _page;
    private readonly string? _profileFolder;
    private readonly SemaphoreSlim _oneDrawing = new(1, 1);

    static FigureExporter() => ChartSerialization.Install();

    private FigureExporter(IBrowser? browser, IPage? page, string? profileFolder)
    {
        _browser = browser;
        _page = page;
        _profileFolder = profileFolder;
    }

    /// <summary>Whether PNG and SVG can be written; false when no Chromium was given.</summary>
    public bool CanRenderImages => _page is not null;

    /// <summary>Starts an exporter; with a null path it writes HTML only.</summary>
    public static async Task<FigureExporter> StartAsync(string? chromiumPath)
    {
        if (chromiumPath is null)
        {
            return new FigureExporter(null, null, null);
        }

        var profile = Directory.CreateTempSubdirectory("reviewkit-chromium-").FullName;
        LiveProfiles[profile] = 0;
        Directory.CreateDirectory(Path.Combine(profile, "tmp"));
        IBrowser? browser = null;
        try
        {
            browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
                Args = ChromiumArguments,
                UserDataDir = profile,

                // Chromium keeps its shared memory in files of the temporary folder (--disable-dev-shm-usage): inside the
                // profile, they go when the profile goes, even after a browser that had to be killed.
                Env = { ["TMPDIR"] = Path.Combine(profile, "tmp") },
            });
            var page = await browser.NewPageAsync();
            await page.SetContentAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>{PlotlyJs.Value}</script></head><body></body></html>");
            return new FigureExporter(browser, page, profile);
        }
        catch
        {
            await new FigureExporter(browser, null, profile).DisposeAsync(); // no browser process or profile left behind
            throw;
        }
    }

    /// <summary>The chart as PNG at its layout size, <paramref name="scale"/> pixels per layout pixel.</summary>
    /// <exception cref="InvalidOperationException">The exporter has no browser.</exception>
    public async Task<byte[]> ToPngAsync(GenericChart chart, double scale = 2) =>
        FromPngDataUrl((await RenderAsync(chart, ["png"], scale))[0]);

    private static byte[] FromPngDataUrl(string dataUrl) => Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',', StringComparison.Ordinal) + 1)..]);

    private static string FromSvgDataUrl(string dataUrl) =>
        WithoutEmptyRootStyle(Uri.UnescapeDataString(dataUrl[(dataUrl.IndexOf(',', StringComparison.Ordinal) + 1)..]));

    /// <summary>
    /// The SVG without an empty <c>style=""</c> on its root element. plotly.js leaves one there in most drawings of a chart
    /// but not in all; it means nothing, and without it the same chart is always the same file.
    /// </summary>
    internal static string WithoutEmptyRootStyle(string svg)
    {
        const string EmptyStyle = " style=\"\"";
        var rootEnd = svg.IndexOf('>', StringComparison.Ordinal);
        var emptyStyle = svg.IndexOf(EmptyStyle, StringComparison.Ordinal);
        return emptyStyle >= 0 && emptyStyle < rootEnd ? svg.Remove(emptyStyle, EmptyStyle.Length) : svg;
    }

    /// <summary>The chart as SVG text at its layout size.</summary>
    /// <exception cref="InvalidOperationException">The exporter has no browser.</exception>
    public async Task<string> ToSvgAsync(GenericChart chart) =>
        FromSvgDataUrl((await RenderAsync(chart, ["svg"], 1))[0]);

    /// <summary>The chart as PNG (<paramref name="scale"/> pixels per layout pixel) and as SVG, drawn once for both.</summary>
    /// <exception cref="InvalidOperationException">The exporter has no browser.</exception>
    public async Task<(byte[] Png, string Svg)> ToPngAndSvgAsync(GenericChart chart, double scale = 2)
    {
        var images = await RenderAsync(chart, ["png", "svg"], scale);
        return (FromPngDataUrl(images[0]), FromSvgDataUrl(images[1]));
    }

    /// <summary>Closes the browser (killing it when it does not close within a few seconds) and deletes its temporary profile.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is TimeoutException or PuppeteerException or IOException or ObjectDisposedException)
            {
                // killed below
            }

            Kill();
            await _browser.DisposeAsync();
        }

        DeleteProfile();
    }

    /// <summary>Ends the browser and every process it started at once, and deletes its profile: for a run that has to stop now.</summary>
    public void Kill()
    {
        try
        {
            if (_browser?.Process is { HasExited: false } process)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // it ended by itself meanwhile
        }

        DeleteProfile();
    }

    /// <summary>
    /// Kills every browser this process started and has not closed, with the processes they started, and deletes their
    /// profiles: for a process that has to end now, when a browser may still be starting. Each is found by its profile
    /// folder on its command line (Linux); elsewhere only the profiles are deleted.
    /// </summary>
    public static void KillAll()
    {
        foreach (var profile in LiveProfiles.Keys)
        {
            KillProcessesNaming(profile);
            DeleteFolder(profile);
        }
    }

    private static void KillProcessesNaming(string profile)
    {
        foreach (var process in ProcessesNaming(profile))
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(5));
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // it ended by itself meanwhile
            }
            finally
            {
                process.Dispose();
            }
        }
    }

    /// <summary>The processes, children of this one, whose command line names <paramref name="profile"/>.</summary>
    private static List<System.Diagnostics.Process> ProcessesNaming(string profile)
    {
        var found = new List<System.Diagnostics.Process>();
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
        {
            return found;
        }

        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id) || id == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(folder, "cmdline")).Contains(profile, StringComparison.Ordinal))
                {
                    found.Add(System.Diagnostics.Process.GetProcessById(id));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // the process ended meanwhile
            }
        }

        return found;
    }

    private void DeleteProfile()
    {
        if (_profileFolder is not null)
        {
            DeleteFolder(_profileFolder);
        }
    }

    private static void DeleteFolder(string folder)
    {
        // A browser still starting creates its profile again if it is deleted under it, and one that was just killed may
        // still be closing its files for a moment: so every process naming the profile is ended before each attempt.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            KillProcessesNaming(folder);
            if (!Directory.Exists(folder))
            {
                break;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }

        if (!Directory.Exists(folder))
        {
            LiveProfiles.TryRemove(folder, out _); // else KillAll tries again
        }
    }

    /// <summary>Draws the chart once and returns it as a data URL per format; one chart at a time, as each seeds the page's one random generator.</summary>
    private async Task<string[]> RenderAsync(GenericChart chart, string[] formats, double scale)
    {
        if (_page is null)
        {
            throw new InvalidOperationException("No Chromium was found, so only HTML can be written; install Chromium, Chrome or Edge, or set " + BrowserLocator.Variable + ".");
        }

        var figure = Figures.FigureJson(chart);
        var (width, height) = Size(figure);
        await _oneDrawing.WaitAsync();
        try
        {
            return await _page.EvaluateFunctionAsync<string[]>(
                """
                async (figureJson, formats, width, height, scale) => {
                    // plotly.js names an SVG's clip paths and definitions with Math.random: the same seed before each
                    // drawing makes the same chart the same file at every run.
                    let seed = 42;
                    Math.random = () => {
                        seed = (seed + 0x6D2B79F5) | 0;
                        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
                        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
                        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
                    };
                    // The chart is drawn once, as SVG; the PNG is that SVG on a canvas, as plotly.js makes its own PNGs,
                    // rather than a second drawing. Nothing is drawn on the page.
                    const svg = await Plotly.toImage(JSON.parse(figureJson), { format: 'svg', width, height, scale: 1 });
                    const toPng = () => new Promise((resolve, reject) => {
                        const image = new Image();
                        image.onload = () => {
                            const canvas = document.createElement('canvas');
                            canvas.width = width * scale;
                            canvas.height = height * scale;
                            canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
                            resolve(canvas.toDataURL('image/png'));
                        };
                        image.onerror = () => reject(new Error('the chart\'s SVG could not be drawn'));
                        image.src = svg;
                    });
                    const images = [];
                    for (const format of formats) {
                        images.push(format === 'svg' ? svg : await toPng());
                    }
                    return images;
                }
                """,
                figure, formats, width, height, scale);
        }
        finally
        {
            _oneDrawing.Release();
        }
    }

    private static (int Width, int Height) Size(string figureJson)
    {
        using var figure = JsonDocument.Parse(figureJson);
        var layout = figure.RootElement.GetProperty("layout");
        int Read(string name, int fallback) => layout.TryGetProperty(name, out var value) && value.TryGetInt32(out var size) ? size : fallback;
        return (Read("width", 900), Read("height", 600));
    }

    private static string ReadPlotlyJs()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(resource => resource.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && resource.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
