namespace ReviewKit.Tests;

/// <summary>
/// How a colour looks to readers with red–green colour blindness, and how far apart two colours look: the measures
/// the palette is held to.
/// </summary>
/// <remarks>
/// Simulation: Machado, Oliveira and Fernandes (2009), "A physiologically-based model for simulation of color vision
/// deficiency", IEEE TVCG 15(6):1291–1298, severity 1.0 (dichromacy), their matrices applied to linear sRGB and clipped.
/// Difference: CIEDE2000 as written out by Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula:
/// implementation notes, supplementary test data, and mathematical observations", Color Res. Appl. 30(1):21–30, in
/// CIELAB under D65. Contrast: WCAG 2.1 relative luminance and contrast ratio (success criteria 1.4.3 and 1.4.11).
/// </remarks>
public static class ColourVision
{
    public enum Vision
    {
        Normal,
        Deuteranopia,
        Protanopia,
    }

    private static readonly double[,] Deuteranopia =
    {
        { 0.367322, 0.860646, -0.227968 },
        { 0.280085, 0.672501, 0.047413 },
        { -0.011820, 0.042940, 0.968881 },
    };

    private static readonly double[,] Protanopia =
    {
        { 0.152286, 1.052583, -0.204868 },
        { 0.114503, 0.786281, 0.099216 },
        { -0.003882, -0.048116, 1.051998 },
    };

    /// <summary>CIEDE2000 difference of two sRGB colours (<c>#rrggbb</c>) as a reader with <paramref name="vision"/> sees them.</summary>
    internal static double Difference(string first, string second, Vision vision) =>
        Ciede2000(Lab(Seen(Linear(first), vision)), Lab(Seen(Linear(second), vision)));

    /// <summary>The WCAG contrast ratio of two sRGB colours, from 1 to 21.</summary>
    internal static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(Linear(first)), Luminance(Linear(second)));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double Luminance(double[] rgb) => (0.2126 * rgb[0]) + (0.7152 * rgb[1]) + (0.0722 * rgb[2]);

    private static double[] Linear(string hex)
    {
        var digits = hex.TrimStart('#');
        return [.. Enumerable.Range(0, 3).Select(i => Convert.ToInt32(digits.Substring(2 * i, 2), 16) / 255.0)
            .Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))];
    }

    private static double[] Seen(double[] rgb, Vision vision)
    {
        var matrix = vision switch
        {
            Vision.Deuteranopia => Deuteranopia,
            Vision.Protanopia => Protanopia,
            _ => null,
        };
        if (matrix is null)
        {
            return rgb;
        }

        return [.. Enumerable.Range(0, 3).Select(row => Math.Clamp(
            (matrix[row, 0] * rgb[0]) + (matrix[row, 1] * rgb[1]) + (matrix[row, 2] * rgb[2]), 0, 1))];
    }

    /// <summary>CIELAB (D65) of a linear sRGB colour.</summary>
    internal static (double L, double A, double B) Lab(double[] rgb)
    {
        var x = ((0.4124564 * rgb[0]) + (0.3575761 * rgb[1]) + (0.1804375 * rgb[2])) / 0.95047;
        var y = (0.2126729 * rgb[0]) + (0.7151522 * rgb[1]) + (0.0721750 * rgb[2]);
        var z = ((0.0193339 * rgb[0]) + (0.1191920 * rgb[1]) + (0.9503041 * rgb[2])) / 1.08883;
        static double F(double t) => t > Math.Pow(6.0 / 29, 3) ? Math.Cbrt(t) : (t / (3 * Math.Pow(6.0 / 29, 2))) + (4.0 / 29);
        return ((116 * F(y)) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }

    /// <summary>CIEDE2000 with the parametric factors kL = kC = kH = 1, step by step as in Sharma et al. (2005), eq. 1–22.</summary>
    internal static double Ciede2000((double L, double A, double B) first, (double L, double A, double B) second)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        static double Degrees(double radians) => radians * 180 / Math.PI;
        static double Seventh(double c) => Math.Sqrt(Math.Pow(c, 7) / (Math.Pow(c, 7) + Math.Pow(25, 7)));
        static double Hue(double b, double a) => a == 0 && b == 0 ? 0 : (Degrees(Math.Atan2(b, a)) + 360) % 360;

        var meanChroma = (Math.Sqrt((first.A * first.A) + (first.B * first.B)) + Math.Sqrt((second.A * second.A) + (second.B * second.B))) / 2;
        var g = 0.5 * (1 - Seventh(meanChroma));
        var (a1, a2) = ((1 + g) * first.A, (1 + g) * second.A);
        var (c1, c2) = (Math.Sqrt((a1 * a1) + (first.B * first.B)), Math.Sqrt((a2 * a2) + (second.B * second.B)));
        var (h1, h2) = (Hue(first.B, a1), Hue(second.B, a2));

        var deltaL = second.L - first.L;
        var deltaC = c2 - c1;
        var deltaHue = c1 * c2 == 0 ? 0 : Math.Abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
        var deltaH = 2 * Math.Sqrt(c1 * c2) * Math.Sin(Radians(deltaHue / 2));

        var meanL = (first.L + second.L) / 2;
        var meanC = (c1 + c2) / 2;
        var meanH = c1 * c2 == 0 ? h1 + h2 : Math.Abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        var t = 1 - (0.17 * Math.Cos(Radians(meanH - 30))) + (0.24 * Math.Cos(Radians(2 * meanH)))
            + (0.32 * Math.Cos(Radians((3 * meanH) + 6))) - (0.20 * Math.Cos(Radians((4 * meanH) - 63)));
        var rotation = 30 * Math.Exp(-Math.Pow((meanH - 275) / 25, 2));
        var rc = 2 * Seventh(meanC);
        var sl = 1 + (0.015 * Math.Pow(meanL - 50, 2) / Math.Sqrt(20 + Math.Pow(meanL - 50, 2)));
        var sc = 1 + (0.045 * meanC);
        var sh = 1 + (0.015 * meanC * t);
        var rt = -Math.Sin(Radians(2 * rotation)) * rc;
        return Math.Sqrt(Math.Pow(deltaL / sl, 2) + Math.Pow(deltaC / sc, 2) + Math.Pow(deltaH / sh, 2) + (rt * (deltaC / sc) * (deltaH / sh)));
    }
}
