namespace ReviewKit.Findings;

/// <summary>
/// A sentence a notebook states, declared once with the function that decides it, so that the same sentence can be
/// checked on any data: the paper's, a layer's update, or a simulated recoding.
/// </summary>
/// <typeparam name="TData">What the sentence is about; for most notebooks the <see cref="Data.ReviewInputs"/> they ran on.</typeparam>
/// <param name="Id">A short name, unique within its notebook, e.g. <c>most-frequent</c>.</param>
/// <param name="Statement">The sentence as the prose states it.</param>
/// <param name="Evaluate">Whether the data bear the sentence out, and what they give in words and numbers.</param>
/// <example>
/// <code>new Finding&lt;ReviewInputs&gt;("most-frequent", "UC1 is the most frequent code", inputs => …)</code>
/// evaluates on the paper's data to <c>FindingResult(true, "UC1 55 of 60")</c>.
/// </example>
public sealed record Finding<TData>(string Id, string Statement, Func<TData, FindingResult> Evaluate)
{
    /// <summary>
    /// For a sentence decided by counts: the fewest (study, code) decisions that, flipped, change whether it holds on the
    /// data, worked out from its counts. "A is carried by more studies than B" holds with n(A) − n(B) ≥ 1 and takes
    /// n(A) − n(B) flips to overturn, since each flip moves the gap by one; "n is exactly k" takes one. Null when not
    /// declared; the function gives null when no flip of the coding can change the verdict.
    /// </summary>
    public Func<TData, int?>? Fragility { get; init; }
}
