namespace ReviewKit.Reliability;

/// <summary>The agreement of two or more coders on a codebook: each code alone, and all codes pooled.</summary>
/// <param name="PerCode">One row per code of the codebook, in codebook order.</param>
/// <param name="Pooled">Every (study, code) unit together; its <see cref="CodeAgreement.Code"/> is <see cref="Agreement.PooledName"/>.</param>
public sealed record AgreementResult(IReadOnlyList<CodeAgreement> PerCode, CodeAgreement Pooled)
{
    /// <summary>The rows a table shows: every code, then the pooled row last.</summary>
    public IEnumerable<CodeAgreement> Rows => PerCode.Append(Pooled);
}
