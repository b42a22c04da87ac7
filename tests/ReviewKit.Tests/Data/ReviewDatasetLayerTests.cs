using ReviewKit.Counting;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary><see cref="ReviewDataset.Load(string[])"/>: data folders merged as layers.</summary>
public class ReviewDatasetLayerTests
{
    private static string StudiesOf(string folder) => Path.Combine(folder, ReviewDataset.StudiesFile);

    private static List<string> ProblemsOf(params string[] folders) =>
        ReviewDataset.Validate(folders).Select(problem => problem.ToString()).ToList();

    [Fact]
    public void Load_PaperAndUpdateLayer_UnitesStudiesAndCodings()
    {
        var paper = ReviewDataset.Load(TestData.DataFolder);

        var updated = ReviewDataset.Load(TestData.DataFolder, TestData.UpdateLayer);

        Assert.Equal(paper.Codebook, updated.Codebook);
        Assert.Equal(65, updated.Studies.Count);
        Assert.Equal(906, updated.Codings.Count);
        Assert.Equal(paper.Studies, updated.Studies.Take(60));
        Assert.Equal(["JA61", "JA62", "JA63", "JA64", "JA65"], updated.Studies.Skip(60).Select(study => study.Id));
        Assert.Equal($"{TestData.DataFolder} + {TestData.UpdateLayer}", updated.Source);
    }

    [Fact]
    public void Load_OneFolderAsParams_EqualsLoadOfTheFolder()
    {
        Assert.Equal(ReviewDataset.Load(TestData.DataFolder).Fingerprint(), ReviewDataset.Load([TestData.DataFolder]).Fingerprint());
    }

    [Fact]
    public void Load_LayerCodingsReferToEarlierStudiesAndCodes_AreAccepted()
    {
        using var layer = new TestData.TempFolder().Write(ReviewDataset.CodingsFile, "study_id,code\nS3,GC1\n");
        using var small = new TestData.TempFolder()
            .Write(ReviewDataset.CodebookFile, TestData.Codebook).Write(ReviewDataset.StudiesFile, TestData.Studies).Write(ReviewDataset.CodingsFile, TestData.Codings);

        var merged = ReviewDataset.Load(small.Path, layer.Path);

        Assert.Equal(7, merged.Codings.Count);
        Assert.Equal(1, ContentAnalysis.CodeFrequencies(merged).Single(row => row.Code.Id == "GC1").N);
    }

    [Fact]
    public void Load_IdenticalStudyAndCodeRepeatedInALayer_AreAccepted()
    {
        using var layer = new TestData.TempFolder()
            .Write(ReviewDataset.CodebookFile, "code,stakeholder,polarity,label\nLO4,Learners,Opportunity,Increase employability\n")
            .Write(ReviewDataset.StudiesFile, "study_id,authors,year\nJA01,Devedzic and Jovanovic,2015\nJA61,New,2023\n")
            .Write(ReviewDataset.CodingsFile, "study_id,code\nJA61,LO4\n");

        var merged = ReviewDataset.Load(TestData.DataFolder, layer.Path);

        Assert.Equal(61, merged.Studies.Count);
        Assert.Equal(36, merged.Codebook.Count);
    }

    [Fact]
    public void Validate_StudyChangedInALaterLayer_NamesBothFilesAndLines()
    {
        using var layer = new TestData.TempFolder()
            .Write(ReviewDataset.StudiesFile, "study_id,authors,year\nJA61,New,2023\nJA01,Devedzic and Jovanovic,2016\nJA02,Someone,2015\n")
            .Write(ReviewDataset.CodingsFile, "study_id,code\nJA61,LO1\n");

        Assert.Equal(
        [
            $"{StudiesOf(layer.Path)}:3: study JA01 is already defined in {StudiesOf(TestData.DataFolder)}:2 with year 2015; a later data folder may add studies but not change one",
            $"{StudiesOf(layer.Path)}:4: study JA02 is already defined in {StudiesOf(TestData.DataFolder)}:3 with authors 'Law'; a later data folder may add studies but not change one",
        ], ProblemsOf(TestData.DataFolder, layer.Path));
    }

    [Fact]
    public void Validate_CodeRedefinedInALaterLayer_NamesBothFilesAndLines()
    {
        using var layer = new TestData.TempFolder()
            .Write(ReviewDataset.CodebookFile, "code,stakeholder,polarity,label\nLO7,Learners,Opportunity,Stackable\nLC1,Learners,Challenge,Something else\n");

        Assert.Equal(
            [$"{layer.File(ReviewDataset.CodebookFile)}:3: code LC1 is already defined in {Path.Combine(TestData.DataFolder, ReviewDataset.CodebookFile)}:2 as Learners Challenge 'Attainment of Knowledge'; a later data folder may add codes but not redefine one"],
            ProblemsOf(TestData.DataFolder, layer.Path));
    }

    [Fact]
    public void Validate_CodingRepeatedAcrossLayers_NamesBothFilesAndLines()
    {
        var paperRow = File.ReadLines(Path.Combine(TestData.DataFolder, ReviewDataset.CodingsFile)).ElementAt(1); // line 2
        using var layer = new TestData.TempFolder().Write(ReviewDataset.CodingsFile, $"study_id,code\n{paperRow}\n");
        var (study, code) = (paperRow.Split(',')[0], paperRow.Split(',')[1]);

        Assert.Equal(
            [$"{layer.File(ReviewDataset.CodingsFile)}:2: study {study} is already coded {code} in {Path.Combine(TestData.DataFolder, ReviewDataset.CodingsFile)}:2; a study counts once per code"],
            ProblemsOf(TestData.DataFolder, layer.Path));
    }

    [Fact]
    public void Validate_SameFolderTwice_IsReportedOnce()
    {
        Assert.Equal([$"{TestData.DataFolder}: this data folder is given twice; give each layer once"], ProblemsOf(TestData.DataFolder, TestData.DataFolder));
    }

    [Fact]
    public void Validate_LayerHoldingNoDataFile_IsReported()
    {
        using var layer = new TestData.TempFolder().Write("notes.txt", "nothing here");

        Assert.Equal([$"{layer.Path}: the folder holds none of codebook.csv, studies.csv and codings.csv; is it the right folder?"], ProblemsOf(TestData.DataFolder, layer.Path));
    }

    [Fact]
    public void Validate_NoLayerHoldsTheCodebook_IsReported()
    {
        using var layer = new TestData.TempFolder().Write(ReviewDataset.CodingsFile, "study_id,code\nJA61,LO1\n");

        var problems = ProblemsOf(TestData.UpdateLayer, layer.Path);

        Assert.Equal([$"codebook.csv: no data folder holds codebook.csv (looked in {TestData.UpdateLayer}, {layer.Path}); the first folder usually holds the paper's data"], problems);
    }
}
