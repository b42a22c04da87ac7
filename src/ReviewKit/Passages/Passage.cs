namespace ReviewKit.Passages;

/// <summary>A passage of text to be coded: one coding unit of a coding lesson.</summary>
/// <param name="Id">The passage's id, e.g. <c>P05</c>.</param>
/// <param name="Section">Where the text stands in its source, e.g. <c>Results, RQ2: Learners</c>.</param>
/// <param name="Text">The text, word for word as the source has it.</param>
public sealed record Passage(string Id, string Section, string Text);
