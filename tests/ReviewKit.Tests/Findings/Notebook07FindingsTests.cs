using ReviewKit.Data;
using ReviewKit.Findings;
using ReviewKit.Reliability;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>Notebook 07's sentences about the made-up coders hold on the teaching files, and are flagged on other coders.</summary>
public class Notebook07FindingsTests
{
    private static IntercoderData Teaching(ReviewInputs inputs) => new(inputs,
    [
        Coder.FromDataset(inputs.Dataset, "A"),
        Coder.Load(Path.Combine(IntercoderExample.Folder, "coder-b.csv"), inputs.Dataset, "B"),
        Coder.Load(Path.Combine(IntercoderExample.Folder, "coder-c.csv"), inputs.Dataset, "C"),
    ]);

    public static TheoryData<string> Ids() => new(Notebook07Findings.AboutTheCoders.Select(finding => finding.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void AboutTheCoders_OnTheTeachingFiles_Holds(string id)
    {
        var finding = Notebook07Findings.AboutTheCoders.Single(finding => finding.Id == id);

        var result = finding.Evaluate(Teaching(ReviewInputs.Paper));

        Assert.True(result.Holds, $"{id}: {finding.Statement}. Now: {result.Value}");
    }

    [Fact]
    public void AboutTheCoders_IdsAreUnique()
    {
        var ids = Notebook07Findings.AboutTheCoders.Select(finding => finding.Id).ToList();

        Assert.Equal(ids.Distinct(), ids);
    }

    [Fact]
    public void AboutTheCoders_CoderBCodingLikeA_FlagsTheAgreementSentences()
    {
        var teaching = Teaching(ReviewInputs.Paper);
        var b = teaching.Coders[1];
        var likeA = new Coder("B", b.Studies, teaching.Review.Dataset.Codings.Where(coding => b.Studies.Contains(coding.StudyId)).ToList());
        var data = teaching with { Coders = [teaching.Coders[0], likeA, teaching.Coders[2]] };

        var flagged = Notebook07Findings.AboutTheCoders.Where(finding => !finding.Evaluate(data).Holds).Select(finding => finding.Id).ToList();

        Assert.Contains("per-code-range", flagged);
        Assert.Contains("pooled-tentative", flagged);
        Assert.Contains("disagreements", flagged);
        Assert.DoesNotContain("shared-studies", flagged);
    }
}
