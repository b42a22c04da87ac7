namespace ReviewKit.Data;

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
