using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Findings;

/// <summary>The sentences of notebook <c>03-coding-and-counting</c>, each with the computation that decides it.</summary>
public static class Notebook03Findings
{
    /// <summary>Every sentence of the notebook that states a number or a comparison.</summary>
    public static IReadOnlyList<Finding<ReviewInputs>> All { get; } =
    [
        new("most-frequent", "UC1 is the most frequent code, followed by EC1, UO1 and EO1", inputs =>
        {
            var top = Ranked(inputs).Take(4).ToList();
            return new(top.Select(row => row.Code.Id).SequenceEqual(["UC1", "EC1", "UO1", "EO1"]), Counts(top));
        }),
        new("rarest", "the rarest codes are GO5 and GO6, 8 studies each", inputs =>
        {
            var rarest = WithNthFewest(inputs, 0);
            return new(rarest.Select(row => row.Code.Id).SequenceEqual(["GO5", "GO6"]) && rarest[0].N == 8, Counts(rarest));
        }),
        new("next-rarest", "UC3 and UO8 come next, 9 studies each", inputs =>
        {
            var next = WithNthFewest(inputs, 1);
            return new(next.Select(row => row.Code.Id).SequenceEqual(["UC3", "UO8"]) && next[0].N == 9, Counts(next));
        }),
    ];

    private static IEnumerable<CodeFrequency> Ranked(ReviewInputs inputs) =>
        ContentAnalysis.CodeFrequencies(inputs.Dataset).OrderByDescending(row => row.N);

    /// <summary>The codes whose count is the <paramref name="rank"/>-th smallest distinct count, in id order.</summary>
    private static List<CodeFrequency> WithNthFewest(ReviewInputs inputs, int rank)
    {
        var rows = ContentAnalysis.CodeFrequencies(inputs.Dataset);
        var count = rows.Select(row => row.N).Distinct().Order().ElementAt(rank);
        return rows.Where(row => row.N == count).OrderBy(row => row.Code.Id, StringComparer.Ordinal).ToList();
    }

    private static string Counts(IEnumerable<CodeFrequency> rows) => string.Join(", ", rows.Select(row => $"{row.Code.Id} {row.N}"));
}
