using ReviewKit.Data;

namespace ReviewKit.Stakeholders;

/// <summary>
/// One of the paper's three pathways through which higher-education institutions connect to another
/// stakeholder (its Discussion and Fig. 3), with the codes that the Discussion's wording points to.
/// </summary>
/// <param name="Name">The pathway, e.g. <c>Learning pathway</c>.</param>
/// <param name="Partner">The stakeholder the institutions connect to.</param>
/// <param name="CodeIds">Codes that support the pathway, of the partner and of the institutions.</param>
/// <param name="Quote">The Discussion's sentence that names the pathway.</param>
public sealed record Pathway(string Name, Stakeholder Partner, IReadOnlyList<string> CodeIds, string Quote);
