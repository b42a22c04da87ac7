using ReviewKit.Data;

namespace ReviewKit.Interchange;

/// <summary>
/// Where the readers of exports put what they find wrong: problems that refuse a file, and records that cannot be imported
/// as they are (no author, no year, not a year), which are problems too unless the user asked to skip them.
/// </summary>
internal sealed class RecordLog(ProblemLog problems, bool skipIncomplete)
{
    /// <summary>The problems that refuse the import.</summary>
    public ProblemLog Problems { get; } = problems;

    /// <summary>The records left out, one <c>FILE:LINE: skipped: why</c> each, when the user asked to skip incomplete records.</summary>
    public List<DataProblem> Skipped { get; } = [];

    /// <summary>How many incomplete records were reported as problems: the user could have skipped them.</summary>
    public int IncompleteRecords { get; private set; }

    /// <summary>The latest year an import accepts: next year, since journals date issues ahead.</summary>
    public static int LatestYear => DateTime.UtcNow.Year + 1;

    /// <summary>The years an import accepts, as messages say them.</summary>
    public static string YearRange => $"from {ReviewDataset.MinYear} to {LatestYear} (next year)";

    /// <summary>
    /// A record that cannot be imported as it is. Skipped when the user asked for it; otherwise each fault is a problem.
    /// A record that is also malformed (<paramref name="skippable"/> false) is never skipped: the file itself is wrong.
    /// </summary>
    public void Incomplete(string file, int recordLine, IReadOnlyList<RecordFault> faults, bool skippable = true)
    {
        if (faults.Count == 0)
        {
            return;
        }

        if (skipIncomplete && skippable)
        {
            Skipped.Add(new DataProblem(file, recordLine, "skipped: " + string.Join("; ", faults.Select(fault => fault.Why))));
            return;
        }

        foreach (var fault in faults)
        {
            Problems.Add(file, fault.Line, fault.Message);
        }

        if (skippable)
        {
            IncompleteRecords++;
        }
    }
}

/// <summary>Why a record cannot be imported: the problem as a refusal says it, at its line, and in a few words for the list of skipped records.</summary>
internal sealed record RecordFault(int Line, string Message, string Why);
