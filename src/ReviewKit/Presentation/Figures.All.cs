using Plotly.NET;
using ReviewKit.Data;
using ReviewKit.Prisma;

namespace ReviewKit.Presentation;

/// <summary>A chart with the file-name stem and title it is exported under.</summary>
/// <param name="Name">A file-name stem, e.g. <c>fig2-publication-trend</c>.</param>
/// <param name="Title">What the figure shows.</param>
/// <param name="Chart">The chart.</param>
public sealed record NamedFigure(string Name, string Title, GenericChart Chart);

public static partial class Figures
{
    /// <summary>Every figure a reproduction writes, in the order a reader meets them; Fig. 1 only when a PRISMA flow is given.</summary>
    public static IReadOnlyList<NamedFigure> All(ReviewDataset dataset, PrismaFlow? flow)
    {
        var figures = new List<NamedFigure>();
        if (flow is not null)
        {
            figures.Add(new("fig1-prisma-flow", "Fig. 1: PRISMA 2020 flow diagram", PrismaFlowDiagram(flow)));
        }

        figures.Add(new("fig2-publication-trend", "Fig. 2: included studies per publication year", PublicationTrend(dataset)));
        figures.Add(new("fig2-publication-trend-by-stakeholder", "Studies per year that code each stakeholder", PublicationTrendByStakeholder(dataset)));
        figures.Add(new("fig3-stakeholder-ecosystem", "Fig. 3: higher-education institutions at the centre of the ecosystem", StakeholderEcosystem(dataset)));
        figures.Add(new("stakeholder-shares", "Each stakeholder's share of the code assignments", StakeholderShares(dataset)));
        figures.Add(new("stakeholder-reach", "Studies that speak for each stakeholder, with 95% intervals", StakeholderReach(dataset)));
        figures.Add(new("opportunities-vs-challenges", "Challenges against opportunities per stakeholder", OpportunitiesAgainstChallenges(dataset)));
        figures.Add(new("co-occurrence-heatmap", "Study-level co-occurrence of codes (Jaccard)", CoOccurrenceHeatmap(dataset)));
        foreach (var stakeholder in Enum.GetValues<Stakeholder>())
        {
            var stem = stakeholder switch
            {
                Stakeholder.HigherEducation => "higher-education",
                _ => stakeholder.ToString().ToLowerInvariant(),
            };
            figures.Add(new($"code-frequencies-{stem}", $"{Names.Of(stakeholder)}: studies carrying each code", CodeFrequencies(dataset, stakeholder)));
        }

        return figures;
    }
}
