using ReviewKit.Audit;
using ReviewKit.Data;
using ReviewKit.Prisma;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public sealed class ReviewInputsTests
{
    // A layer's own claims file: one claim, EO3 in 25 of the 60 studies (42%), as Appendix 1 gives it.
    private const string OwnClaims = "claim_id,section,quote,quantity,reported_n,reported_percent\nU1,Update,\"42% (n = 25)\",code:EO3,25,42\n";

    // A layer holds at least one of the data files; this one adds no codings.
    private const string NoCodings = "study_id,code\n";

    [Fact]
    public void Load_NoFolders_ThePapersInputs()
    {
        var inputs = ReviewInputs.Load([]);

        Assert.Same(ReviewDataset.Paper, inputs.Dataset);
        Assert.Same(PrismaFlow.Paper, inputs.Flow);
        Assert.Same(Claims.Paper, inputs.Claims);
        Assert.Empty(inputs.CheckedFiles);
    }

    [Fact]
    public void Load_UpdateLayer_ItsPrismaFlowInUpdateFormAndThePapersClaims()
    {
        var inputs = ReviewInputs.Load([TestData.DataFolder, TestData.UpdateLayer]);

        Assert.True(inputs.Flow!.IsUpdate);
        Assert.Equal((60, 5, 65), (inputs.Flow.Total(PrismaStage.PreviousStudies), inputs.Flow.Total(PrismaStage.NewStudies), inputs.Flow.Total(PrismaStage.TotalStudies)));
        Assert.Equal(Claims.Paper, inputs.Claims); // the update layer has no claims.csv: data/'s, the paper's own
        Assert.Equal(65, inputs.Dataset.Studies.Count);
        Assert.False(ReviewInputs.Load([TestData.DataFolder]).Flow!.IsUpdate);
    }

    [Fact]
    public void Load_LayerWithItsOwnClaims_ThoseClaims()
    {
        using var layer = new TestData.TempFolder().Write(ReviewDataset.CodingsFile, NoCodings).Write(Claims.FileName, OwnClaims);

        var inputs = ReviewInputs.Load([TestData.DataFolder, layer.Path]);

        Assert.Equal("U1", Assert.Single(inputs.Claims).Id);
        Assert.Equal([Path.Combine(TestData.DataFolder, PrismaFlow.FileName), Path.Combine(TestData.DataFolder, Claims.FileName), layer.File(Claims.FileName)], inputs.CheckedFiles);
    }

    [Fact]
    public void Load_ClaimsFileGiven_ReplacesThoseOfTheLayers()
    {
        using var layer = new TestData.TempFolder().Write(Claims.FileName, OwnClaims);

        var inputs = ReviewInputs.Load([TestData.DataFolder], layer.File(Claims.FileName));

        Assert.Equal("U1", Assert.Single(inputs.Claims).Id);
    }

    [Fact]
    public void Load_NoLayerWithPrisma_NoFlow()
    {
        using var copy = new TestData.DataCopy();

        Assert.Null(ReviewInputs.Load([copy.Path]).Flow);
    }

    [Fact]
    public void Load_BrokenFilesInSeveralLayers_EveryProblemAtOnce()
    {
        using var layer = new TestData.TempFolder()
            .Write(ReviewDataset.CodingsFile, NoCodings)
            .Write(Claims.FileName, "claim_id,section,quote,quantity,reported_n,reported_percent\nU1,Update,q,count,1,\n")
            .Write(PrismaFlow.FileName, "stage,source,n,note\nrecords_screend,,3,\n");

        var error = Assert.Throws<ReviewDataException>(() => ReviewInputs.Load([TestData.DataFolder, layer.Path]));

        Assert.Equal(2, error.Count);
        Assert.Equal([layer.File(PrismaFlow.FileName), layer.File(Claims.FileName)], error.Problems.Select(problem => problem.File));
    }
}
