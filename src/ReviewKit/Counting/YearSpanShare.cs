namespace ReviewKit.Counting;

/// <summary>How many of the studies fall in a span of publication years.</summary>
/// <param name="FromYear">The first year of the span.</param>
/// <param name="ToYear">The last year of the span, inclusive.</param>
/// <param name="InSpan">Studies published in the span.</param>
/// <param name="Studies">All studies.</param>
public sealed record YearSpanShare(int FromYear, int ToYear, int InSpan, int Studies)
{
    /// <summary>The percentage of studies published in the span.</summary>
    public double Percent => new Share(InSpan, Studies).Percent;
}
