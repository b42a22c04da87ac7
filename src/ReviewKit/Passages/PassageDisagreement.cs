namespace ReviewKit.Passages;

/// <summary>
/// A (passage, code) unit on which a coder and the answer key differ, with the rule of the codebook that decides it:
/// the code's inclusion rule when the coder left out a code the key gives, its exclusion rule when the coder gave a code
/// the key does not.
/// </summary>
/// <param name="PassageId">The passage.</param>
/// <param name="CodeId">The code.</param>
/// <param name="InKey">True when the key gives the code and the coder did not; false when the coder gave it and the key does not.</param>
/// <param name="Rule">The deciding rule, e.g. <c>LC3 excludes: …</c>; the definition when the codebook has no such rule.</param>
/// <param name="KeyReason">Why the key codes the passage as it does.</param>
public sealed record PassageDisagreement(string PassageId, string CodeId, bool InKey, string Rule, string? KeyReason);
