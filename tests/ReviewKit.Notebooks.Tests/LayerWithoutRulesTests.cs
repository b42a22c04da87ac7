using ReviewKit.Tests.Shared;

namespace ReviewKit.Notebooks.Tests;

/// <summary>
/// Every notebook runs on the paper's data plus a layer of the smallest form the README allows: a codebook with only
/// <c>code,stakeholder,polarity,label</c>, so its code has no coding rules, and a label that holds markup and starts like
/// a spreadsheet formula. No cell fails, and the label never becomes live markup in a table or a figure.
/// </summary>
public sealed class LayerWithoutRulesTests(LayerWithoutRulesTests.Layer layer) : IClassFixture<LayerWithoutRulesTests.Layer>
{
    private const string Label = "=<b>Badges</b> & <script>x</script>";

    /// <summary>Relative paths of the repository's notebooks, sorted.</summary>
    public static TheoryData<string> Notebooks() => new(RepositoryNotebooks.Paths);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task RunAsync_LayerAddingACodeWithoutRules_NoFailedCellAndTheLabelStaysText(string notebook)
    {
        var options = new NotebookRunOptions
        {
            ContinueAfterFailure = true,
            Parameters = new Dictionary<string, object> { ["dataDirectories"] = new[] { Path.Combine(Repository.Root, "data"), layer.Path } },
        };

        var run = await NotebookRunner.RunAsync(Path.Combine(Repository.Root, notebook), options);

        var failed = run.Cells.Where(cell => cell.Failed).Select(cell => $"cell {cell.Index} (counted from 0) failed:\n{cell.Error}").ToList();
        Assert.True(failed.Count == 0, $"{notebook} on a layer whose codebook has no rule columns:\n{string.Join("\n\n", failed)}");
        var outputs = run.Cells.SelectMany(cell => cell.Outputs).ToList();
        Assert.DoesNotContain(outputs, output => output.Kind is CellOutputKind.Error or CellOutputKind.StandardError);
        var rendered = outputs.SelectMany(output => output.Values).Where(value => value.MimeType != "text/plain").ToList();
        Assert.All(rendered, value =>
        {
            Assert.DoesNotContain("<b>Badges", value.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script>x", value.Text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task RunAsync_LayerAddingACodeWithoutRules_TheCodingTableShowsTheNewCodeAndItsLabelEscaped()
    {
        var options = new NotebookRunOptions
        {
            Parameters = new Dictionary<string, object> { ["dataDirectories"] = new[] { Path.Combine(Repository.Root, "data"), layer.Path } },
        };

        var run = await NotebookRunner.RunAsync(Path.Combine(Repository.Root, "notebooks", "01-the-coding-table.ipynb"), options);

        var html = run.Cells.SelectMany(cell => cell.Outputs).Select(output => output.GetText("text/html") ?? "");
        Assert.Contains(html, text => text.Contains("<td>LO7</td>", StringComparison.Ordinal)
            && text.Contains("=&lt;b&gt;Badges&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;", StringComparison.Ordinal));
    }

    /// <summary>The layer, written once to a temporary folder: one made-up study of 2023 coded with the new code LO7 and with UC1.</summary>
    public sealed class Layer : IDisposable
    {
        public Layer()
        {
            Path = Directory.CreateTempSubdirectory("reviewkit-no-rules-").FullName;
            File.WriteAllText(System.IO.Path.Combine(Path, "codebook.csv"), $"code,stakeholder,polarity,label\nLO7,Learners,Opportunity,\"{Label}\"\n");
            File.WriteAllText(System.IO.Path.Combine(Path, "studies.csv"), "study_id,authors,year\nJX01,Made-up author,2023\n");
            File.WriteAllText(System.IO.Path.Combine(Path, "codings.csv"), "study_id,code\nJX01,LO7\nJX01,UC1\n");
        }

        /// <summary>The layer's folder.</summary>
        public string Path { get; }

        /// <summary>Deletes the folder.</summary>
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
