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

    [Fact]
    public void Compute_TwoCoders_AddsGwetAc1AndTheRatingsBehindTheNote()
    {
        var agreement = Agreement.Compute(Small, [A, B]);
        var lo1 = agreement.PerCode[1];

        // LO1 over S1–S4: A 1 1 1 0, B 1 1 0 0 ⇒ pₐ = 3/4, π₁ = (1 + 1 + 1/2 + 0) / 4 = 5/8, pₑ = 2 · 5/8 · 3/8 = 15/32,
        // AC1 = (24/32 − 15/32) / (17/32) = 9/17.
        Assert.Equal(9.0 / 17, lo1.GwetAc1!.Value, 12);
        Assert.Equal((8, 5), (lo1.Ratings, lo1.PresentRatings));
        // Pooled: 16 units, 32 ratings; present: LC1 4 + LO1 5 + EO1 2 + GC1 1 = 12.
        Assert.Equal((32, 12), (agreement.Pooled.Ratings, agreement.Pooled.PresentRatings));
    }

    [Fact]
    public void Compute_RareAndUnusedCodes_SayWhyKappaAndAlphaCannotSpeak()
    {
        var rows = Agreement.Compute(Small, [A, B]).PerCode.ToDictionary(row => row.Code);

        // GC1: only B assigns it, once in 8 ratings ⇒ too rare. LO1: present in 5 of 8 ratings, so its rarer answer is
        // "absent", with 3 ratings, fewer than 5 ⇒ too common.
        Assert.Equal(AgreementLimit.TooRare, rows["GC1"].Limit);
        Assert.Equal("too rare: present in 1 of 8 ratings on 4 units; with fewer than 5 kappa and alpha are unstable", rows["GC1"].Note);
        Assert.Equal(AgreementLimit.TooCommon, rows["LO1"].Limit);
        Assert.Equal("too common: absent in 3 of 8 ratings on 4 units; with fewer than 5 kappa and alpha are unstable", rows["LO1"].Note);
    }

    [Fact]
    public void Compute_CodeNobodyUsed_SaysNoVariation()
    {
        var third = Coder.Parse("B", "study_id,code\nS1,LC1\nS1,LO1\nS2,LC1\nS2,LO1\nS3,LO1\nS4,EO1\n", Small);

        var gc1 = Agreement.Compute(Small, [A, third]).PerCode.Single(row => row.Code == "GC1");

        Assert.Equal(AgreementLimit.NoVariation, gc1.Limit);
        Assert.Equal("no variation: no coder assigned the code on any of 4 units; kappa and alpha are undefined", gc1.Note);
        Assert.Equal(1, gc1.GwetAc1);
    }

    [Theory]
    [InlineData(0, 0, 0, AgreementLimit.NoUnits)]
    [InlineData(10, 20, 20, AgreementLimit.NoVariation)]
    [InlineData(10, 20, 4, AgreementLimit.TooRare)]
    [InlineData(10, 20, 5, AgreementLimit.None)]
    [InlineData(10, 20, 15, AgreementLimit.None)]
    [InlineData(10, 20, 16, AgreementLimit.TooCommon)]
    [InlineData(2, 4, 2, AgreementLimit.TooRare)]
    public void Limit_ByTheRarerAnswer_UsesTheThresholdOfFive(int units, int ratings, int present, AgreementLimit expected)
    {
        var row = new CodeAgreement("X", units, units, null, null, null, null, null, null, null, ratings, present);

        Assert.Equal(expected, row.Limit);
        Assert.Equal(expected == AgreementLimit.None, row.Note.Length == 0);
    }

    [Fact]
    public void Compute_TeachingFiles_UC1IsTooCommonAndItsAc1FollowsFromTheRatings()
    {
        var paper = ReviewDataset.Paper;
        IReadOnlyList<Coder> coders = [Coder.FromDataset(paper, "A"), .. IntercoderExample.Coders.Select(c => Coder.Load(Path.Combine(IntercoderExample.Folder, c.Name + ".csv"), paper))];
        // Counted directly from the files: per study, the UC1 answers of the coders who coded it.
        var answers = paper.Studies
            .Select(study => coders.Where(c => c.Studies.Contains(study.Id)).Select(c => c.Codings.Any(k => k.StudyId == study.Id && k.CodeId == "UC1")).ToList())
            .Where(unit => unit.Count > 0)
            .ToList();
        var pairable = answers.Where(unit => unit.Count >= 2).ToList();
        var pa = pairable.Average(unit =>
        {
            double yes = unit.Count(answer => answer), no = unit.Count - yes;
            return ((yes * (yes - 1)) + (no * (no - 1))) / (unit.Count * (unit.Count - 1.0));
        });
        var piYes = answers.Average(unit => unit.Count(answer => answer) / (double)unit.Count);
        var pe = 2 * piYes * (1 - piYes);

        var uc1 = Agreement.Compute(paper, coders, new AgreementOptions(BootstrapSamples: 50)).PerCode.Single(row => row.Code == "UC1");

        // 18 studies coded by all three and 4 by two: 18 · 3 + 4 · 2 = 62 ratings, 4 of them "absent" (data/examples/intercoder/README.md).
        Assert.Equal((22, 62, 4), (pairable.Count, pairable.Sum(unit => unit.Count), pairable.Sum(unit => unit.Count(answer => !answer))));
        Assert.Equal((62, 58), (uc1.Ratings, uc1.PresentRatings));
        Assert.Equal(AgreementLimit.TooCommon, uc1.Limit);
        Assert.Equal((pa - pe) / (1 - pe), uc1.GwetAc1!.Value, 12);
        Assert.Equal(0.85, Math.Round(uc1.GwetAc1!.Value, 2));
        Assert.True(uc1.FleissKappa < 0 && uc1.Alpha < 0);
    }
}
