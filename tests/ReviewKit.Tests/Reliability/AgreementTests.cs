using ReviewKit.Data;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class AgreementTests
{
    // Four studies, codes LC1 LO1 EO1 GC1 (TestData.Small). A is the dataset's coding: LC1 S1 S2; LO1 S1 S2 S3; EO1 S4.
    private static readonly ReviewDataset Small = TestData.Small();

    private static Coder A => Coder.FromDataset(Small, "A");

    // B codes S1–S4: agrees on LC1 and EO1, misses LO1 in S3, adds GC1 in S4.
    private static Coder B => Coder.Parse("B", "study_id,code\nS1,LC1\nS1,LO1\nS2,LC1\nS2,LO1\nS3,\nS4,EO1\nS4,GC1\n", Small);

    // C codes S1–S3 only, and adds LC1 in S3.
    private static Coder C => Coder.Parse("C", "study_id,code\nS1,LC1\nS1,LO1\nS2,LC1\nS2,LO1\nS3,LO1\nS3,LC1\n", Small);

    [Fact]
    public void Units_TwoCoders_AreOneIfAssignedZeroIfNot()
    {
        var units = Agreement.DataOf(Small, [A, B], "LO1");

        Assert.Equal(["S1", "S2", "S3", "S4"], units.UnitNames);
        Assert.Equal(["A", "B"], units.CoderNames);
        Assert.Equal([[1, 1], [1, 1], [1, 0], [0, 0]], Enumerable.Range(0, 4).Select(u => units.Unit(u).ToArray()));
    }

    [Fact]
    public void Units_ACoderMissingAStudy_HasNullThere()
    {
        var units = Agreement.DataOf(Small, [A, B, C], "LC1");

        Assert.Equal([0, 0, null], units.Unit(3));
        Assert.Equal((4, 3, 4), (units.Units, units.CompleteUnits, units.PairableUnits));
    }

    [Fact]
    public void Compute_TwoCoders_GivesOneRowPerCodeAndThePooledRow()
    {
        var agreement = Agreement.Compute(Small, [A, B]);
        var rows = agreement.PerCode;

        Assert.Equal(["LC1", "LO1", "EO1", "GC1", "ALL"], agreement.Rows.Select(row => row.Code));
        Assert.All(agreement.Rows, row => Assert.Null(row.FleissKappa));
        // LC1: full agreement with variation.
        Assert.Equal((100.0, 1.0, 1.0), (rows[0].PercentAgreement!.Value, rows[0].CohenKappa!.Value, rows[0].Alpha!.Value));
        // LO1: 3 of 4 agree; pₑ = 3/4 · 2/4 + 1/4 · 2/4 = 1/2, κ = (3/4 − 1/2) / (1/2) = 1/2; PABAK = 2 · 3/4 − 1.
        Assert.Equal((75.0, 0.5, 0.5), (rows[1].PercentAgreement!.Value, rows[1].CohenKappa!.Value, rows[1].Pabak!.Value));
        // Pooled: 16 units, 2 disagreements.
        Assert.Equal(16, agreement.Pooled.CompleteUnits);
        Assert.Equal(87.5, agreement.Pooled.PercentAgreement!.Value, 10);
    }

    [Fact]
    public void Compute_CodeNobodyUsed_HasFullAgreementButNoKappaOrAlpha()
    {
        var third = Coder.Parse("B", "study_id,code\nS1,LC1\nS1,LO1\nS2,LC1\nS2,LO1\nS3,LO1\nS4,EO1\n", Small);

        var gc1 = Agreement.Compute(Small, [A, third]).PerCode.Single(row => row.Code == "GC1");

        Assert.Equal(100, gc1.PercentAgreement);
        Assert.Equal(1, gc1.Pabak);
        Assert.Null(gc1.CohenKappa);
        Assert.Null(gc1.Alpha);
        Assert.Null(gc1.AlphaInterval);
    }

    [Fact]
    public void Compute_ThreeCoders_GivesFleissNotCohenAndCountsOnlyCompleteStudies()
    {
        var agreement = Agreement.Compute(Small, [A, B, C]);

        Assert.All(agreement.Rows, row => Assert.Null(row.CohenKappa));
        Assert.All(agreement.PerCode, row => Assert.Equal((3, 4), (row.CompleteUnits, row.PairableUnits)));
        Assert.Equal(12, agreement.Pooled.CompleteUnits);
        Assert.NotNull(agreement.PerCode[1].FleissKappa);
    }

    [Fact]
    public void Compute_FewerThanTwoCoders_Throws()
    {
        Assert.Throws<ArgumentException>(() => Agreement.Compute(Small, [A]));
    }

    [Fact]
    public void Compute_SameSeed_GivesTheSameIntervals()
    {
        var first = Agreement.Compute(Small, [A, B, C], new AgreementOptions(BootstrapSamples: 300, Seed: 1));
        var again = Agreement.Compute(Small, [A, B, C], new AgreementOptions(BootstrapSamples: 300, Seed: 1));

        Assert.Equal(first.Rows, again.Rows);
    }

    [Fact]
    public void Disagreements_ListEveryUnitWhereCodersDiffer()
    {
        var disagreements = Agreement.Disagreements(Small, [A, B, C]);

        Assert.Equal(
            ["S3 LC1 +C -A,B", "S3 LO1 +A,C -B", "S4 GC1 +B -A"],
            disagreements.Select(d => $"{d.StudyId} {d.CodeId} +{string.Join(",", d.Present)} -{string.Join(",", d.Absent)}"));
    }

    [Fact]
    public void Compute_TeachingFiles_PooledAgreementEqualsTheShareOfUnitsWithoutADisagreement()
    {
        var paper = ReviewDataset.Paper;
        IReadOnlyList<Coder> coders = [Coder.FromDataset(paper, "A"), .. IntercoderExample.Coders.Select(c => Coder.Load(Path.Combine(IntercoderExample.Folder, c.Name + ".csv"), paper))];
        var shared = coders.Select(c => c.Studies).Aggregate((x, y) => x.Intersect(y).ToList());
        var sets = coders.Select(c => c.Codings.Select(k => (k.StudyId, k.CodeId)).ToHashSet()).ToList();

        // Counted directly from the files: for each unit all three coded, the share of the three coder pairs that agree.
        var pairAgreement = shared
            .SelectMany(study => paper.Codebook.Select(code => (study, code.Id)))
            .Average(unit => new[] { (0, 1), (0, 2), (1, 2) }.Count(p => sets[p.Item1].Contains(unit) == sets[p.Item2].Contains(unit)) / 3.0);
        var pooled = Agreement.Compute(paper, coders, new AgreementOptions(BootstrapSamples: 200)).Pooled;

        Assert.Equal(shared.Count * 36, pooled.CompleteUnits);
        Assert.Equal(100 * pairAgreement, pooled.PercentAgreement!.Value, 10);
        Assert.True(pooled.AlphaInterval!.Contains(pooled.Alpha!.Value));
    }
}
