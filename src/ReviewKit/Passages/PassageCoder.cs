namespace ReviewKit.Passages;

/// <summary>One coder's coding of some of a lesson's passages, in passage order; a passage not listed was not coded.</summary>
/// <param name="Name">The coder's name, e.g. <c>key</c> or <c>you</c>.</param>
/// <param name="Passages">The passages the coder coded, each with its codes.</param>
public sealed record PassageCoder(string Name, IReadOnlyList<PassageCoding> Passages)
{
    /// <summary>The codes the coder gave a passage; null when the coder did not code it.</summary>
    public IReadOnlyList<string>? CodesOf(string passageId) =>
        Passages.FirstOrDefault(passage => passage.PassageId == passageId)?.CodeIds;
}
