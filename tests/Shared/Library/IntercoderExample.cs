using System.Text;
using ReviewKit.Data;

namespace ReviewKit.Tests.Shared;

/// <summary>
/// Makes up the teaching files of <c>data/examples/intercoder/</c>: a second and a third coder's coding of some of the
/// paper's studies, derived from the paper's coding with fixed seeds by the procedure that folder's README describes.
/// The files are illustrative, not data of the paper.
/// </summary>
internal static class IntercoderExample
{
    public const int SampleSeed = 2023;
    public const int StudiesPerCoder = 20;

    /// <summary>Coder B: a trained second coder. Coder C: a newer coder who also mixes up neighbouring codes.</summary>
    public static readonly IReadOnlyList<SimulatedCoder> Coders =
    [
        new("coder-b", Seed: 2024, FirstStudy: 0, Omit: 0.08, Add: 0.03, Substitute: 0),
        new("coder-c", Seed: 2025, FirstStudy: 2, Omit: 0.15, Add: 0.05, Substitute: 0.5),
    ];

    public static string Folder => Path.Combine(Repository.Root, "data", "examples", "intercoder");

    /// <summary>The file of each simulated coder, as text, keyed by file name.</summary>
    public static IReadOnlyDictionary<string, string> Generate(ReviewDataset paper)
    {
        // Fisher–Yates, written out so that the procedure does not depend on a library's shuffle.
        var shuffled = paper.Studies.Select(study => study.Id).ToArray();
        var random = new Random(SampleSeed);
        for (var i = shuffled.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        return Coders.ToDictionary(coder => coder.Name + ".csv", coder => coder.Write(paper, shuffled.Skip(coder.FirstStudy).Take(StudiesPerCoder).ToHashSet()));
    }

    /// <summary>How one made-up coder departs from the paper's coding.</summary>
    /// <param name="Name">The file name without extension.</param>
    /// <param name="Seed">The seed of this coder's random decisions.</param>
    /// <param name="FirstStudy">Where in the shuffled studies this coder's 20 studies start.</param>
    /// <param name="Omit">Probability of leaving out a code the paper assigns.</param>
    /// <param name="Add">Probability of assigning a code the paper does not.</param>
    /// <param name="Substitute">Probability that a left-out code is replaced by a sibling code (same stakeholder and polarity) the paper did not assign.</param>
    public sealed record SimulatedCoder(string Name, int Seed, int FirstStudy, double Omit, double Add, double Substitute)
    {
        public string Write(ReviewDataset paper, IReadOnlySet<string> studies)
        {
            var random = new Random(Seed);
            var paperCodes = paper.Codings.Select(coding => (coding.StudyId, coding.CodeId)).ToHashSet();
            var text = new StringBuilder("study_id,code\n");
            foreach (var study in paper.Studies.Where(study => studies.Contains(study.Id)))
            {
                var assigned = new HashSet<string>(StringComparer.Ordinal);
                foreach (var code in paper.Codebook)
                {
                    var draw = random.NextDouble();
                    if (!paperCodes.Contains((study.Id, code.Id)))
                    {
                        if (draw < Add)
                        {
                            assigned.Add(code.Id);
                        }

                        continue;
                    }

                    if (draw >= Omit)
                    {
                        assigned.Add(code.Id);
                        continue;
                    }

                    var siblings = paper.Codebook
                        .Where(other => other.Stakeholder == code.Stakeholder && other.Polarity == code.Polarity && !paperCodes.Contains((study.Id, other.Id)))
                        .ToList();
                    if (Substitute > 0 && random.NextDouble() < Substitute && siblings.Count > 0)
                    {
                        assigned.Add(siblings[random.Next(siblings.Count)].Id);
                    }
                }

                var rows = paper.Codebook.Where(code => assigned.Contains(code.Id)).Select(code => $"{study.Id},{code.Id}\n").ToList();
                text.Append(rows.Count == 0 ? $"{study.Id},\n" : string.Concat(rows));
            }

            return text.ToString();
        }
    }
}
