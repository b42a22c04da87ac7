using ReviewKit.Data;

namespace ReviewKit.Counting;

/// <summary>The publication trend of the included studies (the paper's Fig. 2).</summary>
public static class PublicationTrend
{
    /// <summary>The share of studies published from <paramref name="fromYear"/> to <paramref name="toYear"/>, both included.</summary>
    /// <example>Paper, 2020–2022 ⇒ 44 of 60 studies (73.3%); the paper's text says 71%.</example>
    public static YearSpanShare Share(ReviewDataset dataset, int fromYear, int toYear) =>
        new(fromYear, toYear, dataset.Studies.Count(study => study.Year >= fromYear && study.Year <= toYear), dataset.Studies.Count);

    /// <summary>The share of studies published in the last <paramref name="years"/> years of the dataset's span.</summary>
    public static YearSpanShare ShareOfLastYears(ReviewDataset dataset, int years)
    {
        var last = dataset.Studies.Count == 0 ? 0 : dataset.Studies.Max(study => study.Year);
        return Share(dataset, last - years + 1, last);
    }

    /// <summary>For every year of <see cref="ContentAnalysis.StudiesPerYear"/> and every stakeholder, the studies that carry the stakeholder's codes.</summary>
    public static IReadOnlyList<YearStakeholderCount> ByStakeholder(ReviewDataset dataset)
    {
        var stakeholders = Enum.GetValues<Stakeholder>();
        var masks = stakeholders.Select(stakeholder => dataset.Matrix.Mask(
            Enumerable.Range(0, dataset.Codebook.Count).Where(code => dataset.Codebook[code].Stakeholder == stakeholder))).ToList();
        var perYear = ContentAnalysis.StudiesPerYear(dataset);
        var row = perYear.Select((year, index) => (year.Year, index)).ToDictionary(pair => pair.Year, pair => pair.index);
        var counts = new int[perYear.Count, stakeholders.Length];
        for (var study = 0; study < dataset.Studies.Count; study++)
        {
            var year = row[dataset.Studies[study].Year];
            for (var s = 0; s < stakeholders.Length; s++)
            {
                counts[year, s] += dataset.Matrix.CarriesAny(study, masks[s]) ? 1 : 0;
            }
        }

        return perYear
            .SelectMany((year, y) => stakeholders.Select((stakeholder, s) => new YearStakeholderCount(year.Year, stakeholder, counts[y, s])))
            .ToList();
    }
}
