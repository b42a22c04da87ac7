using ReviewKit.Data;

namespace ReviewKit.Stakeholders;

/// <summary>How two codes occur together across studies.</summary>
/// <param name="First">The first code, earlier in the codebook.</param>
/// <param name="Second">The second code.</param>
/// <param name="Both">Studies carrying both codes.</param>
/// <param name="FirstOnly">Studies carrying the first code but not the second.</param>
/// <param name="SecondOnly">Studies carrying the second code but not the first.</param>
/// <param name="Neither">Studies carrying neither.</param>
public sealed record CodePair(Code First, Code Second, int Both, int FirstOnly, int SecondOnly, int Neither)
{
    /// <summary>Jaccard similarity: studies with both over studies with either; 0 when no study has either.</summary>
    /// <example>Both 2, first only 1, second only 1 ⇒ 2 / 4 = 0.5.</example>
    public double Jaccard => Both + FirstOnly + SecondOnly == 0 ? 0 : (double)Both / (Both + FirstOnly + SecondOnly);

    /// <summary>
    /// The phi coefficient of the 2×2 table, (ad − bc) / √((a+b)(c+d)(a+c)(b+d)), a correlation from −1 to 1;
    /// null when a margin is empty (a code every study or no study carries), where it is undefined.
    /// </summary>
    public double? Phi
    {
        get
        {
            double a = Both, b = FirstOnly, c = SecondOnly, d = Neither;
            var denominator = (a + b) * (c + d) * (a + c) * (b + d);
            return denominator == 0 ? null : ((a * d) - (b * c)) / Math.Sqrt(denominator);
        }
    }
}
