namespace ReviewKit.Audit;

/// <summary>What a <see cref="TextCheck"/> compares; <see cref="ReproductionAudit.Name(TextCheckKind)"/> gives the name tables use.</summary>
public enum TextCheckKind
{
    /// <summary><c>n-vs-percent</c>: a count against its own percentage.</summary>
    CountAgainstPercent,

    /// <summary><c>wording</c>: a percentage against the bound its wording sets ("more than half").</summary>
    Wording,

    /// <summary><c>parts-add-up</c>: the parts of one whole added up.</summary>
    PartsAddUp,
}
