using System.Text;
using Plotly.NET;
using PuppeteerSharp;
using ReviewKit.Cli.Export;
using ReviewKit.Data;
using ReviewKit.Presentation;
using ReviewKit.Prisma;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

/// <summary>
/// Draws every figure in the real Chromium with the text set in DejaVu Sans, a font with Verdana's wide letters (both
/// descend from the same design family of screen fonts; Verdana is what plotly.js's default font list gives on Windows and
/// macOS), and measures in the browser where each text lands: inside the box it belongs to, clear of every other text
/// and of every filled label, and inside the figure.
/// </summary>
public sealed class FigureTextFitTests(FigureTextFitTests.MeasuringBrowser browser) : IClassFixture<FigureTextFitTests.MeasuringBrowser>
{
    private const string CheckFont = "DejaVu Sans";

    /// <summary>Pixels a text must keep from the edge of its box, so that the outline does not touch the letters.</summary>
    private const double Padding = 2;

    public static TheoryData<string> FigureNames() => [.. Charts().Keys];

    [SkippableTheory]
    [MemberData(nameof(FigureNames))]
    public async Task Figure_DrawnInAVerdanaWidthFont_EveryTextFitsItsBoxAndOverlapsNoOtherText(string name)
    {
        var chromium = BrowserLocator.Find()?.ExecutablePath;
        Skip.If(chromium is null, "No Chromium on this machine (install the Debian package chromium); CI installs it.");
        Skip.IfNot(FontInstalled(), "DejaVu Sans is not installed (Debian: fonts-dejavu-core); CI installs it.");

        var problems = await browser.MeasureAsync(chromium!, Charts()[name]);

        Assert.True(problems.Count == 0, $"{name}, drawn in {CheckFont}:\n" + string.Join("\n", problems));
    }

    private static bool FontInstalled() =>
        new[] { "/usr/share/fonts", "/usr/local/share/fonts" }.Where(Directory.Exists)
            .Any(folder => Directory.EnumerateFiles(folder, "DejaVuSans.ttf", SearchOption.AllDirectories).Any());

    /// <summary>Every figure a reproduction writes for the paper, and the PRISMA diagram of the update example.</summary>
    private static Dictionary<string, GenericChart> Charts()
    {
        var charts = Figures.All(ReviewDataset.Paper, PrismaFlow.Paper).ToDictionary(figure => figure.Name, figure => figure.Chart);
        var update = PrismaFlow.Load(Path.Combine(Repository.Root, "data", "examples", "update-2023", PrismaFlow.FileName));
        charts["fig1-prisma-flow-update-2023"] = Figures.PrismaFlowDiagram(update);
        return charts;
    }

    /// <summary>One Chromium with plotly.js loaded, started at the first figure and shared by all, one drawing at a time.</summary>
    public sealed class MeasuringBrowser : IAsyncLifetime
    {
        private readonly SemaphoreSlim _one = new(1, 1);
        private readonly string _profile = Directory.CreateTempSubdirectory("reviewkit-textfit-").FullName;
        private IBrowser? _browser;
        private IPage? _page;

        internal async Task<IReadOnlyList<string>> MeasureAsync(string chromium, GenericChart chart)
        {
            await _one.WaitAsync();
            try
            {
                if (_page is null)
                {
                    _browser = await Puppeteer.LaunchAsync(new LaunchOptions
                    {
                        ExecutablePath = chromium,
                        Headless = true,
                        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-dev-shm-usage"],
                        UserDataDir = _profile,
                    });
                    _page = await _browser.NewPageAsync();
                }

                await _page.SetContentAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>{PlotlyJs()}</script></head><body style=\"margin:0\"></body></html>");
                return await _page.EvaluateFunctionAsync<string[]>(Measure, GenericChart.toFigureJson(chart), CheckFont, Padding);
            }
            finally
            {
                _one.Release();
            }
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
                await _browser.DisposeAsync();
            }

            Directory.Delete(_profile, recursive: true);
            _one.Dispose();
        }
    }

    /// <summary>
    /// Draws the figure with every font family replaced by the check font and lists, with the overflow in pixels:
    /// a text running past the box (rectangle shape) its anchor stands in, or past the disc (marker) it is centred on;
    /// two texts that overlap; a filled label (an annotation with a background) covering another text; a text outside
    /// the figure.
    /// </summary>
    private const string Measure =
        """
        async (figureJson, family, padding) => {
            const figure = JSON.parse(figureJson);
            const strip = node => {
                if (Array.isArray(node)) { node.forEach(strip); return; }
                if (node && typeof node === 'object') {
                    delete node.family;
                    Object.values(node).forEach(strip);
                }
            };
            strip(figure);
            figure.layout.font = Object.assign({}, figure.layout.font, { family });
            const div = document.createElement('div');
            document.body.appendChild(div);
            await Plotly.newPlot(div, figure.data, figure.layout, { staticPlot: true });
            await document.fonts.ready;

            const round = value => Math.round(value * 10) / 10;
            const clean = text => text.replace(/\s+/g, ' ').trim();
            const rectOf = element => { const r = element.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
            const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
            const problems = [];

            // Every text element with letters in it, measured as drawn.
            const texts = [...div.querySelectorAll('svg text')]
                .filter(element => clean(element.textContent) !== '' && element.getBBox().width > 0)
                .map(element => ({ element, text: clean(element.textContent), rect: rectOf(element) }));

            const whole = rectOf(div.querySelector('svg.main-svg'));
            for (const t of texts) {
                const out = Math.max(whole.left - t.rect.left, t.rect.right - whole.right, whole.top - t.rect.top, t.rect.bottom - whole.bottom);
                if (out > 0.5) problems.push(`"${t.text}" runs ${round(out)} px outside the figure`);
            }

            // Texts of annotations standing in a rectangle shape stay inside it.
            const annotations = figure.layout.annotations || [];
            const shapes = (figure.layout.shapes || []).map((shape, index) => ({ shape, index })).filter(s => s.shape.type === 'rect');
            const shapePaths = [...div.querySelectorAll('.shapelayer path')];
            for (const group of div.querySelectorAll('g.annotation')) {
                const index = Number(group.getAttribute('data-index'));
                const annotation = annotations[index];
                const textElement = group.querySelector('text.annotation-text');
                if (!annotation || !textElement || clean(textElement.textContent) === '') continue;
                const holders = shapes.filter(s => Math.min(s.shape.x0, s.shape.x1) <= annotation.x && annotation.x <= Math.max(s.shape.x0, s.shape.x1)
                    && Math.min(s.shape.y0, s.shape.y1) <= annotation.y && annotation.y <= Math.max(s.shape.y0, s.shape.y1));
                if (holders.length === 0) continue;
                const area = s => Math.abs((s.shape.x1 - s.shape.x0) * (s.shape.y1 - s.shape.y0));
                const holder = holders.reduce((a, b) => area(a) <= area(b) ? a : b);
                const box = rectOf(shapePaths[holder.index]);
                const text = rectOf(textElement);
                const sides = { left: box.left + padding - text.left, right: text.right - (box.right - padding), top: box.top + padding - text.top, bottom: text.bottom - (box.bottom - padding) };
                for (const [side, by] of Object.entries(sides)) {
                    if (by > 0.5) problems.push(`"${clean(textElement.textContent)}" runs ${round(by)} px past the ${side} of its box`);
                }
            }

            // A text centred on a marker (a node's label on its disc) stays inside the disc, line by line.
            for (const trace of div.querySelectorAll('.scatterlayer .trace')) {
                const points = [...trace.querySelectorAll('path.point')];
                const labels = [...trace.querySelectorAll('g.textpoint text')];
                if (points.length !== labels.length) continue;
                points.forEach((point, i) => {
                    const disc = rectOf(point);
                    const centre = { x: (disc.left + disc.right) / 2, y: (disc.top + disc.bottom) / 2 };
                    const label = rectOf(labels[i]);
                    if (Math.abs((label.left + label.right) / 2 - centre.x) > 3) return; // not centred on it
                    const radius = (disc.right - disc.left) / 2;
                    const lines = [...labels[i].querySelectorAll('tspan.line')];
                    for (const line of lines.length > 0 ? lines : [labels[i]]) {
                        const r = rectOf(line);
                        const far = Math.max(...[[r.left, r.top], [r.right, r.top], [r.left, r.bottom], [r.right, r.bottom]]
                            .map(([x, y]) => Math.hypot(x - centre.x, y - centre.y)));
                        if (far > radius - padding + 0.5) problems.push(`"${clean(line.textContent)}" runs ${round(far - radius + padding)} px past the edge of its disc`);
                    }
                });
            }

            // No two texts overlap; a label with a background covers no other text.
            for (let i = 0; i < texts.length; i++) {
                for (let j = i + 1; j < texts.length; j++) {
                    if (texts[i].element.contains(texts[j].element) || texts[j].element.contains(texts[i].element)) continue;
                    if (overlap(texts[i].rect, texts[j].rect)) problems.push(`"${texts[i].text}" and "${texts[j].text}" overlap`);
                }
            }
            for (const group of div.querySelectorAll('g.annotation')) {
                const background = group.querySelector('rect.bg');
                const fill = background && background.style.fill;
                if (!fill || fill === 'rgba(0, 0, 0, 0)' || fill === 'transparent') continue;
                const own = group.querySelector('text.annotation-text');
                if (!own || clean(own.textContent) === '') continue;
                for (const t of texts) {
                    if (t.element === own) continue;
                    if (overlap(rectOf(background), t.rect)) problems.push(`the label "${clean(own.textContent)}" covers "${t.text}"`);
                }
            }
            return problems;
        }
        """;

    private static string PlotlyJs()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(resource => resource.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && resource.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
