namespace ReviewKit.Findings;

/// <summary>
/// Checks a notebook's sentences against the data the notebook ran on. Each notebook declares its sentences once, as
/// <see cref="Finding{TData}"/>s (see <see cref="Notebook03Findings"/>), and checks them all in one cell with
/// <see cref="CheckAll{TData}"/>: on data that bear them out it prints one line, and on data that overturn any it flags
/// each of those with the value the data now give, so a reader who runs a notebook on other data sees at once which
/// sentences no longer hold.
/// </summary>
/// <example>
/// <code>Finding.CheckAll(Notebook03Findings.All, inputs);</code>
/// prints <c>✔ All 12 statements checked here hold on this data.</c>, or on data where one fails
/// <c>⚠ No longer holds on this data: UC1 is the most frequent code. Now: LO1 58 of 65</c>.
/// </example>
public static class Finding
{
    /// <summary>The start of the line that flags a statement the data no longer bear out.</summary>
    public const string NoLongerHolds = "⚠ No longer holds on this data:";

    /// <summary>The start of the line that confirms a statement.</summary>
    public const string Holds = "✔";

    /// <summary>
    /// Evaluates every finding on the data and prints one line saying that all hold, or a line per finding that does
    /// not, flagged with <see cref="NoLongerHolds"/> and the value the data now give.
    /// </summary>
    /// <returns>Whether every finding holds.</returns>
    public static bool CheckAll<TData>(IReadOnlyList<Finding<TData>> findings, TData data)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var overturned = findings
            .Select(finding => (finding, result: finding.Evaluate(data)))
            .Where(pair => !pair.result.Holds)
            .ToList();
        if (overturned.Count == 0)
        {
            Console.Out.WriteLine($"{Holds} All {findings.Count} statements checked here hold on this data.");
            return true;
        }

        Console.Out.WriteLine($"{overturned.Count} of the {findings.Count} statements checked here no longer hold on this data:");
        foreach (var (finding, result) in overturned)
        {
            Console.Out.WriteLine(Line(finding.Statement, holds: false, result.Value));
        }

        return false;
    }

    /// <summary>Prints one line: a statement confirmed with its value, or flagged with the value the data now give.</summary>
    /// <param name="statement">The sentence as the prose states it.</param>
    /// <param name="holds">Whether the data bear it out.</param>
    /// <param name="value">What the data give, in words and numbers.</param>
    /// <returns>Whether the statement holds.</returns>
    public static bool Check(string statement, bool holds, string value)
    {
        Console.Out.WriteLine(Line(statement, holds, value));
        return holds;
    }

    /// <summary>The line <see cref="Check"/> prints.</summary>
    public static string Line(string statement, bool holds, string value) =>
        holds ? $"{Holds} {statement} ({value})" : $"{NoLongerHolds} {statement}. Now: {value}";
}
