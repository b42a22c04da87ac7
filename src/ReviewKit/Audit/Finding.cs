namespace ReviewKit.Audit;

/// <summary>
/// A sentence of a notebook checked against the data the notebook ran on. Every number or comparison the prose
/// states ("more than", "the most", "matches") has one <see cref="Check"/> beside it, so a reader who runs the
/// notebook on other data sees at once which sentences still hold.
/// </summary>
/// <example>
/// <code>Finding.Check("UC1 is the most frequent code", top.Code.Id == "UC1", $"{top.Code.Id}: {top.N} of {studies}");</code>
/// prints <c>✔ UC1 is the most frequent code (UC1: 55 of 60)</c>, or on data where it fails
/// <c>⚠ No longer holds on this data: UC1 is the most frequent code. Now: LO1: 58 of 65</c>.
/// </example>
public static class Finding
{
    /// <summary>The start of the line that flags a statement the data no longer bear out.</summary>
    public const string NoLongerHolds = "⚠ No longer holds on this data:";

    /// <summary>The start of the line that confirms a statement.</summary>
    public const string Holds = "✔";

    /// <summary>Prints one line: the statement confirmed with its value, or flagged with the value the data now give.</summary>
    /// <param name="statement">The sentence as the prose states it.</param>
    /// <param name="holds">Whether the data bear it out, computed in the same cell.</param>
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
