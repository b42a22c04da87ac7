using FsCheck.Xunit;
using ReviewKit.Counting;
using ReviewKit.Data;
using TestData = ReviewKit.Tests.Shared.TestData;

namespace ReviewKit.Tests;

/// <summary>
/// Properties of counting that must hold for any data, checked on generated datasets. That any bytes in a data file load
/// or give located problems is checked by <c>HostileInputProperties</c> in the command line's tests.
/// </summary>
public class CountingProperties
{
    private static readonly string[] CodeIds = ["LC1", "LO1", "EO1", "GC1"];

    /// <summary>A random coding table over the four codes of <see cref="TestData.Codebook"/>: 1–12 studies, each with 1–4 codes.</summary>
    private static (List<string> Studies, List<(string Study, string Code)> Codings) RandomTable(int seed)
    {
        var random = new Random(seed);
        var studies = Enumerable.Range(1, random.Next(1, 13)).Select(i => $"S{i}").ToList();
        var codings = studies
            .SelectMany(study => CodeIds.Where(_ => random.Next(2) == 0).DefaultIfEmpty(CodeIds[random.Next(CodeIds.Length)]).Select(code => (study, code)))
            .ToList();
        return (studies, codings);
    }

    private static ReviewDataset Dataset(IEnumerable<string> studies, IEnumerable<(string Study, string Code)> codings) => ReviewDataset.Parse(
        TestData.Codebook,
        "study_id,authors,year\n" + string.Concat(studies.Select(study => $"{study},Author {study},2020\n")),
        "study_id,code\n" + string.Concat(codings.Select(coding => $"{coding.Study},{coding.Code}\n")));

    private static List<int> Counts(ReviewDataset dataset) => ContentAnalysis.CodeFrequencies(dataset).Select(row => row.N).ToList();

    [Property]
    public bool CodeFrequencies_RowsInAnyOrder_GiveTheSameCounts(int seed, int shuffleSeed)
    {
        var (studies, codings) = RandomTable(seed);
        var random = new Random(shuffleSeed);

        var shuffled = Dataset(studies.OrderBy(_ => random.Next()), codings.OrderBy(_ => random.Next()));

        return Counts(shuffled).SequenceEqual(Counts(Dataset(studies, codings)));
    }

    [Property]
    public bool CodeFrequencies_AddingAStudy_NeverLowersACount(int seed, bool[] newCodes)
    {
        var (studies, codings) = RandomTable(seed);
        var added = CodeIds.Where((_, i) => i < newCodes.Length && newCodes[i]).DefaultIfEmpty("LO1").Select(code => ("NEW", code));

        var before = Counts(Dataset(studies, codings));
        var after = Counts(Dataset(studies.Append("NEW"), codings.Concat(added)));

        return before.Zip(after).All(pair => pair.Second >= pair.First);
    }
}
