using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Findings;

/// <summary>What several notebooks' findings ask of the same inputs, written once.</summary>
internal static class FindingQueries
{
    /// <summary>Every claim of the inputs checked against their dataset.</summary>
    public static IReadOnlyList<ClaimCheck> AuditOf(ReviewInputs inputs) => ReproductionAudit.Run(inputs.Dataset, inputs.Claims);

    /// <summary>One code's frequency in the inputs' dataset.</summary>
    public static CodeFrequency Frequency(ReviewInputs inputs, string code) =>
        ContentAnalysis.CodeFrequencies(inputs.Dataset).Single(row => row.Code.Id == code);
}
