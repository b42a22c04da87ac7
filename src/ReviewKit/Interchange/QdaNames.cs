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

    /// <summary>The GUID of a study's text source, which also names its text file, <c>sources/GUID.txt</c>.</summary>
    public static string SourceGuid(string studyId) => NameBasedGuid.For($"source:{studyId}");

    /// <summary>The GUID of the selection that carries one code of a study over the whole text of its source.</summary>
    public static string SelectionGuid(string studyId, string codeId) => NameBasedGuid.For($"selection:{studyId}/{codeId}");

    /// <summary>The GUID of the coding of that selection.</summary>
    public static string CodingGuid(string studyId, string codeId) => NameBasedGuid.For($"coding:{studyId}/{codeId}");

    /// <summary>The GUID of the user every exported selection and coding is created by.</summary>
    public static string ExportingUserGuid => NameBasedGuid.For("user:ReviewKit");

    /// <summary>The name of the user every exported selection and coding is created by.</summary>
    public const string ExportingUser = "ReviewKit";

    /// <summary>
    /// The name of a polarity code under a stakeholder, e.g. <c>Learners: Challenges</c>: QDA suites such as QualCoder
    /// need every category name unique, so the stakeholder's name comes first.
    /// </summary>
    public static string PolarityName(Stakeholder stakeholder, Polarity polarity) => $"{Names.Of(stakeholder)}: {Names.Of(polarity)}";

    public static string VariableGuid(string variable) => NameBasedGuid.For($"variable:{variable}");

    /// <summary>A stakeholder from a code's name: its enum name or its display name, e.g. <c>HigherEducation</c> or <c>Higher-education institutions</c>.</summary>
    public static Stakeholder? StakeholderOf(string name) =>
        Enum.GetValues<Stakeholder>().Cast<Stakeholder?>().FirstOrDefault(stakeholder =>
            string.Equals(name.Trim(), stakeholder.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(name.Trim(), Names.Of(stakeholder!.Value), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A polarity from a code's name: <c>Challenge</c>, <c>Challenges</c>, <c>Opportunity</c> or <c>Opportunities</c>,
    /// alone (as exported before) or after a stakeholder's name and a colon, e.g. <c>Learners: Challenges</c>.
    /// </summary>
    public static Polarity? PolarityOf(string name)
    {
        var colon = name.LastIndexOf(':');
        return PolarityNamed(name) ?? (colon >= 0 && StakeholderOf(name[..colon]) is not null ? PolarityNamed(name[(colon + 1)..]) : null);
    }

    private static Polarity? PolarityNamed(string name) =>
        Enum.GetValues<Polarity>().Cast<Polarity?>().FirstOrDefault(polarity =>
            string.Equals(name.Trim(), polarity.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(name.Trim(), Names.Of(polarity!.Value), StringComparison.OrdinalIgnoreCase));
}
