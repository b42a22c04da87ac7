using ReviewKit.Data;

namespace ReviewKit.Presentation;

/// <summary>Every colour the figures use, each named for what it marks, so that a colour means one thing in every chart.</summary>
internal static class Palette
{
    /// <summary>Challenges: a red that stays distinct from <see cref="Opportunity"/> for colour-blind readers.</summary>
    internal const string Challenge = "#c0392b";

    /// <summary>Opportunities.</summary>
    internal const string Opportunity = "#2471a3";

    /// <summary>Error bars of intervals: a dark grey that reads on both bar colours and on white.</summary>
    internal const string Interval = "#2c3e50";

    /// <summary>
    /// Single-series bars, and higher-education institutions, the centre of the review's ecosystem: Okabe–Ito blue
    /// (#0072B2), darkened.
    /// </summary>
    internal const string Primary = "#005B8F";

    /// <summary>
    /// The stakeholders around the institutions in Fig. 3, and learners where each stakeholder has a colour: Okabe–Ito
    /// sky blue (#56B4E9), darkened to 3:1 against white.
    /// </summary>
    internal const string Secondary = "#4899C7";

    /// <summary>Every link of Fig. 3: one colour, so that only width tells how many studies code both stakeholders.</summary>
    internal const string Link = "#7f8c8d";

    /// <summary>Text on white or on light fills.</summary>
    internal const string Ink = "#1c2833";

    /// <summary>The reference discs of a size key: neutral, so that they read as a scale and not as a stakeholder.</summary>
    internal const string KeyFill = "#d5d8dc";

    /// <summary>Box outlines of the PRISMA diagram.</summary>
    internal const string Outline = "#34495e";

    /// <summary>The PRISMA diagram's phase bands (identification, screening, included).</summary>
    internal const string Phase = "#aed6f1";

    /// <summary>The previous review's box in a PRISMA update diagram.</summary>
    internal const string PreviousStudies = "#eaecee";

    internal const string Background = "white";

    internal const string Transparent = "rgba(0,0,0,0)";

    /// <summary>Behind a label drawn over lines, so that the lines do not cross the text.</summary>
    internal const string LabelBackground = "rgba(255,255,255,0.85)";

    /// <summary>
    /// The colour of a stakeholder where each has its own: Okabe–Ito hues (sky blue, vermillion, blue, bluish green),
    /// darkened where needed so that each stands 3:1 against white and every two stay apart (CIEDE2000 ΔE ≥ 20) for
    /// readers with deuteranopia or protanopia. PaletteTests checks both.
    /// </summary>
    internal static string Of(Stakeholder stakeholder) => stakeholder switch
    {
        Stakeholder.Learners => Secondary,
        Stakeholder.Employers => "#994200",
        Stakeholder.HigherEducation => Primary,
        _ => "#009E73",
    };

    /// <summary>The colour of a stakeholder for text on white: <see cref="Of"/>'s hue, darkened until it reads at a small size.</summary>
    internal static string TextOf(Stakeholder stakeholder) => stakeholder switch
    {
        Stakeholder.Learners => "#387BA1",
        Stakeholder.Employers => "#994200",
        Stakeholder.HigherEducation => Primary,
        _ => "#008661",
    };
}
