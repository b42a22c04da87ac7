using ReviewKit.Data;
using ReviewKit.Robustness;

namespace ReviewKit.Tests;

public class StudyBootstrapTests
{
    [Fact]
    public void Resample_DrawsAsManyStudies_WithUniqueIdsAndTheirOwnCodes()
    {
        var paper = ReviewDataset.Paper;

        var resample = StudyBootstrap.Resample(paper, new Random(8));

        Assert.Equal(paper.Studies.Count, resample.Studies.Count);
        Assert.Equal(resample.Studies.Count, resample.Studies.Select(study => study.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(resample.Studies, study => study.Id.Contains(StudyBootstrap.CopySeparator, StringComparison.Ordinal));
        var profiles = resample.Codings.ToLookup(coding => coding.StudyId, coding => coding.CodeId, StringComparer.Ordinal);
        Assert.All(resample.Studies, study =>
        {
            var source = study.Id.Split(StudyBootstrap.CopySeparator)[0];
            Assert.Equal(paper.Codings.Where(coding => coding.StudyId == source).Select(coding => coding.CodeId), profiles[study.Id]);
            Assert.Equal(paper.Studies.Single(original => original.Id == source).Year, study.Year);
        });
    }

    [Fact]
    public void Resample_SameSeed_SameStudies()
    {
        var paper = ReviewDataset.Paper;

        Assert.Equal(StudyBootstrap.Resample(paper, new Random(4)).Studies, StudyBootstrap.Resample(paper, new Random(4)).Studies);
        Assert.NotEqual(StudyBootstrap.Resample(paper, new Random(4)).Studies, StudyBootstrap.Resample(paper, new Random(5)).Studies);
    }
}
