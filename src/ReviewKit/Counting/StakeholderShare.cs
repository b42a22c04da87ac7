using ReviewKit.Data;

namespace ReviewKit.Counting;

/// <summary>How much of the coding one stakeholder receives.</summary>
/// <param name="Stakeholder">The stakeholder.</param>
/// <param name="Assignments">Code assignments (study, code) that belong to this stakeholder.</param>
/// <param name="TotalAssignments">All code assignments in the dataset.</param>
/// <param name="StudiesCoding">Studies that carry at least one of the stakeholder's codes.</param>
/// <param name="Studies">All studies in the dataset.</param>
public sealed record StakeholderShare(Stakeholder Stakeholder, int Assignments, int TotalAssignments, int StudiesCoding, int Studies)
{
    /// <summary>The stakeholder's percentage of all code assignments.</summary>
    public double Percent => new Share(Assignments, TotalAssignments).Percent;
}
