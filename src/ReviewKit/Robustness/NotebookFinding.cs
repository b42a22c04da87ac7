using ReviewKit.Data;
using ReviewKit.Findings;

namespace ReviewKit.Robustness;

/// <summary>A sentence one notebook states about the review's data, with the notebook that states it.</summary>
/// <param name="Notebook">The notebook's file name without <c>.ipynb</c>, e.g. <c>03-coding-and-counting</c>.</param>
/// <param name="Finding">The sentence and the computation that decides it.</param>
public sealed record NotebookFinding(string Notebook, Finding<ReviewInputs> Finding);
