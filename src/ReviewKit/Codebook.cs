namespace ReviewKit;

/// <summary>The four stakeholders of the micro-credentials ecosystem the paper codes for.</summary>
public enum Stakeholder
{
    /// <summary>Learners (codes LC*, LO*).</summary>
    Learners,

    /// <summary>Employers (codes EC*, EO*).</summary>
    Employers,

    /// <summary>Higher-education institutions (codes UC*, UO*).</summary>
    HigherEducation,

    /// <summary>Government bodies (codes GC*, GO*).</summary>
    Government,
}

/// <summary>Whether a code names a challenge or an opportunity.</summary>
public enum Polarity
{
    /// <summary>A challenge (codes xC*).</summary>
    Challenge,

    /// <summary>An opportunity (codes xO*).</summary>
    Opportunity,
}

/// <summary>One code of the codebook, e.g. <c>UC1</c>.</summary>
/// <param name="Id">The code as the coding table writes it, e.g. <c>LO4</c>.</param>
/// <param name="Stakeholder">Whose perspective the code belongs to.</param>
/// <param name="Polarity">Challenge or opportunity.</param>
/// <param name="Label">The label in the legend of the coding table.</param>
/// <param name="TableLabel">The label a published summary table uses where it differs from the legend, else null.</param>
public sealed record Code(string Id, Stakeholder Stakeholder, Polarity Polarity, string Label, string? TableLabel = null);

/// <summary>One included study, as a row of the coding table.</summary>
/// <param name="Id">The study identifier, e.g. <c>JA01</c>.</param>
/// <param name="Authors">The authors as the table names them, e.g. <c>Devedzic and Jovanovic</c>.</param>
/// <param name="Year">The publication year.</param>
/// <param name="Label">The citation as the table prints it, e.g. <c>Selvaratnam and Sankey (2021b)</c>.</param>
public sealed record Study(string Id, string Authors, int Year, string Label);

/// <summary>One code assigned to one study: a cell of the tidy coding table.</summary>
/// <param name="StudyId">The study identifier.</param>
/// <param name="CodeId">The code identifier.</param>
public sealed record Coding(string StudyId, string CodeId);

/// <summary>Display names for the library's enumerations.</summary>
public static class Names
{
    /// <summary>The stakeholder as a reader would name it.</summary>
    /// <example><c>Names.Of(Stakeholder.HigherEducation)</c> ⇒ <c>"Higher-education institutions"</c>.</example>
    public static string Of(Stakeholder stakeholder) => stakeholder switch
    {
        Stakeholder.Learners => "Learners",
        Stakeholder.Employers => "Employers",
        Stakeholder.HigherEducation => "Higher-education institutions",
        Stakeholder.Government => "Government",
        _ => throw new ArgumentOutOfRangeException(nameof(stakeholder)),
    };

    /// <summary>The polarity as a reader would name it, in the plural.</summary>
    /// <example><c>Names.Of(Polarity.Challenge)</c> ⇒ <c>"Challenges"</c>.</example>
    public static string Of(Polarity polarity) => polarity switch
    {
        Polarity.Challenge => "Challenges",
        Polarity.Opportunity => "Opportunities",
        _ => throw new ArgumentOutOfRangeException(nameof(polarity)),
    };
}
