using System.Globalization;
using System.Text;
using ReviewKit.Counting;
using ReviewKit.Data;

namespace ReviewKit.Benchmarks;

/// <summary>
/// A seeded synthetic review in the data contract: the paper's codebook, <c>n</c> studies from 2015 to 2024, and each
/// code as prevalent as in the paper's data (as <c>synth.py</c> of the yardsticks makes them, with another generator).
/// </summary>
internal static class SyntheticCorpus
{
    /// <summary>Writes the corpus into <paramref name="folder"/> unless it holds one of that size already; returns the folder.</summary>
    public static string Ensure(int studies, string folder)
    {
        var marker = Path.Combine(folder, $".studies-{studies.ToString(CultureInfo.InvariantCulture)}");
        if (File.Exists(marker))
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        var paper = ReviewDataset.Paper;
        var prevalence = ContentAnalysis.CodeFrequencies(paper).Select(row => (row.Code.Id, Share: (double)row.N / row.Studies)).ToList();
        var random = new Random(42);

        using (var codebook = new StreamWriter(Path.Combine(folder, ReviewDataset.CodebookFile), false, new UTF8Encoding(false)))
        {
            codebook.Write("code,stakeholder,polarity,label\n");
            foreach (var code in paper.Codebook)
            {
                codebook.Write($"{code.Id},{code.Stakeholder},{code.Polarity},\"{code.Label.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n");
            }
        }

        using var studiesFile = new StreamWriter(Path.Combine(folder, ReviewDataset.StudiesFile), false, new UTF8Encoding(false), 1 << 16);
        using var codingsFile = new StreamWriter(Path.Combine(folder, ReviewDataset.CodingsFile), false, new UTF8Encoding(false), 1 << 16);
        studiesFile.Write("study_id,authors,year\n");
        codingsFile.Write("study_id,code\n");
        for (var i = 0; i < studies; i++)
        {
            var id = $"S{i:D7}";
            studiesFile.Write(string.Create(CultureInfo.InvariantCulture, $"{id},Author {i},{2015 + random.Next(10)}\n"));
            var coded = false;
            foreach (var (code, share) in prevalence)
            {
                if (random.NextDouble() < share)
                {
                    codingsFile.Write($"{id},{code}\n");
                    coded = true;
                }
            }

            if (!coded)
            {
                codingsFile.Write($"{id},{prevalence[0].Id}\n"); // every included study carries a code
            }
        }

        File.WriteAllText(marker, "");
        return folder;
    }
}
