namespace ReviewKit.Data;

/// <summary>One code assigned to one study: a cell of the tidy coding table.</summary>
/// <param name="StudyId">The study identifier.</param>
/// <param name="CodeId">The code identifier.</param>
public sealed record Coding(string StudyId, string CodeId);
