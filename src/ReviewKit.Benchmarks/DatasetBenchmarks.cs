using BenchmarkDotNet.Attributes;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Stakeholders;

namespace ReviewKit.Benchmarks;

/// <summary>Loading a synthetic review and counting it: frequencies, the year table, study-level co-occurrence.</summary>
[MemoryDiagnoser]
public class DatasetBenchmarks
{
    private string _folder = "";
    private ReviewDataset _dataset = ReviewDataset.Paper;

    /// <summary>Studies in the synthetic review (about 14.4 codings each).</summary>
    [Params(10_000, 100_000)]
    public int Studies { get; set; }

    /// <summary>Writes the synthetic review once (under the temporary folder) and loads it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = SyntheticCorpus.Ensure(Studies, Path.Combine(Path.GetTempPath(), "reviewkit-bench", $"s{Studies}"));
        _dataset = ReviewDataset.Load(_folder);
    }

    /// <summary>Reads and checks the three files.</summary>
    [Benchmark]
    public ReviewDataset Load() => ReviewDataset.Load(_folder);

    /// <summary>n and % of every code.</summary>
    [Benchmark]
    public IReadOnlyList<CodeFrequency> Count() => ContentAnalysis.CodeFrequencies(_dataset);

    /// <summary>Studies per year and stakeholder.</summary>
    [Benchmark]
    public IReadOnlyList<YearStakeholderCount> YearTable() => PublicationTrend.ByStakeholder(_dataset);

    /// <summary>The 2×2 table of every pair of codes over studies.</summary>
    [Benchmark]
    public IReadOnlyList<CodePair> CoOccurrence() => StakeholderAnalysis.CodePairs(_dataset);
}
