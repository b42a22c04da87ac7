using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Stakeholders;

/// <summary>How one stakeholder's code assignments divide into challenges and opportunities.</summary>
/// <param name="Stakeholder">The stakeholder.</param>
/// <param name="Challenges">Assignments of the stakeholder's challenge codes.</param>
/// <param name="Opportunities">Assignments of the stakeholder's opportunity codes.</param>
/// <param name="ChallengeCodes">How many challenge codes the codebook gives the stakeholder.</param>
/// <param name="OpportunityCodes">How many opportunity codes the codebook gives the stakeholder.</param>
public sealed record PolarityBalance(Stakeholder Stakeholder, int Challenges, int Opportunities, int ChallengeCodes, int OpportunityCodes)
{
    /// <summary>Challenges as a percentage of the stakeholder's assignments.</summary>
    public double ChallengePercent => new Share(Challenges, Challenges + Opportunities).Percent;
}
