using ReviewKit.Data;

namespace ReviewKit.Reliability;

/// <summary>
/// Inter-coder agreement on a codebook. The unit of analysis is the (study, code) pair, valued 1 when a coder assigned
/// the code to the study and 0 when the coder coded the study without that code; a study a coder did not code is
/// missing for that coder (see <see cref="Coder"/> for how a coder declares the studies coded).
/// </summary>
/// <remarks>
/// Per code, the units are the studies any coder coded. Percent agreement, Cohen's kappa (two coders), PABAK and
/// Fleiss' kappa (three or more coders) use only the studies every coder coded; Krippendorff's alpha and Gwet's AC1 use
/// every study at least two coders coded. Each row says in <see cref="CodeAgreement.Note"/> when a code is too rare, too
/// common or too uniform in the sample for kappa and alpha to mean anything. The pooled result (<see cref="AgreementResult.Pooled"/>) puts every (study, code) unit together; its
/// bootstrap resamples studies with all their codes, because the codes of one study are coded together.
/// </remarks>
public static class Agreement
{
    /// <summary>The code name of the pooled row in tables: all (study, code) units together.</summary>
    public const string PooledName = "ALL";

    /// <summary>Agreement per code of the codebook, in codebook order, and for all codes pooled.</summary>
    /// <exception cref="ArgumentException">Fewer than two coders.</exception>
    public static AgreementResult Compute(ReviewDataset dataset, IReadOnlyList<Coder> coders, AgreementOptions? options = null)
    {
        var table = new UnitTable(dataset, coders);
        options ??= new AgreementOptions();
        var perCode = dataset.Codebook
            .Select(code => Row(code.Id, table.Units(code.Id), table.Studies.Select(study => new[] { table.Values(study, code.Id) }), coders.Count, options))
            .ToList();
        var pooled = new ReliabilityData(dataset.Codebook.SelectMany(code => table.Units(code.Id).Rows), coderNames: table.CoderNames);
        var clusters = table.Studies.Select(study => dataset.Codebook.Select(code => table.Values(study, code.Id)).ToArray());
        return new AgreementResult(perCode, Row(PooledName, pooled, clusters, coders.Count, options));
    }

    /// <summary>
    /// The reliability data of one code: one unit per study any coder coded (in the dataset's order), one column per coder,
    /// 1 = the coder assigned the code, 0 = coded the study without it, null = did not code the study.
    /// </summary>
    /// <exception cref="ArgumentException">Fewer than two coders.</exception>
    /// <exception cref="KeyNotFoundException">The codebook has no such code.</exception>
    public static ReliabilityData DataOf(ReviewDataset dataset, IReadOnlyList<Coder> coders, string code)
    {
        var table = new UnitTable(dataset, coders);
        return table.Units(dataset.GetCode(code).Id);
    }

    /// <summary>
    /// Every (study, code) unit on which the coders who coded the study disagree, by study (dataset order) then code
    /// (codebook order): the list to reconcile.
    /// </summary>
    public static IReadOnlyList<Disagreement> Disagreements(ReviewDataset dataset, IReadOnlyList<Coder> coders)
    {
        var table = new UnitTable(dataset, coders);
        return table.Studies
            .SelectMany(study => dataset.Codebook.Select(code => (study, code: code.Id, values: table.Values(study, code.Id))))
            .Where(unit => unit.values.Count(value => value.HasValue) >= 2 && unit.values.Where(value => value.HasValue).Distinct().Count() > 1)
            .Select(unit => new Disagreement(
                unit.study,
                unit.code,
                table.CoderNames.Where((_, i) => unit.values[i] == 1).ToList(),
                table.CoderNames.Where((_, i) => unit.values[i] == 0).ToList()))
            .ToList();
    }

    private static CodeAgreement Row(string code, ReliabilityData data, IEnumerable<int?[][]> clusters, int coders, AgreementOptions options) => new(
        code,
        data.CompleteUnits,
        data.PairableUnits,
        AgreementCoefficients.PercentAgreement(data),
        coders == 2 ? AgreementCoefficients.CohenKappa(data) : null,
        AgreementCoefficients.Pabak(data),
        coders > 2 ? AgreementCoefficients.FleissKappa(data) : null,
        AgreementCoefficients.KrippendorffAlpha(data),
        AgreementCoefficients.AlphaInterval(clusters, options.BootstrapSamples, options.Seed, options.Level),
        AgreementCoefficients.GwetAc1(data),
        PairableRatings(data).Count(),
        PairableRatings(data).Count(value => value == 1));

    private static IEnumerable<int> PairableRatings(ReliabilityData data) =>
        data.Rows.Where(row => row.Count(value => value.HasValue) >= 2).SelectMany(row => row.Where(value => value.HasValue).Select(value => value!.Value));

    /// <summary>Who coded which study and assigned which code, for looking values up.</summary>
    private sealed class UnitTable
    {
        private readonly IReadOnlyList<HashSet<string>> coded;
        private readonly IReadOnlyList<HashSet<(string Study, string Code)>> assigned;

        public UnitTable(ReviewDataset dataset, IReadOnlyList<Coder> coders)
        {
            ArgumentNullException.ThrowIfNull(dataset);
            ArgumentNullException.ThrowIfNull(coders);
            if (coders.Count < 2)
            {
                throw new ArgumentException($"Agreement needs at least two coders; {coders.Count} given.", nameof(coders));
            }

            coded = coders.Select(coder => coder.Studies.ToHashSet(StringComparer.Ordinal)).ToList();
            assigned = coders.Select(coder => coder.Codings.Select(coding => (coding.StudyId, coding.CodeId)).ToHashSet()).ToList();
            CoderNames = coders.Select(coder => coder.Name).ToList();
            Studies = dataset.Studies.Select(study => study.Id).Where(study => coded.Any(set => set.Contains(study))).ToList();
        }

        public IReadOnlyList<string> CoderNames { get; }

        /// <summary>The studies any coder coded, in the dataset's order.</summary>
        public IReadOnlyList<string> Studies { get; }

        public int?[] Values(string study, string code) =>
            coded.Select((set, i) => set.Contains(study) ? (int?)(assigned[i].Contains((study, code)) ? 1 : 0) : null).ToArray();

        public ReliabilityData Units(string code) =>
            new(Studies.Select(study => Values(study, code)), Studies, CoderNames);
    }
}
