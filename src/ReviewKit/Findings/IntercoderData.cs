using ReviewKit.Data;
using ReviewKit.Reliability;

namespace ReviewKit.Findings;

/// <summary>
/// What the sentences of notebook <c>07-intercoder-reliability</c> about coders are checked on: the review's inputs and
/// the coders compared, first the review's own coding.
/// </summary>
/// <param name="Review">The review's inputs; <see cref="ReviewInputs.Dataset"/> is the first coder's coding.</param>
/// <param name="Coders">The coders, in the order the notebook names them (A, B, C).</param>
/// <example>
/// <code>new IntercoderData(inputs, [Coder.FromDataset(inputs.Dataset, "A"), Coder.Load("coder-b.csv", inputs.Dataset, "B")])</code>
/// </example>
public sealed record IntercoderData(ReviewInputs Review, IReadOnlyList<Coder> Coders);
