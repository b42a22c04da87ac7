using ReviewKit.Data;

namespace ReviewKit.Counting;

/// <summary>
/// Coding-and-counting content analysis (Stemler 2000): a study counts once for a code,
/// n is the number of studies carrying the code and % is n over all included studies.
/// </summary>
public static class ContentAnalysis
{
    /// <summary>The paper's Tables 1–8 and what each summarises.</summary>
    public static IReadOnlyList<PaperTable> PaperTables { get; } =
    [
        new(1, Stakeholder.Learners, Polarity.Opportunity, "Summary view of the opportunities offered by micro-credentials for learners"),
        new(2, Stakeholder.Learners, Polarity.Challenge, "Summary view of the critical challenges offered by micro-credentials for learners"),
        new(3, Stakeholder.Employers, Polarity.Opportunity, "Summary view of the opportunities offered by micro-credentials for employers"),
        new(4, Stakeholder.Employers, Polarity.Challenge, "Summary view of the challenges offered by micro-credentials for employers"),
        new(5, Stakeholder.HigherEducation, Polarity.Opportunity, "Summary view of the opportunities offered by micro-credentials for the higher educational institutions"),
        new(6, Stakeholder.HigherEducation, Polarity.Challenge, "Summary view of the challenges in implementing micro-credentials in higher educational institutions"),
        new(7, Stakeholder.Government, Polarity.Opportunity, "Summary view of the opportunities and critical challenges offered by micro-credentials for government"),
        new(8, Stakeholder.Government, Polarity.Challenge, "Summary view of the critical challenges of micro-credentials implementation from governments' perspective"),
    ];

    /// <summary>The frequency of every code, in codebook order; codes no study carries have n = 0.</summary>
    public static IReadOnlyList<CodeFrequency> CodeFrequencies(ReviewDataset dataset)
    {
        var counts = dataset.Matrix.StudiesPerCode(); // a (study, code) pair is stored once, so codings of a code are its studies
        return dataset.Codebook
            .Select((code, index) => new CodeFrequency(code, counts[index], dataset.Studies.Count))
            .ToList();
    }

    /// <summary>The frequencies of one stakeholder's codes of one polarity, most frequent first (ties in codebook order).</summary>
    /// <example>HigherEducation, Challenge on the paper's data ⇒ UC1 55, UC2 14, UC3 9 (the paper's Table 6).</example>
    public static IReadOnlyList<CodeFrequency> SummaryTable(ReviewDataset dataset, Stakeholder stakeholder, Polarity polarity) =>
        CodeFrequencies(dataset)
            .Where(row => row.Code.Stakeholder == stakeholder && row.Code.Polarity == polarity)
            .OrderByDescending(row => row.N)
            .ToList();

    /// <summary>The longest run of years without studies that <see cref="StudiesPerYear"/> lists year by year.</summary>
    internal const int LongestEmptyRunListed = 10;

    /// <summary>
    /// Studies per publication year, from the first year to the last; a year without studies counts 0, except in a run of
    /// more than <see cref="LongestEmptyRunListed"/> such years, which is left out: a study of 1878 in a review of
    /// 2015–2022 gives 1878 then 2015…2022, not 137 empty years in every table and chart.
    /// </summary>
    public static IReadOnlyList<YearCount> StudiesPerYear(ReviewDataset dataset)
    {
        if (dataset.Studies.Count == 0)
        {
            return [];
        }

        var (first, last) = (int.MaxValue, int.MinValue);
        foreach (var study in dataset.Studies)
        {
            (first, last) = (Math.Min(first, study.Year), Math.Max(last, study.Year));
        }

        var byYear = new int[last - first + 1];
        foreach (var study in dataset.Studies)
        {
            byYear[study.Year - first]++;
        }

        var years = new List<YearCount>();
        for (var offset = 0; offset < byYear.Length;)
        {
            var end = offset;
            while (end < byYear.Length && byYear[end] == 0)
            {
                end++;
            }

            if (end == offset)
            {
                years.Add(new YearCount(first + offset, byYear[offset]));
                offset++;
                continue;
            }

            if (end - offset <= LongestEmptyRunListed)
            {
                years.AddRange(Enumerable.Range(first + offset, end - offset).Select(year => new YearCount(year, 0)));
            }

            offset = end;
        }

        return years;
    }

    /// <summary>Each stakeholder's share of all code assignments, and how many studies speak for it.</summary>
    /// <example>On the paper's data, higher-education institutions hold 277 of 865 assignments (32.0%).</example>
    public static IReadOnlyList<StakeholderShare> StakeholderShares(ReviewDataset dataset)
    {
        var total = dataset.Codings.Count;
        var counts = dataset.Matrix.StudiesPerCode();
        return Enum.GetValues<Stakeholder>()
            .Select(stakeholder =>
            {
                var own = Enumerable.Range(0, dataset.Codebook.Count).Where(code => dataset.Codebook[code].Stakeholder == stakeholder).ToList();
                var mask = dataset.Matrix.Mask(own);
                var studies = 0;
                for (var study = 0; study < dataset.Studies.Count; study++)
                {
                    studies += dataset.Matrix.CarriesAny(study, mask) ? 1 : 0;
                }

                return new StakeholderShare(stakeholder, own.Sum(code => counts[code]), total, studies, dataset.Studies.Count);
            })
            .ToList();
    }

    /// <summary>The codes each study carries, in study order, each study's codes in codebook order.</summary>
    public static IReadOnlyList<StudyProfile> StudyProfiles(ReviewDataset dataset)
    {
        return dataset.Studies
            .Select((study, index) => new StudyProfile(study, dataset.Matrix.CodesOf(index).Select(code => dataset.Codebook[code]).ToList()))
            .ToList();
    }
}
