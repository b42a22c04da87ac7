using ReviewKit.Data;

namespace ReviewKit.Stakeholders;

/// <summary>Studies that carry codes of two stakeholders.</summary>
/// <param name="First">The first stakeholder.</param>
/// <param name="Second">The second stakeholder.</param>
/// <param name="CodingBoth">Studies carrying at least one code of each.</param>
public sealed record StakeholderPair(Stakeholder First, Stakeholder Second, int CodingBoth);
