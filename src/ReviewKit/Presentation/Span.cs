namespace ReviewKit.Presentation;

/// <summary>A stretch of an axis, from <see cref="Low"/> to <see cref="High"/>.</summary>
internal readonly record struct Span(double Low, double High)
{
    internal double Middle => (Low + High) / 2;

    /// <summary>The point <paramref name="part"/>/<paramref name="whole"/> of the way from <see cref="Low"/> to <see cref="High"/>: none ⇒ Low, all ⇒ High.</summary>
    internal double At(double part, double whole) => Low + ((High - Low) * part / whole);
}
