namespace ReviewKit.Data;

/// <summary>One data row of a <see cref="CsvTable"/>, a view of the table's fields.</summary>
internal readonly struct CsvRow(CsvTable table, int index)
{
    public int Line => table.LineOf(index);

    /// <summary>The trimmed field of a column the header must have.</summary>
    public string this[string column] => (table.Field(index, column) ?? throw new ArgumentException($"The header has no column {column}.", nameof(column))).Trim();

    /// <summary>The trimmed field of an optional column; null when the column is absent or the field is blank.</summary>
    public string? Optional(string column) => table.Field(index, column)?.Trim() is { Length: > 0 } value ? value : null;
}
