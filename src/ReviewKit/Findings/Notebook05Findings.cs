using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Prisma;

namespace ReviewKit.Findings;

/// <summary>The sentences of notebook <c>05-search-screening-and-trend</c>, each with the computation that decides it.</summary>
public static class Notebook05Findings
{
    /// <summary>The paper's "71% of the articles were published in the last 3 years" (Summary of findings).</summary>
    private const int PapersPercent = 71;

    /// <summary>Every sentence of the notebook that states a number or a comparison.</summary>
    public static IReadOnlyList<Finding<ReviewInputs>> All { get; } =
    [
        new("one-count-known", "Of the 12 counts of the flow, one is known: the 60 new studies included", inputs => WithFlow(inputs, flow =>
        {
            var known = flow.Counts.Where(count => count.N is not null).ToList();
            var holds = flow.Counts.Count == 12 && known.Count == 1 && flow.Total(PrismaStage.NewStudies) == 60;
            return new(holds, $"{known.Count} of {flow.Counts.Count} known: {string.Join(", ", known.Select(count => $"{PrismaStages.NameOf(count.Stage)} {count.N}"))}");
        })),
        new("flow-matches-table", "The flow's included studies are the studies of the coding table", inputs => WithFlow(inputs, flow =>
        {
            var included = (flow.Total(PrismaStage.NewStudies) ?? 0) + (flow.Total(PrismaStage.PreviousStudies) ?? 0);
            return new(included == inputs.Dataset.Studies.Count, $"flow: {included} included; coding table: {inputs.Dataset.Studies.Count} studies");
        })),
        new("databases-without-count", "The four databases are named without a count", inputs => WithFlow(inputs, flow =>
        {
            var databases = flow.CountsOf(PrismaStage.DatabaseResults);
            return new(
                databases.Count == 4 && databases.All(count => count.N is null),
                $"{databases.Count} databases, {databases.Count(count => count.N is not null)} with a count");
        })),
        new("template-round-trip", "Every stage's total comes back from the template as it went out, unknown ones as unknown", inputs => WithFlow(inputs, flow =>
        {
            var back = PrismaFlow.FromPrisma2020Csv(flow.ToPrisma2020Csv());
            var kept = PrismaStages.All.Count(stage => back.Total(stage) == flow.Total(stage));
            return new(kept == PrismaStages.All.Count, $"{kept} of {PrismaStages.All.Count} stages unchanged");
        })),
        new("trend-shape", "The number of studies per year grows from 2 in 2015 to a peak of 17 in 2021, with a dip to 1 in 2016", inputs =>
        {
            var perYear = ContentAnalysis.StudiesPerYear(inputs.Dataset);
            if (perYear.Count == 0)
            {
                return new(false, "no studies");
            }

            var peaks = perYear.Where(row => row.Published == perYear.Max(any => any.Published)).ToList();
            var holds = In(perYear, 2015) == 2 && In(perYear, 2016) == 1 && peaks is [{ Year: 2021, Published: 17 }];
            return new(holds, $"2015: {In(perYear, 2015)}, 2016: {In(perYear, 2016)}, peak {peaks[0].Published} in {string.Join(" and ", peaks.Select(row => row.Year))}");
        }),
        new("last-year", "12 studies of 2022, the last year", inputs =>
        {
            var perYear = ContentAnalysis.StudiesPerYear(inputs.Dataset);
            return perYear.Count == 0
                ? new(false, "no studies")
                : new(In(perYear, 2022) == 12 && perYear[^1].Year == 2022, $"2022: {In(perYear, 2022)}, last year {perYear[^1].Year}");
        }),
        new("last-three-years", "44 of the 60 studies (73.3%) were published from 2020 to 2022", inputs =>
        {
            var span = PublicationTrend.ShareOfLastYears(inputs.Dataset, 3);
            var holds = span is { FromYear: 2020, ToYear: 2022, InSpan: 44, Studies: 60 };
            return new(holds, FormattableString.Invariant($"{span.FromYear}–{span.ToYear}: {span.InSpan} of {span.Studies} ({span.Percent:0.0}%)"));
        }),
        new("rounds-to-73", "That rounds to 73%, not the paper's 71%", inputs =>
        {
            var percent = PublicationTrend.ShareOfLastYears(inputs.Dataset, 3).Percent;
            var rounded = Math.Round(percent, MidpointRounding.AwayFromZero);
            return new(rounded == 73, FormattableString.Invariant($"{percent:0.0}% rounds to {rounded}%"));
        }),
        new("no-count-rounds-to-71", "No whole number of studies out of 60 rounds to 71% (42 is 70%, 43 is 71.7%)", inputs =>
        {
            var studies = inputs.Dataset.Studies.Count;
            var rounding = CountsGiving71(studies, Math.Round);
            return new(studies == 60 && rounding.Count == 0, rounding.Count == 0 ? $"none of {studies} rounds to 71%" : $"{string.Join(", ", rounding)} of {studies}");
        }),
        new("truncated-43", "43 of 60 gives 71% only if truncated", inputs =>
        {
            var studies = inputs.Dataset.Studies.Count;
            var truncating = CountsGiving71(studies, Math.Truncate);
            return new(truncating.SequenceEqual([43]) && studies == 60, $"truncated to 71%: {string.Join(", ", truncating)} of {studies}");
        }),
        new("denominator-62", "44 studies give 71% of 62", inputs =>
        {
            var inSpan = PublicationTrend.ShareOfLastYears(inputs.Dataset, 3).InSpan;
            var denominators = Enumerable.Range(inSpan, inSpan)
                .Where(whole => Math.Round(100.0 * inSpan / whole, MidpointRounding.AwayFromZero) == PapersPercent)
                .ToList();
            return new(inSpan == 44 && denominators.SequenceEqual([62]), $"{inSpan} is 71% of {(denominators.Count == 0 ? "no whole number" : string.Join(" or ", denominators))}");
        }),
        new("learners-institutions-every-year", "Learners and institutions are coded in every study of every year", inputs =>
        {
            var profiles = ContentAnalysis.StudyProfiles(inputs.Dataset);
            var both = profiles.Count(profile => profile.CountFor(Stakeholder.Learners) > 0 && profile.CountFor(Stakeholder.HigherEducation) > 0);
            return new(both == profiles.Count, $"{both} of {profiles.Count} studies");
        }),
        new("employers-but-one", "Employers are coded in every study but one (JA52, of 2022)", inputs =>
        {
            var without = ContentAnalysis.StudyProfiles(inputs.Dataset)
                .Where(profile => profile.CountFor(Stakeholder.Employers) == 0)
                .Select(profile => $"{profile.Study.Id} ({profile.Study.Year})")
                .ToList();
            return new(without.SequenceEqual(["JA52 (2022)"]), $"not in {without.Count}: {string.Join(", ", without.Take(5))}{(without.Count > 5 ? " …" : "")}");
        }),
        new("government-recent", "Government codes are carried by 38 of the 44 studies of 2020–2022 (86%)", inputs =>
        {
            var (recent, recentGovernment, _, _) = GovernmentBeforeAndAfter(inputs);
            return new(recentGovernment == 38 && recent == 44, $"{recentGovernment} of {recent}");
        }),
        new("government-earlier", "A smaller share of the studies before 2020 carry a government code", inputs =>
        {
            var (recent, recentGovernment, earlier, earlierGovernment) = GovernmentBeforeAndAfter(inputs);
            var holds = earlier > 0 && recent > 0 && (double)earlierGovernment / earlier < (double)recentGovernment / recent;
            return new(holds, $"{earlierGovernment} of {earlier} before 2020 ({Percent(earlierGovernment, earlier)}), "
                + $"{recentGovernment} of {recent} in 2020–2022 ({Percent(recentGovernment, recent)})");
        }),
    ];

    private static FindingResult WithFlow(ReviewInputs inputs, Func<PrismaFlow, FindingResult> evaluate) =>
        inputs.Flow is { } flow ? evaluate(flow) : new(false, "no PRISMA flow: no layer holds a prisma.csv");

    private static int In(IReadOnlyList<YearCount> perYear, int year) => perYear.FirstOrDefault(row => row.Year == year)?.Published ?? 0;

    /// <summary>The counts of studies out of <paramref name="studies"/> whose percentage, rounded as given, is the paper's 71%.</summary>
    private static List<int> CountsGiving71(int studies, Func<double, double> rounding) =>
        studies == 0
            ? []
            : Enumerable.Range(0, studies + 1).Where(n => rounding(Math.Round(100.0 * n / studies, 9)) == PapersPercent).ToList();

    private static (int Recent, int RecentGovernment, int Earlier, int EarlierGovernment) GovernmentBeforeAndAfter(ReviewInputs inputs)
    {
        var profiles = ContentAnalysis.StudyProfiles(inputs.Dataset);
        var recent = profiles.Where(profile => profile.Study.Year is >= 2020 and <= 2022).ToList();
        var earlier = profiles.Where(profile => profile.Study.Year < 2020).ToList();
        static int WithGovernment(List<StudyProfile> group) => group.Count(profile => profile.CountFor(Stakeholder.Government) > 0);
        return (recent.Count, WithGovernment(recent), earlier.Count, WithGovernment(earlier));
    }

    private static string Percent(int part, int whole) => whole == 0 ? "no studies" : FormattableString.Invariant($"{100.0 * part / whole:0}%");
}
