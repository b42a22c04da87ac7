using System.Collections.ObjectModel;

namespace ReviewKit.Reliability;

/// <summary>
/// Reliability data: the value each coder gave each unit, one row per unit and one column per coder (Krippendorff's
/// reliability data matrix, turned so that units are rows). Values are nominal categories written as whole numbers,
/// e.g. 1 = the code is present, 0 = absent; <c>null</c> marks a unit the coder did not code.
/// </summary>
/// <example>
/// <code>
/// var data = new ReliabilityData([[1, 1], [1, 0], [0, 0], [0, null]]);
/// // data.Units ⇒ 4, data.Coders ⇒ 2, data.CompleteUnits ⇒ 3
/// </code>
/// </example>
public sealed class ReliabilityData
{
    private readonly int?[][] rows;

    /// <summary>Builds the data from one sequence of values per unit, every unit with one value (or null) per coder.</summary>
    /// <param name="units">The units, each with one entry per coder.</param>
    /// <param name="unitNames">Optional names of the units (e.g. study ids), as many as units.</param>
    /// <param name="coderNames">Optional names of the coders, as many as coders; by default A, B, C, …</param>
    /// <exception cref="ArgumentException">Fewer than two coders, units of different lengths, or names that do not match.</exception>
    public ReliabilityData(IEnumerable<IEnumerable<int?>> units, IReadOnlyList<string>? unitNames = null, IReadOnlyList<string>? coderNames = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        rows = units.Select(unit => unit.ToArray()).ToArray();
        Coders = coderNames?.Count ?? (rows.Length > 0 ? rows[0].Length : 2);
        if (Coders < 2)
        {
            throw new ArgumentException("Reliability needs at least two coders.", nameof(units));
        }

        if (rows.Any(row => row.Length != Coders))
        {
            throw new ArgumentException($"Every unit needs one value per coder ({Coders}); use null where a coder did not code the unit.", nameof(units));
        }

        if (unitNames is not null && unitNames.Count != rows.Length)
        {
            throw new ArgumentException($"{unitNames.Count} unit names for {rows.Length} units.", nameof(unitNames));
        }

        UnitNames = unitNames?.ToList() ?? Enumerable.Range(1, rows.Length).Select(i => $"{i}").ToList();
        CoderNames = coderNames?.ToList() ?? Enumerable.Range(0, Coders).Select(DefaultCoderName).ToList();
    }

    /// <summary>How many units there are.</summary>
    public int Units => rows.Length;

    /// <summary>How many coders there are.</summary>
    public int Coders { get; }

    /// <summary>The units' names, 1, 2, 3, … unless given.</summary>
    public IReadOnlyList<string> UnitNames { get; }

    /// <summary>The coders' names, A, B, C, … unless given.</summary>
    public IReadOnlyList<string> CoderNames { get; }

    /// <summary>How many units every coder coded: the units percent agreement and the kappas use.</summary>
    public int CompleteUnits => rows.Count(row => row.All(value => value.HasValue));

    /// <summary>How many units at least two coders coded: the units Krippendorff's alpha uses.</summary>
    public int PairableUnits => rows.Count(row => row.Count(value => value.HasValue) >= 2);

    /// <summary>The value coder <paramref name="coder"/> gave unit <paramref name="unit"/>, or null when the coder did not code it.</summary>
    public int? this[int unit, int coder] => rows[unit][coder];

    /// <summary>The values of one unit, one per coder.</summary>
    public IReadOnlyList<int?> Unit(int unit) => new ReadOnlyCollection<int?>(rows[unit]);

    /// <summary>
    /// Builds the data from Fleiss' layout: one row per unit, one column per category (0, 1, 2, …), each cell the number
    /// of coders who put the unit in that category. Fleiss' kappa needs only these counts, not who coded what, so the
    /// coders are numbered in the order of the categories; a unit with fewer ratings than the most rated one gets nulls.
    /// </summary>
    /// <example><c>FromCounts([[0, 3], [2, 1]])</c> ⇒ unit 1: 1, 1, 1; unit 2: 0, 0, 1.</example>
    public static ReliabilityData FromCounts(IEnumerable<IReadOnlyList<int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var table = counts.ToList();
        if (table.SelectMany(row => row).Any(count => count < 0))
        {
            throw new ArgumentException("Counts cannot be negative.", nameof(counts));
        }

        var coders = table.Count == 0 ? 2 : table.Max(row => row.Sum());
        return new ReliabilityData(table.Select(row =>
            row.SelectMany((count, category) => Enumerable.Repeat<int?>(category, count))
               .Concat(Enumerable.Repeat<int?>(null, coders - row.Sum()))));
    }

    /// <summary>
    /// Builds two coders' data from their cross-table (Cohen's layout): cell [i][j] counts the units the first coder
    /// put in category i and the second in category j. For presence/absence, category 0 is "absent" and 1 "present",
    /// so <c>[[bothAbsent, onlySecond], [onlyFirst, bothPresent]]</c>.
    /// </summary>
    /// <example><c>FromTable([[3, 1], [1, 5]])</c> ⇒ 10 units: 3 both 0, 1 (0, 1), 1 (1, 0), 5 both 1.</example>
    public static ReliabilityData FromTable(IReadOnlyList<IReadOnlyList<int>> table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Any(row => row.Count != table.Count) || table.SelectMany(row => row).Any(count => count < 0))
        {
            throw new ArgumentException("A cross-table is square, one row and one column per category, with counts of zero or more.", nameof(table));
        }

        return new ReliabilityData(table.SelectMany((row, first) =>
            row.SelectMany((count, second) => Enumerable.Repeat(new int?[] { first, second }, count))));
    }

    internal IEnumerable<int?[]> Rows => rows;

    private static string DefaultCoderName(int index) => index < 26 ? $"{(char)('A' + index)}" : $"coder {index + 1}";
}
