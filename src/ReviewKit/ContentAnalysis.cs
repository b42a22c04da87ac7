namespace ReviewKit;

/// <summary>How many studies carry one code: a row of a frequency table.</summary>
/// <param name="Code">The code.</param>
/// <param name="N">Studies that carry the code (a study counts once).</param>
/// <param name="Studies">All studies in the dataset: the denominator.</param>
public sealed record CodeFrequency(Code Code, int N, int Studies)
{
    /// <summary>The exact percentage of studies, 100 · N / Studies.</summary>
    public double Percent => Studies == 0 ? 0 : 100.0 * N / Studies;

    /// <summary>The percentage rounded half away from zero to a whole number, as the paper prints it.</summary>
    /// <example>55 of 60 studies ⇒ 91.67 ⇒ 92.</example>
    public int RoundedPercent => PercentRounding.Rounded(Percent);

    /// <summary>The 95% Wilson score interval of the proportion N / Studies (see <see cref="Proportion.Wilson"/>).</summary>
    /// <example>55 of 60 studies ⇒ [0.819, 0.964].</example>
    public ConfidenceInterval Interval => Proportion.Wilson(N, Studies);

    /// <summary>The lower limit of <see cref="Interval"/> as a percentage (55 of 60 ⇒ 81.9).</summary>
    public double PercentLow => 100 * Interval.Low;

    /// <summary>The upper limit of <see cref="Interval"/> as a percentage (55 of 60 ⇒ 96.4).</summary>
    public double PercentHigh => 100 * Interval.High;
}

/// <summary>One of the paper's summary tables (Tables 1–8): the codes of one stakeholder and polarity.</summary>
/// <param name="Number">The table's number in the paper.</param>
/// <param name="Stakeholder">The stakeholder.</param>
/// <param name="Polarity">Opportunities or challenges.</param>
/// <param name="Caption">The caption as the paper prints it.</param>
public sealed record PaperTable(int Number, Stakeholder Stakeholder, Polarity Polarity, string Caption);

/// <summary>Studies published in one year.</summary>
/// <param name="Year">The publication year.</param>
/// <param name="Studies">How many included studies were published that year.</param>
public sealed record YearCount(int Year, int Studies);

/// <summary>How much of the coding one stakeholder receives.</summary>
/// <param name="Stakeholder">The stakeholder.</param>
/// <param name="Assignments">Code assignments (study, code) that belong to this stakeholder.</param>
/// <param name="TotalAssignments">All code assignments in the dataset.</param>
/// <param name="StudiesCoding">Studies that carry at least one of the stakeholder's codes.</param>
/// <param name="Studies">All studies in the dataset.</param>
public sealed record StakeholderShare(Stakeholder Stakeholder, int Assignments, int TotalAssignments, int StudiesCoding, int Studies)
{
    /// <summary>The stakeholder's percentage of all code assignments.</summary>
    public double Percent => TotalAssignments == 0 ? 0 : 100.0 * Assignments / TotalAssignments;
}

/// <summary>The codes one study carries: a row of the coding table.</summary>
/// <param name="Study">The study.</param>
/// <param name="Codes">Its codes, in codebook order.</param>
public sealed record StudyProfile(Study Study, IReadOnlyList<Code> Codes)
{
    /// <summary>How many of the study's codes belong to a stakeholder.</summary>
    public int CountFor(Stakeholder stakeholder) => Codes.Count(code => code.Stakeholder == stakeholder);

    /// <summary>The study's codes for one stakeholder, e.g. <c>"LC1 LO1 LO2"</c>; empty when none.</summary>
    public string CodesFor(Stakeholder stakeholder) =>
        string.Join(" ", Codes.Where(code => code.Stakeholder == stakeholder).Select(code => code.Id));
}

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
        var counts = dataset.Codings
            .GroupBy(coding => coding.CodeId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(coding => coding.StudyId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        return dataset.Codebook
            .Select(code => new CodeFrequency(code, counts.GetValueOrDefault(code.Id), dataset.Studies.Count))
            .ToList();
    }

    /// <summary>The frequencies of one stakeholder's codes of one polarity, most frequent first (ties in codebook order).</summary>
    /// <example>HigherEducation, Challenge on the paper's data ⇒ UC1 55, UC2 14, UC3 9 (the paper's Table 6).</example>
    public static IReadOnlyList<CodeFrequency> SummaryTable(ReviewDataset dataset, Stakeholder stakeholder, Polarity polarity) =>
        CodeFrequencies(dataset)
            .Where(row => row.Code.Stakeholder == stakeholder && row.Code.Polarity == polarity)
            .OrderByDescending(row => row.N)
            .ToList();

    /// <summary>Studies per publication year, from the first year to the last with no gaps (years without studies count 0).</summary>
    public static IReadOnlyList<YearCount> StudiesPerYear(ReviewDataset dataset)
    {
        if (dataset.Studies.Count == 0)
        {
            return [];
        }

        var byYear = dataset.Studies.CountBy(study => study.Year).ToDictionary();
        var first = byYear.Keys.Min();
        var last = byYear.Keys.Max();
        return Enumerable.Range(first, last - first + 1)
            .Select(year => new YearCount(year, byYear.GetValueOrDefault(year)))
            .ToList();
    }

    /// <summary>Each stakeholder's share of all code assignments, and how many studies speak for it.</summary>
    /// <example>On the paper's data, higher-education institutions hold 277 of 865 assignments (32.0%).</example>
    public static IReadOnlyList<StakeholderShare> StakeholderShares(ReviewDataset dataset)
    {
        var codeById = dataset.Codebook.ToDictionary(code => code.Id, StringComparer.Ordinal);
        var total = dataset.Codings.Count;
        return Enum.GetValues<Stakeholder>()
            .Select(stakeholder =>
            {
                var own = dataset.Codings.Where(coding => codeById[coding.CodeId].Stakeholder == stakeholder).ToList();
                var studies = own.Select(coding => coding.StudyId).Distinct(StringComparer.Ordinal).Count();
                return new StakeholderShare(stakeholder, own.Count, total, studies, dataset.Studies.Count);
            })
            .ToList();
    }

    /// <summary>The codes each study carries, in study order, each study's codes in codebook order.</summary>
    public static IReadOnlyList<StudyProfile> StudyProfiles(ReviewDataset dataset)
    {
        var position = dataset.Codebook.Select((code, index) => (code.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var byStudy = dataset.Codings.ToLookup(coding => coding.StudyId, StringComparer.Ordinal);
        return dataset.Studies
            .Select(study => new StudyProfile(
                study,
                byStudy[study.Id].OrderBy(coding => position[coding.CodeId]).Select(coding => dataset.Codebook[position[coding.CodeId]]).ToList()))
            .ToList();
    }
}
