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

    /// <summary>For every year of the span and every stakeholder, the studies that carry the stakeholder's codes.</summary>
    public static IReadOnlyList<YearStakeholderCount> ByStakeholder(ReviewDataset dataset)
    {
        var codedStakeholders = dataset.Codings
            .GroupBy(coding => coding.StudyId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(coding => dataset.CodeOf(coding).Stakeholder).ToHashSet(), StringComparer.Ordinal);
        return ContentAnalysis.StudiesPerYear(dataset)
            .SelectMany(year => Enum.GetValues<Stakeholder>().Select(stakeholder => new YearStakeholderCount(
                year.Year,
                stakeholder,
                dataset.Studies.Count(study => study.Year == year.Year && codedStakeholders.TryGetValue(study.Id, out var coded) && coded.Contains(stakeholder)))))
            .ToList();
    }
}
