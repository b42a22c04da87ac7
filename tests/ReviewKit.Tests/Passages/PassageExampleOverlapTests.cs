using System.Text.RegularExpressions;
using ReviewKit.Data;
using ReviewKit.Passages;

namespace ReviewKit.Tests;

/// <summary>
/// A passage of the coding lesson must be coded by reading it against the codebook's rules, not found by matching its
/// words with the codebook's examples. So no coded passage may echo the example of a code the key gives it.
/// </summary>
public sealed partial class PassageExampleOverlapTests
{
    /// <summary>
    /// A passage whose content words overlap this much with its own code's example reads as a paraphrase of it. The
    /// passages as written stay far below: their highest overlap with an example of one of their own codes is 0.077
    /// (P31 against GO5's). The earlier passages, which paraphrased the examples, reached 0.538 (P13 against UC1's).
    /// </summary>
    private const double MaxOverlapWithOwnExample = 0.25;

    /// <summary>Words too common to say what a text is about.</summary>
    private static readonly HashSet<string> StopWords =
    [
        .. """
        a an the and or but if of to in on at by for from with without as is are was were be been being it its this that
        these those there their them they he she his her we our you your i me my not no nor so than then too very can
        could would should will shall may might must do does did done have has had having which who whom whose what when
        where why how all any each every few more most other some such only own same one ones into onto over under about
        after before between through during up down out off again further once here both either neither also just new
        many much said say says
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
    ];

    // The earlier passages failed both ways: for 19 of the 31 coded passages the closest example was that of a keyed
    // code, and for nine of them (P12, P13, P14, P19, P21, P29, P31, P35, P38) it overlapped 0.26 to 0.54.
    [Fact]
    public void Paper_CodedPassages_DoNotEchoTheExampleOfTheirOwnCodes()
    {
        var examples = ReviewDataset.Paper.Codebook
            .Where(code => code.Rules?.Example is not null)
            .Select(code => (code.Id, Words: ContentWords(code.Rules!.Example!)))
            .ToList();
        Assert.Equal(ReviewDataset.Paper.Codebook.Count, examples.Count);
        var coded = CodingLesson.Paper.Key.Passages.Where(passage => passage.CodeIds.Count > 0).ToList();

        var best = coded
            .Select(passage =>
            {
                var words = ContentWords(CodingLesson.Paper.GetPassage(passage.PassageId).Text);
                var (codeId, overlap) = examples
                    .Select(example => (example.Id, Overlap: Jaccard(words, example.Words)))
                    .MaxBy(match => match.Overlap);
                return (passage.PassageId, codeId, overlap, Keyed: passage.CodeIds.Contains(codeId));
            })
            .ToList();

        var echoes = best.Where(match => match.Keyed && match.overlap > MaxOverlapWithOwnExample)
            .Select(match => $"{match.PassageId} echoes {match.codeId}'s example ({match.overlap:0.00})");
        Assert.Empty(echoes);
        var keyedBest = best.Where(match => match.Keyed).Select(match => $"{match.PassageId}→{match.codeId}").ToList();
        Assert.True(
            keyedBest.Count * 3 <= coded.Count,
            $"{keyedBest.Count} of {coded.Count} coded passages match the example of a keyed code best: {string.Join(", ", keyedBest)}");
    }

    // By hand: "Short courses retrain workers whose jobs changed with automation." gives {short, course, retrain,
    // worker, job, changed, automation} ("whose", "with" are stop words); "The workers' jobs changed, and a short course
    // retrained them." gives {worker, job, changed, short, course, retrained}. Shared 5, together 8: 5/8 = 0.625.
    // Only the plural -s is taken off, so "retrained" is not "retrain".
    [Fact]
    public void Jaccard_TwoSentencesByHand_IsSharedOverAllContentWords()
    {
        var first = ContentWords("Short courses retrain workers whose jobs changed with automation.");
        var second = ContentWords("The workers' jobs changed, and a short course retrained them.");

        Assert.Equal(["automation", "changed", "course", "job", "retrain", "short", "worker"], first.Order(StringComparer.Ordinal));
        Assert.Equal(0.625, Jaccard(first, second), 10);
    }

    /// <summary>Lower-cased words of three letters or more, stop words left out, a plural ending taken off.</summary>
    private static HashSet<string> ContentWords(string text) =>
        Word().Matches(text.ToLowerInvariant())
            .Select(match => match.Value)
            .Where(word => word.Length > 2 && !StopWords.Contains(word))
            .Select(Singular)
            .ToHashSet(StringComparer.Ordinal);

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length >= 6 ? word[..^3] + "y"
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length >= 4 ? word[..^1]
        : word;

    private static double Jaccard(HashSet<string> first, HashSet<string> second) =>
        first.Count + second.Count == 0 ? 0 : (double)first.Intersect(second).Count() / first.Union(second).Count();

    [GeneratedRegex("[a-z]+(?:-[a-z]+)*")]
    private static partial Regex Word();
}
