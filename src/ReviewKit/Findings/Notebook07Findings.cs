using System.Globalization;
using System.Runtime.CompilerServices;
using ReviewKit.Data;
using ReviewKit.Reliability;
using ReviewKit.Statistics;

namespace ReviewKit.Findings;

/// <summary>
/// The sentences of notebook <c>07-intercoder-reliability</c>, each with the computation that decides it: those about
/// the review in <see cref="All"/>, those about the made-up coders of <c>data/examples/intercoder</c> in
/// <see cref="AboutTheCoders"/>.
/// </summary>
public static class Notebook07Findings
{
    /// <summary>Every sentence of the notebook that states a number or a comparison about the review itself.</summary>
    public static IReadOnlyList<Finding<ReviewInputs>> All { get; } =
    [
        new("uc1-most-common", "UC1 is carried by 55 of the 60 studies, the most of any code", inputs =>
        {
            var dataset = inputs.Dataset;
            var top = CodeCounts(dataset).MaxBy(row => row.N);
            var uc1 = CodeCounts(dataset).Single(row => row.Code == "UC1").N;
            return new(top.Code == "UC1" && uc1 == 55 && dataset.Studies.Count == 60, Invariant($"most: {top.Code} {top.N}; UC1 {uc1} of {dataset.Studies.Count}"));
        }),
        new("rarest", "the rarest codes, GO5 and GO6, are carried by 8 studies each", inputs =>
        {
            var counts = CodeCounts(inputs.Dataset);
            var fewest = counts.Min(row => row.N);
            var rarest = counts.Where(row => row.N == fewest).Select(row => row.Code).Order(StringComparer.Ordinal).ToList();
            return new(fewest == 8 && rarest.SequenceEqual(["GO5", "GO6"]), Invariant($"{string.Join(", ", rarest)}: {fewest} each"));
        }),
    ];

    /// <summary>Every sentence of the notebook that states a number or a comparison about the coders.</summary>
    public static IReadOnlyList<Finding<IntercoderData>> AboutTheCoders { get; } =
    [
        new("coders", "A coded all 60 studies (865 codings), B 20 studies (290 codings) and C 20 studies (301 codings)", data =>
        {
            var sizes = data.Coders.Select(coder => (coder.Studies.Count, coder.Codings.Count)).ToList();
            return new(sizes.SequenceEqual([(60, 865), (20, 290), (20, 301)]),
                string.Join("; ", data.Coders.Select(coder => Invariant($"{coder.Name} {coder.Studies.Count} studies, {coder.Codings.Count} codings"))));
        }),
        new("shared-studies", "B and C share 18 studies and each coded two the other did not, so 18 studies were coded by all three and 22 by at least two", data =>
        {
            var shared = data.Coders[1].Studies.Intersect(data.Coders[2].Studies).Count();
            var units = data.Review.Dataset.Codebook
                .Select(code => Agreement.DataOf(data.Review.Dataset, data.Coders, code.Id))
                .Select(units => (units.CompleteUnits, units.PairableUnits))
                .Distinct()
                .ToList();
            var holds = shared == 18 && data.Coders[1].Studies.Count == 20 && data.Coders[2].Studies.Count == 20 && units.SequenceEqual([(18, 22)]);
            return new(holds, Invariant($"shared {shared}; per code (all three, at least two): {string.Join("; ", units)}"));
        }),
        new("pooled-tentative", "its α lies between 0.667 and 0.800, so by Krippendorff's standard the coding as a whole supports tentative conclusions only; Fleiss' κ on the same units is substantial by Landis & Koch", data =>
        {
            var pooled = Of(data).Agreement.Pooled;
            var alpha = pooled.Alpha.GetValueOrDefault();
            var kappa = pooled.FleissKappa.GetValueOrDefault();
            return new(alpha is >= 0.667 and < 0.800 && AgreementCoefficients.LandisKochBand(kappa) == "substantial",
                Invariant($"α {alpha:0.000}: {AgreementCoefficients.KrippendorffStandard(alpha)}; κ {kappa:0.000}: {AgreementCoefficients.LandisKochBand(kappa)}"));
        }),
        new("pairs", "A and B agree best, A and C less, and B and C least", data =>
        {
            var pairs = Of(data).Pairs;
            var kappas = pairs.Select(row => Round(row.CohenKappa, 3)).ToList();
            return new(kappas[0] > kappas[1] && kappas[1] > kappas[2],
                string.Join(", ", pairs.Select(row => Invariant($"κ {row.CohenKappa:0.000} over {row.CompleteUnits} units"))));
        }),
        new("per-code-range", "per code, α runs from −0.05 (UC1) to 0.93 (UO4)", data =>
        {
            var perCode = Of(data).Agreement.PerCode.Where(row => row.Alpha.HasValue).ToList();
            var lowest = perCode.MinBy(row => row.Alpha)!;
            var highest = perCode.MaxBy(row => row.Alpha)!;
            var holds = lowest.Code == "UC1" && Round(lowest.Alpha, 2) == -0.05 && highest.Code == "UO4" && Round(highest.Alpha, 2) == 0.93;
            return new(holds, Invariant($"{lowest.Code} {lowest.Alpha:0.000} to {highest.Code} {highest.Alpha:0.000}"));
        }),
        new("lc2-interval", "LC2's α is 0.64, and its interval runs from 0.10 to 0.91", data =>
        {
            var lc2 = Of(data).Agreement.PerCode.Single(row => row.Code == "LC2");
            var holds = Round(lc2.Alpha, 2) == 0.64 && Round(lc2.AlphaInterval?.Low, 2) == 0.10 && Round(lc2.AlphaInterval?.High, 2) == 0.91;
            return new(holds, Invariant($"α {lc2.Alpha:0.000} {lc2.AlphaInterval}"));
        }),
        new("intervals-place", "only three codes' intervals lie wholly above 0.667, none wholly above 0.800, and one, UC1's, wholly below 0.667", data =>
        {
            var intervals = Of(data).Agreement.PerCode.Where(row => row.AlphaInterval is not null).ToList();
            var aboveTentative = intervals.Count(row => row.AlphaInterval!.Low >= 0.667);
            var aboveRely = intervals.Count(row => row.AlphaInterval!.Low >= 0.800);
            var below = intervals.Where(row => row.AlphaInterval!.High < 0.667).Select(row => row.Code).ToList();
            return new(aboveTentative == 3 && aboveRely == 0 && below.SequenceEqual(["UC1"]),
                Invariant($"wholly above 0.667: {aboveTentative}; above 0.800: {aboveRely}; below 0.667: {string.Join(", ", below)}"));
        }),
        new("median-width", "the median code's interval is 0.52 wide, ±0.26 around its α", data =>
        {
            var width = MedianWidth(data);
            return new(Math.Round(width, 2) == 0.52 && Math.Round(width / 2, 2) == 0.26, Invariant($"median width {width:0.000}"));
        }),
        new("sample-size", "coding all 60 studies would narrow it to about ±0.16; ±0.10 would take about 150 studies, more than the review holds", data =>
        {
            var half = MedianWidth(data) / 2;
            var studies = Of(data).Agreement.Pooled.PairableUnits / data.Review.Dataset.Codebook.Count;
            var allStudies = data.Review.Dataset.Studies.Count;
            var atAll = half * Math.Sqrt((double)studies / allStudies);
            var needed = studies * Math.Pow(half / 0.10, 2);
            var holds = Math.Round(atAll, 2) == 0.16 && Math.Round(needed / 10) * 10 == 150 && needed > allStudies;
            return new(holds, Invariant($"±{atAll:0.000} on {allStudies} studies; ±0.10 on {needed:0} studies (from {studies})"));
        }),
        new("uc1-paradox", "the coders agree on 85.2% of the pairs and PABAK is 0.704, yet Fleiss' κ is −0.080 and α −0.052", data =>
        {
            var units = Agreement.DataOf(data.Review.Dataset, data.Coders, "UC1");
            var complete = Enumerable.Range(0, units.Units).Where(unit => units.Unit(unit).All(value => value.HasValue)).ToList();
            var yes = Enumerable.Range(0, units.Coders).Select(coder => complete.Count(unit => units[unit, coder] == 1)).ToList();
            var uc1 = Of(data).Agreement.PerCode.Single(row => row.Code == "UC1");
            var holds = complete.Count == 18 && yes.SequenceEqual([18, 15, 17]) && Round(uc1.PercentAgreement, 1) == 85.2
                && Round(uc1.Pabak, 3) == 0.704 && Round(uc1.FleissKappa, 3) == -0.080 && Round(uc1.Alpha, 3) == -0.052;
            return new(holds, Invariant(
                $"yes {string.Join("/", yes)} of {complete.Count}; {uc1.PercentAgreement:0.0}%, PABAK {uc1.Pabak:0.000}, κ {uc1.FleissKappa:0.000}, α {uc1.Alpha:0.000}"));
        }),
        new("disagreements", "there are 119 (study, code) units to reconcile in the 22 studies two or more coders coded; in JA03, A and C gave LO2 and B did not", data =>
        {
            var disagreements = Of(data).Disagreements;
            var studies = disagreements.Select(d => d.StudyId).Distinct().Count();
            var ja03 = disagreements.Any(d => d.StudyId == "JA03" && d.CodeId == "LO2" && d.Present.SequenceEqual(["A", "C"]) && d.Absent.SequenceEqual(["B"]));
            return new(disagreements.Count == 119 && studies == 22 && ja03, Invariant($"{disagreements.Count} units in {studies} studies; JA03 LO2 as stated: {ja03}"));
        }),
        new("no-clustering", "the disagreements per code spread less than disagreements falling on the codes at random would", data =>
        {
            var (mean, variance, chiSquare, degrees, p) = Dispersion(data);
            return new(variance < mean, Invariant($"mean {mean:0.00}, variance {variance:0.00}, χ² {chiSquare:0.00} on {degrees} df, p {p:0.000}"));
        }),
    ];

    private static readonly ConditionalWeakTable<IntercoderData, Computed> Cache = [];

    private sealed record Computed(AgreementResult Agreement, IReadOnlyList<CodeAgreement> Pairs, IReadOnlyList<Disagreement> Disagreements);

    private static Computed Of(IntercoderData data) => Cache.GetValue(data, data =>
    {
        var dataset = data.Review.Dataset;
        var coders = data.Coders;
        var pairs = new[] { (0, 1), (0, 2), (1, 2) }
            .Select(pair => Agreement.Compute(dataset, [coders[pair.Item1], coders[pair.Item2]], new AgreementOptions(BootstrapSamples: 1)).Pooled)
            .ToList();
        return new Computed(Agreement.Compute(dataset, coders), pairs, Agreement.Disagreements(dataset, coders));
    });

    private static double MedianWidth(IntercoderData data)
    {
        var widths = Of(data).Agreement.PerCode
            .Where(row => row.AlphaInterval is not null)
            .Select(row => row.AlphaInterval!.High - row.AlphaInterval.Low)
            .Order()
            .ToList();
        return widths.Count % 2 == 1 ? widths[widths.Count / 2] : (widths[(widths.Count / 2) - 1] + widths[widths.Count / 2]) / 2;
    }

    /// <summary>
    /// The index-of-dispersion test of the disagreements per code: if they fell on the codes at random, the sum of squared
    /// deviations over the mean would follow chi-square with (codes − 1) degrees of freedom.
    /// </summary>
    private static (double Mean, double Variance, double ChiSquare, int Degrees, double P) Dispersion(IntercoderData data)
    {
        var perCode = Of(data).Disagreements.CountBy(d => d.CodeId).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var counts = data.Review.Dataset.Codebook.Select(code => (double)perCode.GetValueOrDefault(code.Id)).ToList();
        var mean = counts.Average();
        var squares = counts.Sum(count => (count - mean) * (count - mean));
        var degrees = counts.Count - 1;
        var chiSquare = squares / mean;
        return (mean, squares / degrees, chiSquare, degrees, ChiSquare.UpperTail(chiSquare, degrees));
    }

    private static List<(string Code, int N)> CodeCounts(ReviewDataset dataset) =>
        dataset.Codebook.Select(code => (code.Id, dataset.StudiesWith(code.Id).Count())).ToList();

    private static double? Round(double? value, int digits) => value is { } number ? Math.Round(number, digits) : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
