using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>Lookups on the hand-worked dataset of <see cref="TestData"/>: LC1 in S1, S2; LO1 in S1, S2, S3; EO1 in S4; GC1 in none.</summary>
public sealed class ReviewDatasetLookupTests
{
    private static readonly ReviewDataset Small = TestData.Small();

    [Theory]
    [InlineData("LO1", new[] { "S1", "S2", "S3" })]
    [InlineData("LC1", new[] { "S1", "S2" })] // in file order, whatever the order of the codings
    [InlineData("GC1", new string[0])]
    [InlineData("XX9", new string[0])]
    public void StudiesWith_Code_TheStudiesThatCarryIt(string code, string[] studies)
    {
        Assert.Equal(studies, Small.StudiesWith(code));
    }

    [Fact]
    public void CodeOf_Coding_ItsCodebookEntry()
    {
        Assert.Equal(Stakeholder.Employers, Small.CodeOf(new Coding("S4", "EO1")).Stakeholder);
    }

    [Fact]
    public void FindCode_UnknownId_NullWhereGetCodeThrows()
    {
        Assert.Null(Small.FindCode("XX9"));
        Assert.Equal("The codebook has no code 'XX9'.", Assert.Throws<KeyNotFoundException>(() => Small.GetCode("XX9")).Message);
        Assert.Equal("Motivation", Small.FindCode("LO1")?.Label);
    }
}
