using ReviewKit.Data;
using ReviewKit.Findings;

namespace ReviewKit.Robustness;

/// <summary>
/// The fragility of a finding: the fewest (study, code) decisions that, flipped, change whether it holds. Exact for the
/// findings that declare it (<see cref="Finding{TData}.Fragility"/>); for the others an upper bound from a greedy search.
/// </summary>
/// <remarks>
/// The search flips cells of one code at a time, in one direction: the code taken out of its first k studies, or given
/// to the first k studies without it (dataset order), for k = 1, 2, 4, 8… up to every such study. Codes named in the
/// sentence or in its value come first. At the first k at which some flip changes the verdict, a bisection between k/2 and
/// k finds the smallest such k for that code and direction. The search stops after <see cref="MaxEvaluations"/>
/// evaluations of the finding. A bound is what it found: flips spread over several codes may overturn the finding with
/// fewer. When nothing it tried changes the verdict, the fragility is empty; so it is for a sentence the coding cannot
/// change, e.g. one about the paper's text alone.
/// </remarks>
public static class FragilitySearch
{
    /// <summary>The most evaluations of one finding the search makes.</summary>
    public const int MaxEvaluations = 250;

    /// <summary>The fragility of the finding on the data: exact when declared, else a bound from the search, or null.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="inputs">The data.</param>
    /// <param name="search">Whether to search when the finding declares no exact fragility; null is returned otherwise.</param>
    public static Fragility? Of(Finding<ReviewInputs> finding, ReviewInputs inputs, bool search = true)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(inputs);
        if (finding.Fragility is { } exact)
        {
            return ExactOrNone(exact, inputs) is { } flips ? new Fragility(flips, Exact: true) : null;
        }

        return search ? Bound(finding, inputs) : null;
    }

    /// <summary>The declared fragility, or null when the finding cannot be computed on these data (a code it names is not in the codebook).</summary>
    private static int? ExactOrNone(Func<ReviewInputs, int?> exact, ReviewInputs inputs)
    {
        try
        {
            return exact(inputs);
        }
        catch (Exception e) when (RobustnessAnalysis.CannotBeComputed(e))
        {
            return null;
        }
    }

    private static Fragility? Bound(Finding<ReviewInputs> finding, ReviewInputs inputs)
    {
        var dataset = inputs.Dataset;
        var original = RobustnessAnalysis.Evaluate(finding, inputs);
        var evaluations = 0;
        bool Overturns(int code, bool remove, int flips)
        {
            evaluations++;
            var flipped = inputs with { Dataset = Flip(dataset, code, remove, flips) };
            return RobustnessAnalysis.Holds(finding, flipped) != original.Holds;
        }

        var text = finding.Statement + " " + original.Value;
        var candidates = dataset.Codebook
            .Select((code, index) => (index, mentioned: text.Contains(code.Id, StringComparison.Ordinal)))
            .OrderBy(code => code.mentioned ? 0 : 1)
            .ThenBy(code => code.index)
            .SelectMany(code => new[] { (code.index, remove: true), (code.index, remove: false) })
            .Select(candidate => (candidate.index, candidate.remove, available: Available(dataset, candidate.index, candidate.remove)))
            .Where(candidate => candidate.available > 0)
            .ToList();
        var previous = 0;
        for (var flips = 1; candidates.Count > 0; flips *= 2)
        {
            var hits = new List<(int Code, bool Remove, int Flips)>();
            foreach (var (code, remove, available) in candidates)
            {
                if (evaluations >= MaxEvaluations)
                {
                    return Smallest(hits, previous);
                }

                var tried = Math.Min(flips, available);
                if (tried > previous && Overturns(code, remove, tried))
                {
                    hits.Add((code, remove, tried));
                }
            }

            if (hits.Count > 0)
            {
                var best = hits.Min(hit => hit.Flips);
                foreach (var (code, remove, reached) in hits)
                {
                    var (low, high) = (previous, reached);
                    while (high - low > 1 && evaluations < MaxEvaluations)
                    {
                        var middle = (low + high) / 2;
                        (low, high) = Overturns(code, remove, middle) ? (low, middle) : (middle, high);
                    }

                    best = Math.Min(best, high);
                }

                return new Fragility(best, Exact: false);
            }

            previous = flips;
            candidates = candidates.Where(candidate => candidate.available > flips).ToList();
        }

        return null;
    }

    private static Fragility? Smallest(List<(int Code, bool Remove, int Flips)> hits, int previous) =>
        hits.Count == 0 ? null : new Fragility(Math.Max(previous + 1, hits.Min(hit => hit.Flips)), Exact: false);

    private static int Available(ReviewDataset dataset, int code, bool remove)
    {
        var carrying = 0;
        for (var study = 0; study < dataset.Matrix.StudyCount; study++)
        {
            carrying += dataset.Matrix.Has(study, code) ? 1 : 0;
        }

        return remove ? carrying : dataset.Matrix.StudyCount - carrying;
    }

    /// <summary>The dataset with the code taken out of its first <paramref name="flips"/> studies, or given to the first studies without it.</summary>
    internal static ReviewDataset Flip(ReviewDataset dataset, int code, bool remove, int flips)
    {
        var original = dataset.Matrix;
        var matrix = new CodingMatrix(original.StudyCount, original.CodeCount, original.Count + flips);
        var left = flips;
        for (var study = 0; study < original.StudyCount; study++)
        {
            for (var other = 0; other < original.CodeCount; other++)
            {
                var has = original.Has(study, other);
                if (other == code && left > 0 && has == remove)
                {
                    has = !has;
                    left--;
                }

                if (has)
                {
                    matrix.Add(study, other);
                }
            }
        }

        return dataset.WithCodings(matrix, "flipped from " + dataset.Source);
    }
}
