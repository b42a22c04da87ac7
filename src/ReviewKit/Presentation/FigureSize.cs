namespace ReviewKit.Presentation;

/// <summary>A figure's size in layout pixels; the named sizes are those the review's figures use.</summary>
internal readonly record struct FigureSize(int Width, int Height)
{
    /// <summary>A column chart of a few bars: Fig. 2, the stakeholder shares.</summary>
    internal static readonly FigureSize Standard = new(800, 480);

    /// <summary>Grouped bars over years.</summary>
    internal static readonly FigureSize Wide = new(900, 480);

    /// <summary>Challenges against opportunities, one row per stakeholder.</summary>
    internal static readonly FigureSize Diverging = new(900, 460);

    /// <summary>The 36 × 36 co-occurrence heatmap.</summary>
    internal static readonly FigureSize Heatmap = new(900, 860);

    /// <summary>Fig. 3, the stakeholder ecosystem, with its key on the right.</summary>
    internal static readonly FigureSize Ecosystem = new(1250, 760);

    /// <summary>Fig. 1, the PRISMA flow of a new review.</summary>
    internal static readonly FigureSize Prisma = new(1000, 760);

    /// <summary>The PRISMA flow of an update, one column wider and one row taller, at the same scale as <see cref="Prisma"/>.</summary>
    internal static readonly FigureSize PrismaUpdate = new(1400, 900);

    /// <summary>Horizontal bars, one per row: title, axis and margins, then a fixed height per bar.</summary>
    internal static FigureSize ForBars(int bars) => new(900, 140 + (bars * 34));
}
