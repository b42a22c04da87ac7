using ReviewKit.Data;
using ReviewKit.Findings;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>The sentences notebook 08 states about its made-up update, checked on the update and on data that overturn them.</summary>
public class Notebook08FindingsTests
{
    private static UpdateData ExampleUpdate() =>
        new(ReviewInputs.Load([TestData.DataFolder]), ReviewInputs.Load([TestData.DataFolder, TestData.UpdateLayer]));

    public static TheoryData<string> UpdateIds() => new(Notebook08Findings.AboutTheUpdate.Select(finding => finding.Id));

    [Theory]
    [MemberData(nameof(UpdateIds))]
    public void AboutTheUpdate_OnTheExampleUpdate_Holds(string id)
    {
        var finding = Notebook08Findings.AboutTheUpdate.Single(finding => finding.Id == id);

        var result = finding.Evaluate(ExampleUpdate());

        Assert.True(result.Holds, $"{id}: {finding.Statement}. Now: {result.Value}");
    }

    [Fact]
    public void AboutTheUpdate_IdsAreUnique()
    {
        var ids = Notebook08Findings.AboutTheUpdate.Select(finding => finding.Id).ToList();

        Assert.Equal(ids.Distinct(), ids);
    }

    /// <summary>When the update is already in the base, the notebook compares the base with itself: nothing is new, nothing moves.</summary>
    [Fact]
    public void AboutTheUpdate_UpdateAlreadyInTheBase_FlagsTheSentencesAboutWhatItAdds()
    {
        var updated = ReviewInputs.Load([TestData.DataFolder, TestData.UpdateLayer]);

        var results = Notebook08Findings.AboutTheUpdate.ToDictionary(finding => finding.Id, finding => finding.Evaluate(new UpdateData(updated, updated)));

        Assert.Equal(new FindingResult(false, "no new study"), results["new-studies"]);
        Assert.False(results["go5-gains-most"].Holds);
        Assert.False(results["rank-changes"].Holds);
        Assert.Equal("0 of 36 change rank, 0 of them by one or two places", results["rank-changes"].Value);
        Assert.False(results["flow-update"].Holds);
    }

    /// <summary>A base with other codes and studies (a made-up review of four studies) overturns every sentence without an error.</summary>
    [Fact]
    public void Findings_OnAnotherReview_AreFlaggedNotThrown()
    {
        var small = new ReviewInputs(TestData.Small(), null, [], []);

        Assert.All(Notebook08Findings.All, finding => Assert.False(finding.Evaluate(small).Holds));
        Assert.All(Notebook08Findings.AboutTheUpdate, finding => Assert.False(finding.Evaluate(new UpdateData(small, small)).Holds));
        Assert.Equal("no study JA01", Notebook08Findings.All.Single(finding => finding.Id == "ja01-authors").Evaluate(small).Value);
    }
}
