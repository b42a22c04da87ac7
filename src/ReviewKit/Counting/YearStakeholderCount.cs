using ReviewKit.Data;

namespace ReviewKit.Counting;

/// <summary>Studies of one year that carry codes of one stakeholder.</summary>
/// <param name="Year">The publication year.</param>
/// <param name="Stakeholder">The stakeholder.</param>
/// <param name="StudiesCoding">Studies of that year with at least one code of the stakeholder.</param>
public sealed record YearStakeholderCount(int Year, Stakeholder Stakeholder, int StudiesCoding);
