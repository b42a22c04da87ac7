using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Stakeholders;

/// <summary>
/// How many studies an average code of one stakeholder and polarity reaches. Comparing stakeholders by their shares of
/// all code assignments mostly compares how many codes the codebook gives each (higher-education institutions have 11,
/// government 8); studies per code compares what a single concern of each stakeholder weighs.
/// </summary>
/// <param name="Stakeholder">The stakeholder.</param>
/// <param name="Polarity">Challenges or opportunities.</param>
/// <param name="Codes">The stakeholder's codes of this polarity with their frequencies, in codebook order.</param>
public sealed record StudiesPerCode(Stakeholder Stakeholder, Polarity Polarity, IReadOnlyList<CodeFrequency> Codes)
{
    /// <summary>The code assignments: the studies of each code, summed.</summary>
    public int Assignments => Codes.Sum(row => row.N);

    /// <summary>The mean studies per code, assignments / codes; null when the codebook gives no such code.</summary>
    /// <example>Paper, employers' challenges: (48 + 23 + 13) / 3 = 28.0.</example>
    public double? Mean => Codes.Count == 0 ? null : Assignments / (double)Codes.Count;

    /// <summary>The median studies per code (the mean of the middle two for an even number of codes); null when there are no codes.</summary>
    /// <example>Paper, government's opportunities (8, 8, 10, 14, 16, 24 studies) ⇒ (10 + 14) / 2 = 12.</example>
    public double? Median
    {
        get
        {
            if (Codes.Count == 0)
            {
                return null;
            }

            var sorted = Codes.Select(row => row.N).Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        }
    }
}
