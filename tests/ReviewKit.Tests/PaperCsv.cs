using TestData = ReviewKit.Tests.Shared.TestData;

namespace ReviewKit.Tests;

/// <summary>
/// The paper's data read straight from data/*.csv by splitting lines, without the library's reader or counting, so that
/// a test's expected counts come from the files and not from the code under test. The columns read here (study_id, code,
/// stakeholder, polarity) come before any quoted cell, and no cell of these files spans lines.
/// </summary>
internal static class PaperCsv
{
    private static string[] Rows(string file) => File.ReadAllLines(Path.Combine(TestData.DataFolder, file)).Skip(1).Where(line => line.Length > 0).ToArray();

    /// <summary>The study ids of studies.csv.</summary>
    public static IReadOnlyList<string> Studies { get; } = Rows("studies.csv").Select(row => row.Split(',')[0]).ToList();

    /// <summary>The rows of codings.csv: a study and one code it carries.</summary>
    public static IReadOnlyList<(string Study, string Code)> Codings { get; } =
        Rows("codings.csv").Select(row => row.Split(',')).Select(cells => (cells[0], cells[1])).ToList();

    /// <summary>
    /// The stakeholder (Learners, Employers, HigherEducation, Government) and polarity (Challenge, Opportunity) columns of
    /// codebook.csv by code.
    /// </summary>
    public static IReadOnlyDictionary<string, (string Stakeholder, string Polarity)> Codebook { get; } =
        Rows("codebook.csv").Select(row => row.Split(',')).ToDictionary(cells => cells[0], cells => (cells[1], cells[2]));

    /// <summary>How many studies carry at least one code that <paramref name="include"/> accepts.</summary>
    public static int StudiesCarrying(Func<string, bool> include) =>
        Codings.Where(coding => include(coding.Code)).Select(coding => coding.Study).Distinct().Count();

    /// <summary>How many studies carry at least one code of <paramref name="first"/> and one of <paramref name="second"/>.</summary>
    public static int StudiesCarryingBoth(Func<string, bool> first, Func<string, bool> second) =>
        Codings.Where(coding => first(coding.Code)).Select(coding => coding.Study)
            .Intersect(Codings.Where(coding => second(coding.Code)).Select(coding => coding.Study)).Count();

    /// <summary>Whether <paramref name="code"/> is one of <paramref name="stakeholder"/>'s codes.</summary>
    public static bool Of(string stakeholder, string code) => Codebook[code].Stakeholder == stakeholder;

    /// <summary>How many rows of codings.csv carry a code of <paramref name="stakeholder"/>.</summary>
    public static int Assignments(string stakeholder) => Codings.Count(coding => Of(stakeholder, coding.Code));
}
