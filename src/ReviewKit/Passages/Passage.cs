namespace ReviewKit.Passages;

/// <summary>A passage of text to be coded: one coding unit of a coding lesson, taken from one study.</summary>
/// <param name="Id">The passage's id, e.g. <c>P05</c>.</param>
/// <param name="StudyId">The study the passage comes from, e.g. <c>S1</c>: the unit a review counts.</param>
/// <param name="Text">The text to code.</param>
public sealed record Passage(string Id, string StudyId, string Text);
