namespace ReviewKit.Passages;

/// <summary>
/// A (study, code) pair on which two study-level codings differ: one coder gives the study the code, the other does not.
/// The rule is read with the first coding as the reference: the code's inclusion rule when only the first gives it (does
/// the study's text meet it?), its exclusion rule when only the second does (does the text fall under it?).
/// </summary>
/// <param name="StudyId">The study.</param>
/// <param name="CodeId">The code.</param>
/// <param name="GivenBy">The coder who gives the study the code.</param>
/// <param name="LeftOutBy">The coder who does not.</param>
/// <param name="Rule">The deciding rule, e.g. <c>LC3 includes: …</c>; the definition, or a note that the codebook has no rules for the code, when the codebook has no such rule.</param>
public sealed record StudyCodeDifference(string StudyId, string CodeId, string GivenBy, string LeftOutBy, string Rule);
