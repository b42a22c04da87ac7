namespace ReviewKit.Counting;

/// <summary>Studies published in one year.</summary>
/// <param name="Year">The publication year.</param>
/// <param name="Published">How many included studies were published that year.</param>
public sealed record YearCount(int Year, int Published);
