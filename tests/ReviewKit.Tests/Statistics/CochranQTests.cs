using ReviewKit.Data;
using ReviewKit.Statistics;

namespace ReviewKit.Tests;

public class CochranQTests
{
    /// <summary>
    /// Siegel, S. (1956). <i>Nonparametric statistics for the behavioral sciences</i>, ch. 7, the Cochran Q test: 18
    /// households, three interviewing techniques, 1 = a favourable answer. Siegel gives Cⱼ = 13, 13, 3, ΣRᵢ = 29,
    /// ΣRᵢ² = 63 and Q = 16.7; Q depends on these sums alone, and the rows below have exactly them:
    /// rows with Rᵢ = 0: 3, Rᵢ = 1: 4, Rᵢ = 2: 8, Rᵢ = 3: 3 ⇒ ΣRᵢ = 4 + 16 + 9 = 29, ΣRᵢ² = 4 + 32 + 27 = 63.
    /// Q = (k − 1)(k ΣCⱼ² − N²) / (k N − ΣRᵢ²) = 2 · (3 · (169 + 169 + 9) − 29²) / (3 · 29 − 63) = 2 · 200 / 24 = 16.667;
    /// with df = 2 the chi-square tail is e^(−Q/2) = e^(−8.3333) = 0.00024.
    /// </summary>
    private static readonly bool[][] Siegel1956 =
    [
        [false, false, false], [true, true, false], [false, true, false], [false, false, false], [true, false, false],
        [true, true, false], [true, true, false], [false, true, false], [true, false, false], [false, false, false],
        [true, true, true], [true, true, true], [true, true, false], [true, true, false], [true, true, false],
        [true, true, true], [true, true, false], [true, true, false],
    ];

    [Fact]
    public void Test_Siegel1956_GivesQ16Point7()
    {
        var test = CochranQ.Test(Siegel1956, ["I", "II", "III"]);

        Assert.Equal([13, 13, 3], test.Totals);
        Assert.Equal((18, 2), (test.Studies, test.DegreesOfFreedom));
        Assert.Equal(400.0 / 24, test.Q!.Value, 12);
        Assert.Equal(Math.Exp(-400.0 / 48), test.P!.Value, 12);
        Assert.Null(test.Undefined);
        Assert.Equal("Q = 16.67, df = 2, p = 0.0002", test.ToString());
    }

    [Fact]
    public void Test_TwoCodes_EqualsMcNemarsChiSquare()
    {
        // b = 1 (first only), c = 7 (second only), 5 both, 10 neither: Q = (b − c)² / (b + c) = 36 / 8 = 4.5.
        var rows = Enumerable.Repeat(new[] { true, false }, 1)
            .Concat(Enumerable.Repeat(new[] { false, true }, 7))
            .Concat(Enumerable.Repeat(new[] { true, true }, 5))
            .Concat(Enumerable.Repeat(new[] { false, false }, 10));

        var test = CochranQ.Test(rows);

        Assert.Equal(4.5, test.Q!.Value, 12);
        Assert.Equal(1, test.DegreesOfFreedom);
        Assert.Equal(["1", "2"], test.Codes);
    }

    [Fact]
    public void Test_EveryStudyAllOrNone_IsUndefinedAndSaysWhy()
    {
        var test = CochranQ.Test([[true, true, true], [false, false, false]]);

        Assert.Null(test.Q);
        Assert.Null(test.P);
        Assert.Contains("all of the codes or none", test.Undefined, StringComparison.Ordinal);
        Assert.StartsWith("Q undefined: ", test.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Test_NoStudies_IsUndefined()
    {
        Assert.Equal("no studies", CochranQ.Test([], ["A", "B"]).Undefined);
    }

    [Fact]
    public void Test_FewerThanTwoCodesOrRaggedRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => CochranQ.Test([[true], [false]]));
        Assert.Throws<ArgumentException>(() => CochranQ.Test([[true, false], [false]]));
    }

    [Fact]
    public void Test_PaperTable6_UsesTheStudiesOfEachCode()
    {
        var paper = ReviewDataset.Paper;
        string[] codes = ["UC1", "UC2", "UC3"];
        // The same 0/1 table built straight from the codings.
        var rows = paper.Studies.Select(study => codes.Select(code => paper.Codings.Any(c => c.StudyId == study.Id && c.CodeId == code)).ToArray()).ToList();
        var sumOfSquaredRows = rows.Sum(row => Math.Pow(row.Count(value => value), 2));

        var test = CochranQ.Test(paper, codes);

        Assert.Equal([55, 14, 9], test.Totals); // Appendix 1, the paper's Table 6
        // Q = 2 · (3 · (55² + 14² + 9²) − 78²) / (3 · 78 − ΣRᵢ²) = 2 · (3 · 3302 − 6084) / (234 − ΣRᵢ²) = 7644 / (234 − ΣRᵢ²).
        Assert.Equal(7644 / (234 - sumOfSquaredRows), test.Q!.Value, 10);
        Assert.True(test.P < 0.0001);
    }
}
