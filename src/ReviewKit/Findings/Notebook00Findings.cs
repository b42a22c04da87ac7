using ReviewKit.Data;

namespace ReviewKit.Findings;

/// <summary>The sentences of notebook <c>00-overview</c>, each with the computation that decides it.</summary>
public static class Notebook00Findings
{
    /// <summary>Every sentence of the notebook that states a number or a comparison.</summary>
    public static IReadOnlyList<Finding<ReviewInputs>> All { get; } =
    [
        new("size", "The coding table holds 60 studies, 36 codes and 865 (study, code) assignments", inputs =>
        {
            var dataset = inputs.Dataset;
            return new(
                dataset.Studies.Count == 60 && dataset.Codebook.Count == 36 && dataset.Codings.Count == 865,
                $"{dataset.Studies.Count} studies, {dataset.Codebook.Count} codes, {dataset.Codings.Count} assignments");
        }),
        new("years", "The studies span 2015 to 2022", inputs =>
        {
            var years = inputs.Dataset.Studies.Select(study => study.Year).ToList();
            return years.Count == 0
                ? new(false, "no studies")
                : new(years.Min() == 2015 && years.Max() == 2022, $"{years.Min()} to {years.Max()}");
        }),
    ];
}
