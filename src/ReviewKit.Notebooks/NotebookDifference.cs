namespace ReviewKit.Notebooks;

/// <summary>One way in which a committed notebook differs from a fresh run of it.</summary>
/// <param name="CellIndex">Zero-based index of the cell, or <see langword="null"/> for the notebook as a whole.</param>
/// <param name="Description">What differs, with a short excerpt of both sides.</param>
public sealed record NotebookDifference(int? CellIndex, string Description)
{
    /// <summary>The difference as one line, cells numbered from 1 as an editor shows them: <c>cell 4: output 1 (execute_result, text/html) differs …</c>.</summary>
    /// <returns>The description prefixed with the cell.</returns>
    public override string ToString() =>
        CellIndex is { } index ? $"cell {index + 1}: {Description}" : Description;
}
