namespace ReviewKit.Reliability;

/// <summary>A (study, code) unit on which coders who coded the study disagree.</summary>
/// <param name="StudyId">The study.</param>
/// <param name="CodeId">The code.</param>
/// <param name="Present">The coders who assigned the code.</param>
/// <param name="Absent">The coders who coded the study but did not assign the code.</param>
public sealed record Disagreement(string StudyId, string CodeId, IReadOnlyList<string> Present, IReadOnlyList<string> Absent);
