using ReviewKit.Data;

namespace ReviewKit.Counting;

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
