using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// The committed apps in <c>notebooks/apps/</c> are those <c>export-apps</c> writes from the notebooks as they are now,
/// and each runs with no kernel and prints the numbers its notebook shows.
/// </summary>
public sealed partial class RepositoryAppsTests(NotebookAppRuns runs) : IClassFixture<NotebookAppRuns>
{
    private static readonly string[] CodeColumns = ["code", "n"];

    public static TheoryData<string> Notebooks() => new(RepositoryNotebooks.Paths);

    [Fact]
    public void CommittedApps_RegeneratedFromTheNotebooks_AreTheSameByteForByte()
    {
        var notebooksFolder = Path.Combine(Repository.Root, "notebooks");
        var outOfDate = NotebookApps.GenerateAll(notebooksFolder, NotebookAppRuns.AppFolder)
            .Where(app => !File.Exists(app.AppPath) || File.ReadAllText(app.AppPath) != app.Text)
            .Select(app => Path.GetRelativePath(Repository.Root, app.AppPath))
            .Concat(NotebookApps.StaleApps(notebooksFolder, NotebookAppRuns.AppFolder).Select(app => Path.GetRelativePath(Repository.Root, app) + " (its notebook is gone)"))
            .ToList();

        Assert.True(
            outOfDate.Count == 0,
            $"These apps are out of date with their notebooks: {string.Join(", ", outOfDate)}. Regenerate every app from the repository root with `{AppTranslator.RegenerateCommand}` and commit notebooks/apps/.");
    }

    [Fact]
    public void CodingAndCountingApp_Run_PrintsEachOfThe36CodesOnALineWithItsCount()
    {
        const string notebook = "notebooks/03-coding-and-counting.ipynb";
        var run = Succeeded(notebook);

        // Counted here from data/codings.csv, apart from the library: the studies carrying each code.
        var counted = File.ReadLines(Path.Combine(Repository.Root, "data", "codings.csv")).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Distinct(new ArrayComparer())
            .CountBy(fields => fields[1])
            .ToDictionary(pair => pair.Key, pair => pair.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var printed = TextTables(run.Output).Where(table => CodeColumns.All(table.Columns.Contains))
            .SelectMany(table => table.Rows)
            .GroupBy(row => row["code"], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => string.Join(" or ", group.Select(row => row["n"]).Distinct()), StringComparer.Ordinal);

        Assert.Equal(36, counted.Count);
        Assert.Equal(counted.OrderBy(pair => pair.Key, StringComparer.Ordinal), printed.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.All(NotebookCodeCounts(notebook), shown => Assert.Equal(shown.Value, printed[shown.Key]));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void App_RunWithoutAKernel_PrintsEveryNumberItsNotebookShows(string notebook)
    {
        var run = Succeeded(notebook);

        var shown = NotebookNumbers(notebook);
        var printed = Numbers(run.Output).ToHashSet(StringComparer.Ordinal);
        var missing = shown.Where(number => !printed.Contains(number)).ToList();

        Assert.True(shown.Count > 0, $"{notebook} shows no number; the comparison would prove nothing.");
        Assert.True(missing.Count == 0, $"The app of {notebook} does not print {string.Join(", ", missing)}, which the notebook shows. It printed:\n{run.Output}");
    }

    private ExternalProcess Succeeded(string notebook)
    {
        var run = runs.Of(notebook);
        Assert.True(run.ExitCode == 0, $"`dotnet run notebooks/apps/{Path.GetFileNameWithoutExtension(notebook)}.cs` exited with {run.ExitCode} after {run.Elapsed.TotalSeconds:0} s:\n{run.Output}");
        return run;
    }

    /// <summary>The numbers of the committed outputs of the cells that the app runs (not the exercises, not the setup).</summary>
    private static List<string> NotebookNumbers(string notebook)
    {
        var path = Path.Combine(Repository.Root, notebook);
        var json = File.ReadAllText(path);
        var cells = JsonNode.Parse(json)!["cells"]!.AsArray();
        var appCells = AppTranslator.Translate(path, json, NotebookAppRuns.AppFolder).Cells
            .Where(cell => cell.Treatment == AppCellTreatment.Code)
            .Select(cell => cell.Index);
        return appCells
            .SelectMany(index => cells[index]!["outputs"]?.AsArray() ?? [])
            .Select(OutputText)
            .SelectMany(Numbers)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What an output shows as text: its plain text, else its HTML without markup, style, and the index column of a kernel's list.</summary>
    private static string OutputText(JsonNode? output)
    {
        if (output?["text"] is { } stream)
        {
            return RepositoryNotebooks.Text(stream);
        }

        var data = output?["data"];
        if (data?["text/html"] is { } htmlNode)
        {
            var html = StyleOrScript().Replace(RepositoryNotebooks.Text(htmlNode), "");
            if (html.Contains("<th><i>index</i></th>", StringComparison.Ordinal))
            {
                html = IndexCell().Replace(html, "<tr>");
            }

            return WebUtility.HtmlDecode(Tag().Replace(WithoutTreeDetails(html), " "));
        }

        return RepositoryNotebooks.Text(data?["text/plain"] ?? data?["text/markdown"]);
    }

    /// <summary>
    /// A kernel's tree view shows a value's <c>ToString()</c> in its summary, as the app prints it, and then every
    /// property in full (a record's unrounded doubles): keep the summaries only.
    /// </summary>
    private static string WithoutTreeDetails(string html)
    {
        var kept = new System.Text.StringBuilder();
        var hidden = new Stack<bool>();
        for (var i = 0; i < html.Length;)
        {
            if (html.AsSpan(i).StartsWith("<details"))
            {
                hidden.Push(false);
            }
            else if (html.AsSpan(i).StartsWith("</summary>") && hidden.Count > 0)
            {
                hidden.Pop();
                hidden.Push(true);
            }
            else if (html.AsSpan(i).StartsWith("</details>") && hidden.Count > 0)
            {
                hidden.Pop();
                i += "</details>".Length;
                continue;
            }

            if (!hidden.Contains(true))
            {
                kept.Append(html[i]);
            }

            i++;
        }

        return kept.ToString();
    }

    /// <summary>The n of each code in the notebook's HTML tables that have <c>code</c> and <c>n</c> columns.</summary>
    private static Dictionary<string, string> NotebookCodeCounts(string notebook)
    {
        var counts = new Dictionary<string, string>(StringComparer.Ordinal);
        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, notebook)))!["cells"]!.AsArray();
        foreach (var html in cells.SelectMany(cell => cell!["outputs"]?.AsArray() ?? []).Select(output => RepositoryNotebooks.Text(output?["data"]?["text/html"])))
        {
            var header = HeaderCell().Matches(html).Select(match => match.Groups[1].Value).ToList();
            if (!CodeColumns.All(header.Contains))
            {
                continue;
            }

            foreach (Match row in Row().Matches(html))
            {
                var values = DataCell().Matches(row.Value).Select(match => WebUtility.HtmlDecode(match.Groups[1].Value)).ToList();
                counts[values[header.IndexOf("code")]] = values[header.IndexOf("n")];
            }
        }

        return counts;
    }

    /// <summary>The tables of an app's output: a header line, a line of dashes under each column, rows up to a blank line.</summary>
    private static List<TextTable> TextTables(string output)
    {
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var tables = new List<TextTable>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (!Rule().IsMatch(lines[i]))
            {
                continue;
            }

            var columns = Regex.Matches(lines[i], "-+").Select(match => (Start: match.Index, match.Length)).ToList();
            string Cell(string line, int column) =>
                columns[column].Start >= line.Length ? ""
                : (column + 1 < columns.Count ? line[columns[column].Start..Math.Min(line.Length, columns[column + 1].Start)] : line[columns[column].Start..]).Trim();
            var names = columns.Select((_, column) => Cell(lines[i - 1], column)).ToList();
            var rows = lines.Skip(i + 1).TakeWhile(line => line.Length > 0)
                .Select(line => names.Select((name, column) => (name, value: Cell(line, column))).ToDictionary(pair => pair.name, pair => pair.value, StringComparer.Ordinal))
                .ToList();
            tables.Add(new TextTable(names, rows));
        }

        return tables;
    }

    private static IEnumerable<string> Numbers(string text) => Number().Matches(text).Select(match => match.Value);

    private sealed class ArrayComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal);

        public int GetHashCode(string[] obj) => string.Join(",", obj).GetHashCode(StringComparison.Ordinal);
    }

    private sealed record TextTable(IReadOnlyList<string> Columns, IReadOnlyList<Dictionary<string, string>> Rows);

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"<(style|script)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex StyleOrScript();

    [GeneratedRegex(@"<tr><td>\d+</td>")]
    private static partial Regex IndexCell();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("<th>(.*?)</th>")]
    private static partial Regex HeaderCell();

    [GeneratedRegex("<tr>(?:<td>.*?</td>)+</tr>")]
    private static partial Regex Row();

    [GeneratedRegex("<td>(.*?)</td>")]
    private static partial Regex DataCell();

    [GeneratedRegex(@"^-+(  +-+)*$")]
    private static partial Regex Rule();
}
