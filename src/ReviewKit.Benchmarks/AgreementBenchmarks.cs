using BenchmarkDotNet.Attributes;
using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Benchmarks;

/// <summary>Agreement between the three teaching coders of notebook 06, with the bootstrap interval of alpha.</summary>
[MemoryDiagnoser]
public class AgreementBenchmarks
{
    private readonly ReviewDataset _dataset = ReviewDataset.Paper;
    private IReadOnlyList<Coder> _coders = [];

    /// <summary>Bootstrap samples of alpha's interval (the command line's default is 2,000).</summary>
    [Params(200, 2_000)]
    public int Samples { get; set; }

    /// <summary>Loads the coders' files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(RepositoryRoot(), "data", "examples", "intercoder");
        var files = Directory.GetFiles(folder, "coder-*.csv").Order(StringComparer.Ordinal).ToList();
        _coders = [Coder.FromDataset(_dataset, "a"), .. Coder.LoadAll(files, _dataset)];
    }

    /// <summary>Every statistic for every code, and alpha's bootstrap interval.</summary>
    [Benchmark]
    public AgreementResult Agreement() => ReviewKit.Reliability.Agreement.Compute(_dataset, _coders, new AgreementOptions(Samples, 1));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReviewKit.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the benchmarks from the repository: ReviewKit.slnx was not found above " + AppContext.BaseDirectory);
    }
}
