using ReviewKit.Data;

namespace ReviewKit.Findings;

/// <summary>A review before and after an update: what the sentences of notebook <c>08-extending-with-new-studies</c> about the update compare.</summary>
/// <param name="Base">The inputs before the update (the notebook's data folders).</param>
/// <param name="Updated">The inputs with the update's layer read on top of the base.</param>
/// <example>
/// <code>new UpdateData(ReviewInputs.Load(["data"]), ReviewInputs.Load(["data", "data/examples/update-2023"]))</code>
/// holds the paper's 60 studies and the 65 of the made-up update.
/// </example>
public sealed record UpdateData(ReviewInputs Base, ReviewInputs Updated);
