namespace ReviewKit.Interchange;

/// <summary>Why a new record may be a study the review already holds.</summary>
public enum DuplicateReason
{
    /// <summary>Both have the same DOI (compared without case).</summary>
    SameDoi,

    /// <summary>Both have the same title, compared without case, accents, punctuation or spacing, and the same year.</summary>
    SameTitleAndYear,

    /// <summary>One of them has neither a title nor a DOI (as the paper's studies, which hold authors and year only), and both have the same first-author surname and year.</summary>
    SameFirstAuthorAndYear,
}
