namespace ReviewKit.Data;

/// <summary>One code of the codebook, e.g. <c>UC1</c>.</summary>
/// <param name="Id">The code as the coding table writes it, e.g. <c>LO4</c>.</param>
/// <param name="Stakeholder">Whose perspective the code belongs to.</param>
/// <param name="Polarity">Challenge or opportunity.</param>
/// <param name="Label">The label in the legend of the coding table.</param>
/// <param name="TableLabel">The label a published summary table uses where it differs from the legend, else null.</param>
public sealed record Code(string Id, Stakeholder Stakeholder, Polarity Polarity, string Label, string? TableLabel = null)
{
    /// <summary>The rules for applying the code (definition, inclusion, exclusion, example); null when the codebook gives none.</summary>
    public CodingRules? Rules { get; init; }
}
