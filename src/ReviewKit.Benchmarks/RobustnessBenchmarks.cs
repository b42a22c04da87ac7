using BenchmarkDotNet.Attributes;
using ReviewKit.Data;
using ReviewKit.Robustness;

namespace ReviewKit.Benchmarks;

/// <summary>
/// The parts of <c>robustness</c>: one replicate's data (a recoding, a bootstrap resample), every notebook finding
/// evaluated once on a recoding, and the findings that cost most, so that the time of a run (four conditions × samples ×
/// one pass) can be read off and its hot spots named.
/// </summary>
[MemoryDiagnoser]
public class RobustnessBenchmarks
{
    private readonly ReviewInputs _paper = ReviewInputs.Paper;
    private RecodingCalibration _calibration = null!;
    private ReviewInputs _recoded = ReviewInputs.Paper;
    private Dictionary<string, NotebookFinding> _byId = [];

    /// <summary>A finding among the costliest, or <c>all</c> for one pass over every finding.</summary>
    [Params("all", "without-later-twins", "heatmap-blocks", "near-duplicates", "one-apart", "cochran-q", "claims-in-short", "table-4")]
    public string Finding { get; set; } = "all";

    /// <summary>Calibrates the simulated coder at α = 0.8 and draws one recoding to evaluate on.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _calibration = SimulatedCoder.Calibrate(_paper.Dataset, 0.8);
        _recoded = _paper with { Dataset = SimulatedCoder.Recode(_paper.Dataset, _calibration, new Random(1)) };
        _byId = NotebookFindings.All.GroupBy(row => row.Finding.Id).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }

    /// <summary>One pass: every finding (or the one chosen) evaluated on a recoding.</summary>
    [Benchmark]
    public int Evaluate()
    {
        if (Finding != "all")
        {
            return _byId[Finding].Finding.Evaluate(_recoded).Holds ? 1 : 0;
        }

        var held = 0;
        foreach (var row in NotebookFindings.All)
        {
            held += row.Finding.Evaluate(_recoded).Holds ? 1 : 0;
        }

        return held;
    }

    /// <summary>One recoding of the paper's 2,160 (study, code) cells.</summary>
    [Benchmark]
    public ReviewDataset Recode() => SimulatedCoder.Recode(_paper.Dataset, _calibration, new Random(2));

    /// <summary>One bootstrap resample of the paper's 60 studies.</summary>
    [Benchmark]
    public ReviewDataset Resample() => StudyBootstrap.Resample(_paper.Dataset, new Random(3));
}
