namespace ReviewKit.Stakeholders;

/// <summary>How many studies support a pathway.</summary>
/// <param name="Pathway">The pathway.</param>
/// <param name="PartnerStudies">Studies carrying at least one of the pathway's codes of the partner stakeholder.</param>
/// <param name="InstitutionStudies">Studies carrying at least one of the pathway's institution codes.</param>
/// <param name="BothStudies">Studies carrying codes of both sides: the pathway's support.</param>
/// <param name="Studies">All studies.</param>
public sealed record PathwaySupport(Pathway Pathway, int PartnerStudies, int InstitutionStudies, int BothStudies, int Studies);
