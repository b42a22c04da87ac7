using System.Globalization;

namespace ReviewKit.Data;

/// <summary>
/// Collects the problems of a load. It keeps the first <see cref="ListedPerFile"/> problems of each file and counts the
/// rest, so that a file of a million bad rows costs a few kilobytes of messages, not gigabytes.
/// </summary>
internal sealed class ProblemLog
{
    /// <summary>How many problems of one file are listed; the rest are counted in one closing line.</summary>
    public const int ListedPerFile = 100;

    private readonly List<DataProblem> _listed = [];
    private readonly Dictionary<string, int> _countByFile = new(StringComparer.Ordinal);

    /// <summary>Every problem added, listed or not.</summary>
    public int Count { get; private set; }

    public void Add(DataProblem problem)
    {
        Count++;
        var count = _countByFile.GetValueOrDefault(problem.File) + 1;
        _countByFile[problem.File] = count;
        if (count <= ListedPerFile)
        {
            _listed.Add(problem);
        }
    }

    public void Add(string file, int line, string message) => Add(new DataProblem(file, line, message));

    public void AddRange(IEnumerable<DataProblem> problems)
    {
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    /// <summary>
    /// The listed problems in layer order (files not in <paramref name="layerOf"/> last), then by file name and line;
    /// a file with more than <see cref="ListedPerFile"/> problems ends with a line that counts the others.
    /// </summary>
    public IReadOnlyList<DataProblem> Sorted(IReadOnlyDictionary<string, int>? layerOf = null)
    {
        var sorted = new List<DataProblem>();
        foreach (var file in _listed.GroupBy(problem => problem.File, StringComparer.Ordinal)
            .OrderBy(group => layerOf?.GetValueOrDefault(group.Key, int.MaxValue) ?? int.MaxValue)
            .ThenBy(group => group.Key, StringComparer.Ordinal))
        {
            sorted.AddRange(file.OrderBy(problem => problem.Line));
            var unlisted = _countByFile[file.Key] - ListedPerFile;
            if (unlisted > 0)
            {
                sorted.Add(new DataProblem(file.Key, 0,
                    $"… and {unlisted.ToString("N0", CultureInfo.InvariantCulture)} more problem{(unlisted == 1 ? "" : "s")} in this file (only the first {ListedPerFile} are listed)"));
            }
        }

        return sorted;
    }
}
