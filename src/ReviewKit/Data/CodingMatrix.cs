using System.Numerics;
using System.Runtime.InteropServices;

namespace ReviewKit.Data;

/// <summary>
/// The codings of a dataset by position: study i of the studies list, code j of the codebook. Each study holds a bit
/// per code, so a (study, code) pair is stored once and counts, profiles and co-occurrences are bit operations; the
/// codings also keep their file order, so that <see cref="ReviewDataset.Codings"/> can list them as read.
/// </summary>
/// <remarks>A million studies with 14 million codings take about 125 MB here, against gigabytes as records.</remarks>
internal sealed class CodingMatrix
{
    private readonly ulong[] _codesOfStudy;
    private readonly List<int> _studyOfCoding;
    private readonly List<int> _codeOfCoding;
    private readonly Lazy<ulong[][]> _studiesOfCode;

    public CodingMatrix(int studies, int codes, int expectedCodings = 0)
    {
        StudyCount = studies;
        CodeCount = codes;
        Words = Math.Max(1, (codes + 63) / 64);
        _codesOfStudy = new ulong[(long)studies * Words];
        _studyOfCoding = new List<int>(expectedCodings);
        _codeOfCoding = new List<int>(expectedCodings);
        _studiesOfCode = new(BuildStudiesOfCode);
    }

    public int StudyCount { get; }

    public int CodeCount { get; }

    /// <summary>The 64-bit words of one study's row.</summary>
    public int Words { get; }

    /// <summary>How many (study, code) pairs were added.</summary>
    public int Count => _studyOfCoding.Count;

    /// <summary>Records that a study carries a code; false, and nothing recorded, when it was recorded already.</summary>
    public bool Add(int study, int code)
    {
        ref var word = ref _codesOfStudy[((long)study * Words) + (code >> 6)];
        var bit = 1UL << (code & 63);
        if ((word & bit) != 0)
        {
            return false;
        }

        word |= bit;
        _studyOfCoding.Add(study);
        _codeOfCoding.Add(code);
        return true;
    }

    public bool Has(int study, int code) => (_codesOfStudy[((long)study * Words) + (code >> 6)] & (1UL << (code & 63))) != 0;

    /// <summary>The study and the code of the <paramref name="index"/>-th coding in file order.</summary>
    public (int Study, int Code) CodingAt(int index) => (_studyOfCoding[index], _codeOfCoding[index]);

    /// <summary>One study's row: a bit per code.</summary>
    public ReadOnlySpan<ulong> Row(int study) => _codesOfStudy.AsSpan((int)((long)study * Words), Words);

    /// <summary>The codes a study carries, in codebook order.</summary>
    public IEnumerable<int> CodesOf(int study)
    {
        for (var w = 0; w < Words; w++)
        {
            var word = _codesOfStudy[((long)study * Words) + w];
            while (word != 0)
            {
                yield return (w * 64) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }

    /// <summary>For each code, how many studies carry it.</summary>
    public int[] StudiesPerCode()
    {
        var counts = new int[CodeCount];
        foreach (var code in CollectionsMarshal.AsSpan(_codeOfCoding))
        {
            counts[code]++;
        }

        return counts;
    }

    /// <summary>A mask with the bits of the given codes set, one word per word of a row.</summary>
    public ulong[] Mask(IEnumerable<int> codes)
    {
        var mask = new ulong[Words];
        foreach (var code in codes)
        {
            mask[code >> 6] |= 1UL << (code & 63);
        }

        return mask;
    }

    /// <summary>Whether a study carries at least one code of <paramref name="mask"/>.</summary>
    public bool CarriesAny(int study, ReadOnlySpan<ulong> mask)
    {
        if (Words == 1)
        {
            return (_codesOfStudy[study] & mask[0]) != 0;
        }

        var row = Row(study);
        for (var w = 0; w < row.Length; w++)
        {
            if ((row[w] & mask[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many codes of <paramref name="mask"/> a study carries.</summary>
    public int CountIn(int study, ReadOnlySpan<ulong> mask)
    {
        var row = Row(study);
        var count = 0;
        for (var w = 0; w < row.Length; w++)
        {
            count += BitOperations.PopCount(row[w] & mask[w]);
        }

        return count;
    }

    /// <summary>How many studies carry both codes: a popcount of their study columns.</summary>
    public int StudiesWithBoth(int first, int second)
    {
        var columns = _studiesOfCode.Value;
        var a = columns[first];
        var b = columns[second];
        var both = 0;
        for (var i = 0; i < a.Length; i++)
        {
            both += BitOperations.PopCount(a[i] & b[i]);
        }

        return both;
    }

    private ulong[][] BuildStudiesOfCode()
    {
        var wordsPerColumn = (StudyCount + 63) / 64;
        var columns = new ulong[CodeCount][];
        for (var code = 0; code < CodeCount; code++)
        {
            columns[code] = new ulong[wordsPerColumn];
        }

        var studies = CollectionsMarshal.AsSpan(_studyOfCoding);
        var codes = CollectionsMarshal.AsSpan(_codeOfCoding);
        for (var i = 0; i < studies.Length; i++)
        {
            var study = studies[i];
            columns[codes[i]][study >> 6] |= 1UL << (study & 63);
        }

        return columns;
    }
}
