using System.Globalization;
using System.Text;
using ReviewKit.Data;
using ReviewKit.Presentation;
using Xunit.Abstractions;
using static ReviewKit.Tests.ColourVision;

namespace ReviewKit.Tests;

public sealed class PaletteTests(ITestOutputHelper output)
{
    private const string White = "#ffffff";

    private static readonly Stakeholder[] Stakeholders = Enum.GetValues<Stakeholder>();

    [Theory]
    [InlineData(50.0, 2.6772, -79.7751, 50.0, 0.0, -82.7485, 2.0425)]
    [InlineData(50.0, 0.0, 0.0, 50.0, -1.0, 2.0, 2.3669)]
    [InlineData(50.0, 2.5, 0.0, 73.0, 25.0, -18.0, 27.1492)]
    [InlineData(60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644)]
    [InlineData(2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082)]
    public void Ciede2000_SharmaTestPairs_GivesThePublishedDifference(double l1, double a1, double b1, double l2, double a2, double b2, double expected) =>
        Assert.Equal(expected, Ciede2000((l1, a1, b1), (l2, a2, b2)), 4);

    [Fact]
    public void Difference_ThePreviousEmployersAndGovernmentColours_AsTheIssueMeasuredThem()
    {
        // The orange and green the four-stakeholder charts used before: apart for normal vision, close for red–green blindness.
        Assert.Equal(14.5, Difference("#f5b041", "#58d68d", Vision.Deuteranopia), 1);
        Assert.Equal(11.1, Difference("#f5b041", "#58d68d", Vision.Protanopia), 1);
        Assert.Equal(40.1, Difference("#f5b041", "#58d68d", Vision.Normal), 1);
    }

    [Theory]
    [InlineData(Vision.Normal)]
    [InlineData(Vision.Deuteranopia)]
    [InlineData(Vision.Protanopia)]
    public void StakeholderColours_EveryPair_AtLeastTwentyApartInCiede2000(Vision vision)
    {
        var seen = vision == Vision.Normal ? "as drawn" : "simulated by Machado et al. (2009), severity 1.0, in linear sRGB";
        var table = new StringBuilder($"CIEDE2000 ΔE, {vision}, {seen}:\n");
        var tooClose = new List<string>();
        foreach (var (first, i) in Stakeholders.Select((stakeholder, i) => (stakeholder, i)))
        {
            foreach (var second in Stakeholders.Skip(i + 1))
            {
                var difference = Difference(Palette.Of(first), Palette.Of(second), vision);
                table.AppendLine(CultureInfo.InvariantCulture, $"  {first} {Palette.Of(first)} – {second} {Palette.Of(second)}: {difference:0.0}");
                if (difference < 20)
                {
                    tooClose.Add($"{first}–{second} {difference:0.0}");
                }
            }
        }

        output.WriteLine(table.ToString());
        Assert.True(tooClose.Count == 0, $"Closer than ΔE 20 under {vision}: {string.Join(", ", tooClose)}");
    }

    [Fact]
    public void StakeholderColours_AgainstWhite_AtLeastThreeToOne()
    {
        foreach (var stakeholder in Stakeholders)
        {
            var contrast = Contrast(Palette.Of(stakeholder), White);
            output.WriteLine($"{stakeholder} {Palette.Of(stakeholder)}: {contrast:0.00}:1");
            Assert.True(contrast >= 3, $"{stakeholder} {Palette.Of(stakeholder)} has {contrast:0.00}:1 against white");
        }
    }

    [Fact]
    public void StakeholderTextColours_AgainstWhite_AtLeastFourAndAHalfToOne()
    {
        foreach (var stakeholder in Stakeholders)
        {
            var contrast = Contrast(Palette.TextOf(stakeholder), White);
            output.WriteLine($"{stakeholder} text {Palette.TextOf(stakeholder)}: {contrast:0.00}:1");
            Assert.True(contrast >= 4.5, $"{stakeholder}'s text colour {Palette.TextOf(stakeholder)} has {contrast:0.00}:1 against white");
        }
    }

    [Theory]
    [InlineData(Vision.Normal)]
    [InlineData(Vision.Deuteranopia)]
    [InlineData(Vision.Protanopia)]
    public void ChallengeAndOpportunity_AtLeastTwentyApartAndThreeToOneAgainstWhite(Vision vision)
    {
        var difference = Difference(Palette.Challenge, Palette.Opportunity, vision);
        output.WriteLine($"Challenge {Palette.Challenge} – Opportunity {Palette.Opportunity}, {vision}: ΔE {difference:0.0}");

        Assert.True(difference >= 20, $"Challenge and opportunity are ΔE {difference:0.0} apart under {vision}");
        Assert.True(Contrast(Palette.Challenge, White) >= 3);
        Assert.True(Contrast(Palette.Opportunity, White) >= 3);
    }

    [Fact]
    public void NodeText_OnTheOuterStakeholdersDisc_AtLeastFourAndAHalfToOne()
    {
        // Fig. 3 writes each outer stakeholder's name in ink on its disc, and the institutions' in white on theirs.
        Assert.True(Contrast(Palette.Ink, Palette.Secondary) >= 4.5);
        Assert.True(Contrast(White, Palette.Primary) >= 4.5);
    }
}
