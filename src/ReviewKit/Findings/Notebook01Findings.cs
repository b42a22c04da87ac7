using ReviewKit.Audit;
using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Findings;

/// <summary>The sentences of notebook <c>01-the-coding-table</c>, each with the computation that decides it.</summary>
public static class Notebook01Findings
{
    /// <summary>Every sentence of the notebook that states a number or a comparison.</summary>
    public static IReadOnlyList<Finding<ReviewInputs>> All { get; } =
    [
        new("codebook-polarity", "The codebook is lopsided: 11 challenges against 25 opportunities", inputs =>
        {
            var challenges = inputs.Dataset.Codebook.Count(code => code.Polarity == Polarity.Challenge);
            var opportunities = inputs.Dataset.Codebook.Count(code => code.Polarity == Polarity.Opportunity);
            return new(challenges == 11 && opportunities == 25, $"{challenges} challenges, {opportunities} opportunities");
        }),
        new("institutions-most-codes", "Institutions have the most codes", inputs =>
        {
            var codes = CodesPerStakeholder(inputs, polarity: null);
            return new(codes.Values.Count(n => n >= codes[Stakeholder.HigherEducation]) == 1, PerStakeholder(codes));
        }),
        new("government-fewest-challenges", "government has the fewest challenges", inputs =>
        {
            var challenges = CodesPerStakeholder(inputs, Polarity.Challenge);
            return new(challenges.Values.Count(n => n <= challenges[Stakeholder.Government]) == 1, PerStakeholder(challenges));
        }),
        new("uc1-two-labels", "UC1 carries two labels, the legend's and Table 6's", inputs =>
        {
            var uc1 = inputs.Dataset.FindCode("UC1");
            return uc1 is null
                ? new(false, "no code UC1")
                : new(!string.IsNullOrEmpty(uc1.TableLabel) && uc1.TableLabel != uc1.Label, $"'{uc1.Label}' and '{uc1.TableLabel}'");
        }),
        new("ja02-no-government", "JA02 (Law, 2015) has no government code", inputs =>
        {
            var ja02 = Profiles(inputs).FirstOrDefault(profile => profile.Study.Id == "JA02");
            return ja02 is null
                ? new(false, "no study JA02")
                : new(ja02.CountFor(Stakeholder.Government) == 0, $"government codes: '{ja02.CodesFor(Stakeholder.Government)}'");
        }),
        new("gc1-of-60", "GC1 is 28 of 60 studies, 47%", inputs =>
        {
            var gc1 = ContentAnalysis.CodeFrequencies(inputs.Dataset).FirstOrDefault(row => row.Code.Id == "GC1");
            return gc1 is null
                ? new(false, "no code GC1")
                : new(gc1.N == 28 && gc1.Studies == 60 && gc1.Share.RoundedPercent == 47, $"{gc1.N} of {gc1.Studies}, {gc1.Share.RoundedPercent}%");
        }),
        new("codes-per-study-range", "A study carries between 5 and 23 codes", inputs =>
        {
            var counts = CodesPerStudy(inputs);
            return counts.Count == 0 ? new(false, "no studies") : new(counts[0] == 5 && counts[^1] == 23, $"{counts[0]} to {counts[^1]}");
        }),
        new("codes-per-study-centre", "15 codes at the median, 14.4 on average", inputs =>
        {
            var counts = CodesPerStudy(inputs);
            if (counts.Count == 0)
            {
                return new(false, "no studies");
            }

            var median = (counts[(counts.Count - 1) / 2] + counts[counts.Count / 2]) / 2.0;
            var mean = counts.Average();
            return new(median == 15 && Math.Round(mean, 1) == 14.4, FormattableString.Invariant($"median {median}, mean {mean:0.0}"));
        }),
        new("codes-per-study-mode", "The most common number is 13 (11 studies)", inputs =>
        {
            var studiesPerNumber = CodesPerStudy(inputs).CountBy(count => count).ToList();
            if (studiesPerNumber.Count == 0)
            {
                return new(false, "no studies");
            }

            var most = studiesPerNumber.Max(pair => pair.Value);
            var modes = studiesPerNumber.Where(pair => pair.Value == most).Select(pair => pair.Key).Order().ToList();
            return new(modes.SequenceEqual([13]) && most == 11, $"{string.Join(" and ", modes)} ({most} studies each)");
        }),
        new("learners-institutions-everywhere", "Every study carries at least one learner code and one institution code", inputs =>
        {
            var reach = Reach(inputs);
            var studies = inputs.Dataset.Studies.Count;
            return new(reach[Stakeholder.Learners] == studies && reach[Stakeholder.HigherEducation] == studies, ReachText(inputs, reach));
        }),
        new("ja52-no-employer", "One study (JA52) has no employer code", inputs =>
        {
            var without = Profiles(inputs)
                .Where(profile => profile.CountFor(Stakeholder.Employers) == 0)
                .Select(profile => profile.Study.Id)
                .ToList();
            return new(without.SequenceEqual(["JA52"]), $"{without.Count} studies: {FirstFew(without)}");
        }),
        new("eleven-no-government", "11 studies have no government code", inputs =>
        {
            var without = inputs.Dataset.Studies.Count - Reach(inputs)[Stakeholder.Government];
            return new(without == 11, $"{without} studies");
        }),
        new("government-fewest-studies", "Government is the stakeholder the fewest studies carry a code for (49 of 60)", inputs =>
        {
            var reach = Reach(inputs);
            var fewest = reach.Where(pair => pair.Value == reach.Values.Min()).Select(pair => pair.Key).ToList();
            return new(fewest.SequenceEqual([Stakeholder.Government]) && reach[Stakeholder.Government] == 49, ReachText(inputs, reach));
        }),
        new("identical-groups", "Three groups of studies share exactly the same codes", inputs =>
        {
            var groups = CodingDiagnostics.IdenticalProfiles(inputs.Dataset, null);
            return new(groups.Count == 3, $"{groups.Count} groups: {GroupIds(groups)}");
        }),
        new("largest-group", "The four studies of the largest group were published from 2015 to 2020 by different authors", inputs =>
        {
            var largest = CodingDiagnostics.IdenticalProfiles(inputs.Dataset, null).MaxBy(group => group.Studies.Count);
            if (largest is null)
            {
                return new(false, "no group");
            }

            var studies = largest.Studies;
            var holds = studies.Count == 4
                && studies.Min(study => study.Year) == 2015
                && studies.Max(study => study.Year) == 2020
                && studies.Select(study => study.Authors).Distinct(StringComparer.Ordinal).Count() == studies.Count;
            return new(holds, FirstFew(studies.Select(study => study.Label).ToList()));
        }),
    ];

    private static IReadOnlyList<StudyProfile> Profiles(ReviewInputs inputs) => ContentAnalysis.StudyProfiles(inputs.Dataset);

    private static List<int> CodesPerStudy(ReviewInputs inputs) => Profiles(inputs).Select(profile => profile.Codes.Count).Order().ToList();

    private static Dictionary<Stakeholder, int> CodesPerStakeholder(ReviewInputs inputs, Polarity? polarity) =>
        Enum.GetValues<Stakeholder>().ToDictionary(
            stakeholder => stakeholder,
            stakeholder => inputs.Dataset.Codebook.Count(code => code.Stakeholder == stakeholder && (polarity is null || code.Polarity == polarity)));

    /// <summary>How many studies carry at least one code of each stakeholder.</summary>
    private static Dictionary<Stakeholder, int> Reach(ReviewInputs inputs)
    {
        var profiles = Profiles(inputs);
        return Enum.GetValues<Stakeholder>().ToDictionary(stakeholder => stakeholder, stakeholder => profiles.Count(profile => profile.CountFor(stakeholder) > 0));
    }

    private static string PerStakeholder(Dictionary<Stakeholder, int> counts) =>
        string.Join(", ", counts.Select(pair => $"{Names.Of(pair.Key)} {pair.Value}"));

    private static string ReachText(ReviewInputs inputs, Dictionary<Stakeholder, int> reach) =>
        $"{PerStakeholder(reach)} of {inputs.Dataset.Studies.Count} studies";

    private static string GroupIds(IReadOnlyList<ProfileGroup> groups) =>
        string.Join("; ", groups.Select(group => FirstFew(group.Studies.Select(study => study.Id).ToList(), " ")));

    private static string FirstFew(IReadOnlyList<string> items, string separator = ", ") =>
        string.Join(separator, items.Take(5)) + (items.Count > 5 ? $" … ({items.Count} in all)" : "");
}
