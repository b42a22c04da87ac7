namespace ReviewKit.Interchange;

/// <summary>A record that becomes a new study of the layer.</summary>
/// <param name="Id">The new study id, e.g. <c>JA61</c>.</param>
/// <param name="Reference">The record it comes from.</param>
public sealed record ImportedStudy(string Id, Reference Reference);
