using ReviewKit.Reliability;

namespace ReviewKit.Passages;

/// <summary>
/// How a coder's coding of passages agrees with the answer key. The units are (passage, code) pairs: every code of the
/// codebook for every passage the coder coded, valued 1 when given and 0 when not, as in <see cref="Agreement"/>.
/// </summary>
/// <param name="Coder">The coder's name.</param>
/// <param name="Passages">The passages the coder coded (the others are left out).</param>
/// <param name="Units">The (passage, code) units compared: passages × codes of the codebook.</param>
/// <param name="PercentAgreement">The share of units on which coder and key agree, × 100.</param>
/// <param name="CohenKappa">Cohen's kappa between coder and key; null when undefined (e.g. neither gave any code).</param>
/// <param name="Alpha">Krippendorff's alpha for nominal data between coder and key; null when undefined.</param>
/// <param name="Disagreements">Every unit on which they differ, by passage then codebook order, each with its deciding rule.</param>
public sealed record PassageAgreement(
    string Coder,
    int Passages,
    int Units,
    double? PercentAgreement,
    double? CohenKappa,
    double? Alpha,
    IReadOnlyList<PassageDisagreement> Disagreements);
