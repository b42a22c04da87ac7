using System.Globalization;
using ReviewKit.Data;

namespace ReviewKit.Robustness;

/// <summary>
/// Resamples a review's included studies with replacement, each with all its codes, as if the review had found another
/// set of studies from the same literature.
/// </summary>
public static class StudyBootstrap
{
    /// <summary>The separator between a study's identifier and its copy number when a resample draws it again: <c>JA05~2</c>.</summary>
    public const char CopySeparator = '~';

    /// <summary>
    /// One bootstrap resample: as many studies as the dataset holds, drawn with replacement, each with its codes and year.
    /// A study drawn more than once keeps its identifier the first time and is renamed <c>ID~2</c>, <c>ID~3</c>… after,
    /// so that identifiers stay unique; studies come in the dataset's order.
    /// </summary>
    /// <param name="dataset">The dataset whose studies are resampled; its codebook is kept.</param>
    /// <param name="random">The source of randomness; a seeded one gives the same resample each time.</param>
    public static ReviewDataset Resample(ReviewDataset dataset, Random random)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(random);
        var count = dataset.Studies.Count;
        var drawn = new int[count];
        for (var i = 0; i < count; i++)
        {
            drawn[random.Next(count)]++;
        }

        var original = dataset.Matrix;
        var studies = new List<Study>(count);
        var matrix = new CodingMatrix(count, original.CodeCount, original.Count);
        for (var source = 0; source < count; source++)
        {
            for (var copy = 1; copy <= drawn[source]; copy++)
            {
                var study = dataset.Studies[source];
                var target = studies.Count;
                studies.Add(copy == 1 ? study : study with { Id = study.Id + CopySeparator + copy.ToString(CultureInfo.InvariantCulture) });
                foreach (var code in original.CodesOf(source))
                {
                    matrix.Add(target, code);
                }
            }
        }

        return dataset.WithStudies(studies, matrix, "resampled from " + dataset.Source);
    }
}
