namespace ReviewKit.Data;

/// <summary>Datasets that share a dataset's codebook but hold other codings or other studies: recodings and resamples.</summary>
public sealed partial record ReviewDataset
{
    /// <summary>The same codebook and studies with other codings, built from a matrix without reading text.</summary>
    internal ReviewDataset WithCodings(CodingMatrix matrix, string source) => new(Codebook, Studies, matrix, source);

    /// <summary>The same codebook with other studies and their codings.</summary>
    internal ReviewDataset WithStudies(IReadOnlyList<Study> studies, CodingMatrix matrix, string source) => new(Codebook, studies, matrix, source);
}
