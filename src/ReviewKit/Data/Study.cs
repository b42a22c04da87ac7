namespace ReviewKit.Data;

/// <summary>One included study, as a row of the coding table.</summary>
/// <param name="Id">The study identifier, e.g. <c>JA01</c>.</param>
/// <param name="Authors">The authors as the table names them, e.g. <c>Devedzic and Jovanovic</c>.</param>
/// <param name="Year">The publication year.</param>
/// <param name="Label">The citation as the table prints it, e.g. <c>Selvaratnam and Sankey (2021b)</c>.</param>
public sealed record Study(string Id, string Authors, int Year, string Label);
