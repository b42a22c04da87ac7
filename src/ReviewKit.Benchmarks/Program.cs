using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using ReviewKit.Benchmarks;
using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Stakeholders;

// dotnet run -c Release --project src/ReviewKit.Benchmarks -- --filter '*'        BenchmarkDotNet, every benchmark
// dotnet run -c Release --project src/ReviewKit.Benchmarks -- side-by-side DIR   one timed pass, as pandas_count.py prints it
if (args is ["side-by-side", var folder])
{
    var total = Stopwatch.StartNew();
    var dataset = ReviewDataset.Load(folder);
    var loaded = total.Elapsed;
    var frequencies = ContentAnalysis.CodeFrequencies(dataset);
    var years = PublicationTrend.ByStakeholder(dataset);
    var pairs = StakeholderAnalysis.CodePairs(dataset);
    var computed = total.Elapsed - loaded;
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"reviewkit: studies={dataset.Studies.Count} codings={dataset.Codings.Count} load={loaded.TotalSeconds:0.00}s count+year+cooc={computed.TotalSeconds:0.00}s total={total.Elapsed.TotalSeconds:0.00}s codes={frequencies.Count} year-rows={years.Count} pairs={pairs.Count} peak={process.PeakWorkingSet64 / (1024 * 1024)}MiB"));
    return 0;
}

if (args is ["corpus", var size, var output])
{
    SyntheticCorpus.Ensure(int.Parse(size, CultureInfo.InvariantCulture), output);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(DatasetBenchmarks).Assembly).Run(args);
return 0;
