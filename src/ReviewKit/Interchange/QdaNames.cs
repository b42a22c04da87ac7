using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>The names and GUIDs ReviewKit gives the parts of a REFI-QDA file.</summary>
internal static class QdaNames
{
    /// <summary>The case variable holding a study's authors.</summary>
    public const string Authors = "authors";

    /// <summary>The case variable holding a study's year.</summary>
    public const string Year = "year";

    public static string CodeGuid(string codeId) => NameBasedGuid.For($"code:{codeId}");

    public static string StakeholderGuid(Stakeholder stakeholder) => NameBasedGuid.For($"stakeholder:{stakeholder}");

    public static string PolarityGuid(Stakeholder stakeholder, Polarity polarity) => NameBasedGuid.For($"polarity:{stakeholder}/{polarity}");

    public static string StudyGuid(string studyId) => NameBasedGuid.For($"study:{studyId}");

    public static string VariableGuid(string variable) => NameBasedGuid.For($"variable:{variable}");

    /// <summary>A stakeholder from a code's name: its enum name or its display name, e.g. <c>HigherEducation</c> or <c>Higher-education institutions</c>.</summary>
    public static Stakeholder? StakeholderOf(string name) =>
        Enum.GetValues<Stakeholder>().Cast<Stakeholder?>().FirstOrDefault(stakeholder =>
            string.Equals(name.Trim(), stakeholder.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(name.Trim(), Names.Of(stakeholder!.Value), StringComparison.OrdinalIgnoreCase));

    /// <summary>A polarity from a code's name: <c>Challenge</c>, <c>Challenges</c>, <c>Opportunity</c> or <c>Opportunities</c>.</summary>
    public static Polarity? PolarityOf(string name) =>
        Enum.GetValues<Polarity>().Cast<Polarity?>().FirstOrDefault(polarity =>
            string.Equals(name.Trim(), polarity.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(name.Trim(), Names.Of(polarity!.Value), StringComparison.OrdinalIgnoreCase));
}
