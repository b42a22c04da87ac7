using ReviewKit.Interchange;

namespace ReviewKit.Tests;

public sealed class MatchKeyTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Devedzic and Jovanovic", "devedzic")]
    [InlineData("Reeves et al.", "reeves")]
    [InlineData("Jones-Schenk", "schenk")]
    [InlineData("Jones-Schenk, Jan", "schenk")]
    [InlineData("Łukasiewicz, Jan", "lukasiewicz")]
    [InlineData("Boud and Jorre de St Jorre", "boud")]
    [InlineData("Kumar Jeya et al.", "jeya")]
    [InlineData("Kumar Jeya, A.; Smith, B.", "jeya")]
    [InlineData("González, María & Pérez", "gonzalez")]
    [InlineData("Ann Example", "example")]
    [InlineData("Law P.", "law")]
    [InlineData("Law PJ", "law")]
    [InlineData("Law, P.", "law")]
    [InlineData("Patrina Law", "law")]
    [InlineData("Law, Patrina", "law")]
    [InlineData("van der Berg, J.", "berg")]
    [InlineData("Van der Berg J.-P.", "berg")]
    [InlineData("LAW P", "law")]
    public void FirstSurname_PaperAndExportForms_TheLastWordOfTheFirstSurname(string authors, string expected)
    {
        Assert.Equal(expected, MatchKey.FirstSurname(authors));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Micro-credentials: a Review!", "micro credentials a review")]
    [InlineData("  MICRO   CREDENTIALS — A REVIEW ", "micro credentials a review")]
    [InlineData("Éducation à distance", "education a distance")]
    public void Text_CaseAccentsPunctuationAndSpacing_Ignored(string text, string expected)
    {
        Assert.Equal(expected, MatchKey.Text(text));
    }
}
