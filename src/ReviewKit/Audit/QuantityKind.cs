namespace ReviewKit.Audit;

/// <summary>Which kind of number a claim states.</summary>
public enum QuantityKind
{
    /// <summary><c>none</c>: the coding table cannot yield it (sites of study, search dates).</summary>
    None,

    /// <summary><c>studies</c>: how many studies the review includes.</summary>
    Studies,

    /// <summary><c>stakeholders</c>: how many stakeholders the review names.</summary>
    Stakeholders,

    /// <summary><c>span:YYYY-YYYY</c>: the years the studies were published in.</summary>
    Span,

    /// <summary><c>years:YYYY-YYYY</c>: the studies published in those years.</summary>
    Years,

    /// <summary><c>code:ID</c>, <c>code:ID|ID</c>, <c>code:ID/years:YYYY-YYYY</c>: the studies carrying any of the codes.</summary>
    Codes,

    /// <summary><c>share:STAKEHOLDER</c>: a stakeholder's share of all code assignments.</summary>
    Share,

    /// <summary><c>codes:STAKEHOLDER:POLARITY</c>: how many codes the codebook has for them.</summary>
    CodebookCodes,
}
