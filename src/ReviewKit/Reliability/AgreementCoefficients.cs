using ReviewKit.Counting;

namespace ReviewKit.Reliability;

/// <summary>
/// Agreement among coders who assign nominal categories to the same units: percent agreement, Cohen's kappa, PABAK,
/// Fleiss' kappa, Krippendorff's alpha and Gwet's AC1, each with its formula and source. Percent agreement, the kappas
/// and PABAK use the units every coder coded; alpha and AC1 use every unit at least two coders coded. A statistic that is undefined for
/// the data (0/0, e.g. a kappa when every coder always chose the same category) is null.
/// </summary>
public static class AgreementCoefficients
{
    /// <summary>The seed of the bootstrap when none is given: fixed, so that intervals are reproducible.</summary>
    public const int DefaultSeed = 2023;

    /// <summary>The bootstrap samples drawn when no number is given.</summary>
    public const int DefaultBootstrapSamples = 2000;

    private const double Tolerance = 1e-12;

    /// <summary>
    /// Percent agreement: the mean, over the units every coder coded, of the share of pairs of coders who agree on the
    /// unit, times 100. For two coders it is the share of units on which they agree; for m coders it is Fleiss' P̄:
    /// <c>P̄ = (1/N) Σᵤ Σ꜀ nᵤ꜀(nᵤ꜀ − 1) / (m(m − 1))</c>, with nᵤ꜀ the coders who put unit u in category c.
    /// Null when no unit was coded by all.
    /// </summary>
    /// <example>Altman (1991), Table 14.2: two radiologists agree on 54 of 85 films ⇒ 63.53.</example>
    public static double? PercentAgreement(ReliabilityData data) => ObservedAgreement(data) * 100;

    /// <summary>
    /// Cohen's (1960) kappa for two coders: <c>κ = (pₒ − pₑ) / (1 − pₑ)</c>, where pₒ is the share of units on which
    /// they agree and <c>pₑ = Σ꜀ p₁꜀ · p₂꜀</c> the agreement expected by chance from each coder's own category shares.
    /// Uses the units both coded; null when there are none or pₑ = 1 (both coders always chose one category).
    /// </summary>
    /// <remarks>Cohen, J. (1960). A coefficient of agreement for nominal scales. <i>Educational and Psychological Measurement</i>, 20, 37–46.</remarks>
    /// <example>Altman (1991), Table 14.2: pₒ = 54/85 = 0.635, pₑ = 26.2/85 = 0.308 ⇒ κ = 0.473.</example>
    /// <exception cref="ArgumentException">The data do not have exactly two coders.</exception>
    public static double? CohenKappa(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Coders != 2)
        {
            throw new ArgumentException($"Cohen's kappa compares two coders; these data have {data.Coders}. Use Fleiss' kappa or Krippendorff's alpha.", nameof(data));
        }

        var complete = Complete(data);
        if (complete.Count == 0)
        {
            return null;
        }

        var observed = complete.Count(row => row[0] == row[1]) / (double)complete.Count;
        var first = complete.CountBy(row => row[0]!.Value).ToDictionary();
        var second = complete.CountBy(row => row[1]!.Value).ToDictionary();
        var expected = first.Sum(pair => pair.Value * (double)second.GetValueOrDefault(pair.Key)) / ((double)complete.Count * complete.Count);
        return Kappa(observed, expected);
    }

    /// <summary>
    /// The prevalence-adjusted bias-adjusted kappa (Byrt, Bishop &amp; Carlin 1993): kappa with the chance agreement
    /// set to 1/q for q categories, <c>PABAK = (q·pₒ − 1) / (q − 1)</c>; for presence/absence (q = 2) it is
    /// <c>2pₒ − 1</c>. pₒ is the <see cref="PercentAgreement"/> as a proportion, so for more than two coders this is the
    /// free-marginal multirater kappa of Randolph (2005); for q &gt; 2 categories it is Brennan &amp; Prediger's (1981) coefficient.
    /// Null when no unit was coded by all.
    /// </summary>
    /// <remarks>Byrt, T., Bishop, J., &amp; Carlin, J. B. (1993). Bias, prevalence and kappa. <i>Journal of Clinical Epidemiology</i>, 46, 423–429.</remarks>
    /// <example>Agreement on 80 of 100 units ⇒ PABAK = 0.60, whatever the prevalence.</example>
    /// <param name="data">The reliability data.</param>
    /// <param name="categories">The number of categories a coder could choose from; 2 for presence/absence.</param>
    public static double? Pabak(ReliabilityData data, int categories = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(categories, 2);
        return ObservedAgreement(data) is { } observed ? ((categories * observed) - 1) / (categories - 1) : null;
    }

    /// <summary>
    /// Fleiss' (1971) kappa for m ≥ 2 coders: <c>κ = (P̄ − P̄ₑ) / (1 − P̄ₑ)</c>, with P̄ the mean pairwise agreement
    /// (see <see cref="PercentAgreement"/>) and <c>P̄ₑ = Σ꜀ p꜀²</c>, where p꜀ is the share of all ratings in category c.
    /// Uses the units every coder coded; null when there are none or P̄ₑ = 1. With two coders it equals Scott's pi.
    /// </summary>
    /// <remarks>Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. <i>Psychological Bulletin</i>, 76, 378–382.</remarks>
    /// <example>Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses ⇒ P̄ = 0.556, P̄ₑ = 0.220, κ = 0.430.</example>
    public static double? FleissKappa(ReliabilityData data)
    {
        var complete = Complete(data);
        if (complete.Count == 0)
        {
            return null;
        }

        var ratings = (double)complete.Count * data.Coders;
        var expected = complete.SelectMany(row => row).CountBy(value => value!.Value).Sum(pair => Math.Pow(pair.Value / ratings, 2));
        return Kappa(ObservedAgreement(data)!.Value, expected);
    }

    /// <summary>
    /// Krippendorff's alpha for nominal data, any number of coders, missing values allowed:
    /// <c>α = 1 − Dₒ/Dₑ = 1 − (n − 1) · Σ꜀≠ₖ o꜀ₖ / Σ꜀≠ₖ n꜀nₖ</c>.
    /// Each unit u with mᵤ ≥ 2 values adds to the coincidence matrix, for every ordered pair of values from different
    /// coders, 1/(mᵤ − 1) to o꜀ₖ; n꜀ = Σₖ o꜀ₖ is how often c was used among pairable values and n = Σ꜀ n꜀.
    /// Units with fewer than two values are left out. Null when the pairable values show no variation (Dₑ = 0).
    /// </summary>
    /// <remarks>
    /// Krippendorff, K. (2011). <i>Computing Krippendorff's alpha-reliability</i>. Annenberg School for Communication,
    /// University of Pennsylvania; Krippendorff, K. (2004). <i>Content analysis: an introduction to its methodology</i>
    /// (2nd ed.), ch. 11. Sage.
    /// </remarks>
    /// <example>Krippendorff (2011), section C: 4 observers, 12 units, missing values ⇒ α = 0.743.</example>
    public static double? KrippendorffAlpha(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var coincidences = Coincidences.Build(data.Rows, out var categories);
        return coincidences.Alpha();
    }

    /// <summary>
    /// Gwet's (2008) AC1 for any number of coders, missing values allowed: <c>AC1 = (pₐ − pₑ) / (1 − pₑ)</c>, where
    /// <c>pₐ = (1/n′) Σᵢ Σ꜀ rᵢ꜀(rᵢ꜀ − 1) / (rᵢ(rᵢ − 1))</c> is the mean pairwise agreement over the n′ units rated by at least
    /// two coders (rᵢ ratings of unit i, rᵢ꜀ of them in category c), <c>π꜀ = (1/n) Σᵢ rᵢ꜀ / rᵢ</c> the mean share of category c
    /// over the n units rated at least once, and <c>pₑ = (1/(q − 1)) Σ꜀ π꜀(1 − π꜀)</c> the chance agreement for q categories.
    /// </summary>
    /// <remarks>
    /// Where kappa's chance agreement grows as a code becomes rare or near universal, so that kappa collapses although the
    /// coders nearly always agree (the paradox of Feinstein &amp; Cicchetti 1990), AC1's chance agreement shrinks there:
    /// with q = 2 it is 2π(1 − π), at most ½. AC1 therefore stays close to percent agreement for a rare code. Its
    /// chance term is itself a model (Gwet assumes that only hard-to-classify units are rated at random), so report it
    /// beside kappa and alpha, not instead of them. Reference: Gwet, K. L. (2008). Computing inter-rater reliability and
    /// its variance in the presence of high agreement. <i>British Journal of Mathematical and Statistical Psychology</i>,
    /// 61, 29–48.
    /// </remarks>
    /// <example>
    /// Two coders, 100 units: both yes 40, only A 9, only B 6, both no 45 ⇒ pₐ = 0.85, π_yes = (40 + (9 + 6)/2) / 100 = 0.475,
    /// pₑ = 2 · 0.475 · 0.525 = 0.49875, AC1 = 0.35125 / 0.50125 = 0.70075.
    /// </example>
    /// <param name="data">The reliability data.</param>
    /// <param name="categories">q, the number of categories a coder could choose from; 2 for presence/absence.</param>
    /// <returns>AC1; null when no unit was rated by two coders.</returns>
    /// <exception cref="ArgumentException">The data use more categories than <paramref name="categories"/>.</exception>
    public static double? GwetAc1(ReliabilityData data, int categories = 2)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(categories, 2);
        var rated = data.Rows
            .Select(row => row.Where(value => value.HasValue).Select(value => value!.Value).ToList())
            .Where(values => values.Count > 0)
            .ToList();
        var used = rated.SelectMany(values => values).Distinct().ToList();
        if (used.Count > categories)
        {
            throw new ArgumentException($"The data use {used.Count} categories; {categories} given.", nameof(categories));
        }

        var pairable = rated.Where(values => values.Count >= 2).ToList();
        if (pairable.Count == 0)
        {
            return null;
        }

        var agreement = pairable.Average(values => values.CountBy(value => value).Sum(pair => pair.Value * (pair.Value - 1.0)) / (values.Count * (values.Count - 1.0)));
        var chance = used
            .Select(category => rated.Average(values => values.Count(value => value == category) / (double)values.Count))
            .Sum(share => share * (1 - share)) / (categories - 1);
        return (agreement - chance) / (1 - chance);
    }

    /// <summary>
    /// A percentile bootstrap confidence interval for <see cref="KrippendorffAlpha"/>: the units are resampled with
    /// replacement <paramref name="samples"/> times from a generator seeded with <paramref name="seed"/>, alpha is
    /// computed on each sample, and the interval runs between the (1 − level)/2 and (1 + level)/2 quantiles of those
    /// alphas (linear interpolation between order statistics). Samples in which alpha is undefined are left out.
    /// Null when alpha is undefined for the data.
    /// </summary>
    /// <remarks>
    /// Hayes &amp; Krippendorff (2007) introduced bootstrapping alpha's sampling distribution (their KALPHA macro resamples
    /// pairs of values); this method resamples whole units, the ordinary nonparametric bootstrap (Efron &amp; Tibshirani
    /// 1993), which Zapf et al. (2016) found to keep close to the nominal coverage for alpha with nominal data.
    /// Hayes, A. F., &amp; Krippendorff, K. (2007). Answering the call for a standard reliability measure for coding data.
    /// <i>Communication Methods and Measures</i>, 1, 77–89.
    /// </remarks>
    /// <param name="data">The reliability data.</param>
    /// <param name="samples">How many bootstrap samples to draw.</param>
    /// <param name="seed">The seed of the random generator: the same seed gives the same interval.</param>
    /// <param name="level">The confidence level, e.g. 0.95.</param>
    public static ConfidenceInterval? KrippendorffAlphaInterval(ReliabilityData data, int samples = DefaultBootstrapSamples, int seed = DefaultSeed, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(data);
        return AlphaInterval(data.Rows.Select(row => new[] { row }), samples, seed, level);
    }

    /// <summary>
    /// The strength of agreement Landis &amp; Koch (1977, p. 165) attach to a kappa: below 0 poor, 0–0.20 slight,
    /// 0.21–0.40 fair, 0.41–0.60 moderate, 0.61–0.80 substantial, 0.81–1 almost perfect. Landis and Koch call the
    /// bands arbitrary: they are a common vocabulary, not a standard.
    /// </summary>
    /// <remarks>Landis, J. R., &amp; Koch, G. G. (1977). The measurement of observer agreement for categorical data. <i>Biometrics</i>, 33, 159–174.</remarks>
    /// <example><c>LandisKochBand(0.473)</c> ⇒ <c>"moderate"</c>.</example>
    public static string LandisKochBand(double kappa) => kappa switch
    {
        < 0 => "poor",
        <= 0.20 => "slight",
        <= 0.40 => "fair",
        <= 0.60 => "moderate",
        <= 0.80 => "substantial",
        _ => "almost perfect",
    };

    /// <summary>
    /// What Krippendorff (2004, p. 241) advises for a variable with this alpha: α ≥ 0.800 <c>"rely on it"</c>;
    /// 0.667 ≤ α &lt; 0.800 <c>"tentative conclusions only"</c>; below 0.667 <c>"do not rely on it"</c>.
    /// </summary>
    /// <example><c>KrippendorffStandard(0.743)</c> ⇒ <c>"tentative conclusions only"</c>.</example>
    public static string KrippendorffStandard(double alpha) => alpha switch
    {
        >= 0.800 => "rely on it",
        >= 0.667 => "tentative conclusions only",
        _ => "do not rely on it",
    };

    /// <summary>The bootstrap interval of alpha when units are resampled in clusters (e.g. all the codes of one study together).</summary>
    internal static ConfidenceInterval? AlphaInterval(IEnumerable<IReadOnlyList<int?[]>> clusters, int samples, int seed, double level)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        if (level is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level lies strictly between 0 and 1, e.g. 0.95.");
        }

        var clusterList = clusters.ToList();
        var all = Coincidences.Build(clusterList.SelectMany(cluster => cluster), out var categories);
        if (all.Alpha() is null)
        {
            return null;
        }

        // Each cluster's matrix side by side in one array, and one sum cleared for each sample: the draws take most of the
        // time, so they read consecutive memory and allocate nothing.
        var parts = clusterList.Select(cluster => Coincidences.Build(cluster, categories)).ToList();
        var size = categories.Count * categories.Count;
        var partCells = new double[parts.Count * size];
        for (var part = 0; part < parts.Count; part++)
        {
            parts[part].CopyTo(partCells.AsSpan(part * size, size));
        }

        var random = new Random(seed);
        var alphas = new List<double>(samples);
        var sum = new Coincidences(categories.Count);
        for (var sample = 0; sample < samples; sample++)
        {
            sum.Clear();
            for (var i = 0; i < parts.Count; i++)
            {
                sum.Add(partCells.AsSpan(random.Next(parts.Count) * size, size));
            }

            if (sum.Alpha() is { } alpha)
            {
                alphas.Add(alpha);
            }
        }

        if (alphas.Count == 0)
        {
            return null;
        }

        alphas.Sort();
        return new ConfidenceInterval(Quantile(alphas, (1 - level) / 2), Quantile(alphas, (1 + level) / 2));
    }

    /// <summary>The mean pairwise agreement over complete units, as a proportion; null when there are none.</summary>
    private static double? ObservedAgreement(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var complete = Complete(data);
        if (complete.Count == 0)
        {
            return null;
        }

        double pairs = data.Coders * (data.Coders - 1);
        return complete.Average(row => row.CountBy(value => value!.Value).Sum(pair => pair.Value * (pair.Value - 1.0)) / pairs);
    }

    private static List<int?[]> Complete(ReliabilityData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Rows.Where(row => row.All(value => value.HasValue)).ToList();
    }

    private static double? Kappa(double observed, double expected) =>
        Math.Abs(1 - expected) < Tolerance ? null : (observed - expected) / (1 - expected);

    /// <summary>Type-7 sample quantile (linear interpolation between order statistics) of sorted values.</summary>
    private static double Quantile(List<double> sorted, double probability)
    {
        var position = (sorted.Count - 1) * probability;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    /// <summary>Krippendorff's coincidence matrix o꜀ₖ over categories indexed 0 … q − 1.</summary>
    private sealed class Coincidences(int size)
    {
        private readonly int width = size;
        private readonly double[] cells = new double[size * size];

        public static Coincidences Build(IEnumerable<int?[]> rows, out IReadOnlyList<int> categories)
        {
            var list = rows.ToList();
            categories = list.SelectMany(row => row).Where(value => value.HasValue).Select(value => value!.Value).Distinct().Order().ToList();
            return Build(list, categories);
        }

        public static Coincidences Build(IEnumerable<int?[]> rows, IReadOnlyList<int> categories)
        {
            var index = categories.Select((category, i) => (category, i)).ToDictionary(pair => pair.category, pair => pair.i);
            var matrix = new Coincidences(categories.Count);
            foreach (var row in rows)
            {
                var values = row.Where(value => value.HasValue).Select(value => index[value!.Value]).ToList();
                if (values.Count < 2)
                {
                    continue;
                }

                var weight = 1.0 / (values.Count - 1);
                for (var i = 0; i < values.Count; i++)
                {
                    for (var j = 0; j < values.Count; j++)
                    {
                        if (i != j)
                        {
                            matrix.cells[(values[i] * matrix.width) + values[j]] += weight;
                        }
                    }
                }
            }

            return matrix;
        }

        public void Add(ReadOnlySpan<double> other)
        {
            var sum = cells.AsSpan(0, other.Length);
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += other[i];
            }
        }

        public void Clear() => Array.Clear(cells);

        public void CopyTo(Span<double> destination) => cells.CopyTo(destination);

        public double? Alpha()
        {
            var marginals = new double[width];
            var agreeing = 0.0;
            for (var c = 0; c < width; c++)
            {
                for (var k = 0; k < width; k++)
                {
                    marginals[c] += cells[(c * width) + k];
                }

                agreeing += cells[(c * width) + c];
            }

            var n = marginals.Sum();
            var expectedDisagreement = (n * n) - marginals.Sum(m => m * m);
            if (n <= 1 || expectedDisagreement < Tolerance * n * n)
            {
                return null;
            }

            return 1 - ((n - 1) * (n - agreeing) / expectedDisagreement);
        }
    }
}
