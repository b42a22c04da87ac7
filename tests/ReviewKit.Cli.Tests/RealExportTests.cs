using ReviewKit.Data;
using ReviewKit.Interchange;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests;

/// <summary>
/// <c>import-studies</c> on exports written by real tools, taken from other projects' test fixtures (origin and licence of
/// each in Fixtures/References/README.md). Every number and row asserted here was read by hand in the file.
/// </summary>
public sealed class RealExportTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "References");

    public static TheoryData<string, string[], string, string> Exports => new()
    {
        // file, options, the summary line, one row of the studies.csv written (the last of the file)
        {
            "scopus.ris", [], "1 new study (JA61) from 1 record.",
            "JA61,\"Labanski, A.; Langhorst, J.; Engler, H.; Elsenbruch, S.\",2020,Stress and the brain-gut axis in functional and chronic-inflammatory gastrointestinal diseases: "
            + "A transdisciplinary challenge,10.1016/j.psyneuen.2019.104501,Psychoneuroendocrinology"
        },
        {
            "web-of-science.ris", [], "3 new studies (JA61–JA63) from 3 records.",
            "JA63,\"Brimbal, L; Dianiska, RE; Swanner, JK; Meissner, CA\",2019,Enhancing Cooperation and Disclosure by Manipulating Affiliation and Developing Rapport in Investigative Interviews,"
            + "10.1037/law0000193,PSYCHOLOGY PUBLIC POLICY AND LAW"
        },
        {
            "embase.ris", [], "2 new studies (JA61–JA62) from 2 records.",
            "JA62,Eloubeidi M.A.; Cohn M.; Cerfolio R.J.; Chhieng D.C.; Jhala N.; Jhala D.; Eltoum I.A.,2004,Endoscopic ultrasound-guided fine-needle aspiration in the diagnosis of foregut "
            + "duplication cysts: The value of demonstrating detached ciliary tufts in cyst fluid,10.1002/cncr.20369,Cancer"
        },
        {
            "ovid-psycinfo.ris", [], "2 new studies (JA61–JA62) from 2 records.",
            "JA62,\"Trindade, Ines A; Ferreira, Claudia; Duarte, Cristiana; Pinto-Gouveia, Jose\",2019,Gender differences in inflammatory bowel disease: Explaining body image dissatisfaction.,"
            + "10.1177/1359105317742958,Journal of Health Psychology"
        },
        {
            "proquest.ris", [], "2 new studies (JA61–JA62) from 2 records.",
            "JA62,\"Liang, Yiming; Cheng, Jin; Zhou, Yueyue; Liu, Zhengkui\",2019,Trajectories of posttraumatic stress disorders among children after the Wenchuan earthquake: "
            + "a four-year longitudinal study,10.1080/20008198.2019.1586266,European Journal of Psychotraumatology"
        },
        {
            "endnote-pubmed.ris", [], "2 new studies (JA61–JA62) from 2 records.",
            "JA61,\"Abdel-Tawab, M.; Werz, O.; Schubert-Zsilavecz, M.\",2011,\"Boswellia serrata: an overall assessment of in vitro, preclinical, pharmacokinetic and clinical data\","
            + "10.2165/11586800-000000000-00000,Clin Pharmacokinet"
        },
        {
            "zotero.ris", [], "2 new studies (JA61–JA62) from 2 records.",
            "JA62,\"van de Schoot, Rens; Schalken, Naomi; Olff, Miranda\",2017,Systematic search of Bayesian statistics in the field of psychotraumatology,10.1080/20008198.2017.1375339,"
            + "European journal of psychotraumatology"
        },
        {
            "publisher-header.ris", [], "2 new studies (JA61–JA62) from 2 records.",
            "JA62,\"Marxus, Karlus; Lindgren, Astrid\",2006,The title of the reference,,Lorem"
        },
        {
            "utf8-bom-cyrillic.ris", [], "1 new study (JA61) from 1 record.",
            "JA61,\"Dobrokhotova, Yu E.; Yusupova, R. O.; Ozerova, R. I.; Fayzullin, L. Z.; Karnaukhov, V. N.\",2009,,,\"Gynecology, Obstetrics and Perinatology\""
        },
        {
            "endnote-pubmed-utf16le.ris", [], "2 new studies (JA61–JA62) from 2 records.",
            "JA61,\"Abdel-Tawab, M.; Werz, O.; Schubert-Zsilavecz, M.\",2011,\"Boswellia serrata: an overall assessment of in vitro, preclinical, pharmacokinetic and clinical data\","
            + "10.2165/11586800-000000000-00000,Clin Pharmacokinet"
        },
        {
            "zotero-utf16be.ris", [], "2 new studies (JA61–JA62) from 2 records.",
            "JA62,\"van de Schoot, Rens; Schalken, Naomi; Olff, Miranda\",2017,Systematic search of Bayesian statistics in the field of psychotraumatology,10.1080/20008198.2017.1375339,"
            + "European journal of psychotraumatology"
        },
        {
            "embase-windows-1252.ris", ["--encoding", "windows-1252"], "2 new studies (JA61–JA62) from 2 records.",
            "JA62,Eloubeidi M.A.; Cohn M.; Cerfolio R.J.; Chhieng D.C.; Jhala N.; Jhala D.; Eltoum I.A.,2004,Endoscopic ultrasound-guided fine-needle aspiration in the diagnosis of foregut "
            + "duplication cysts: The value of demonstrating detached ciliary tufts in cyst fluid,10.1002/cncr.20369,Cancer"
        },
        {
            "screening-export-incomplete.ris", ["--skip-incomplete"], "4 new studies (JA61–JA64) from 4 records; 15 incomplete records skipped (listed on stderr).",
            "JA64,\"Abraham, J. M.; Cai, S. T.; Anderson, D.; Drake, C.\",2021,Behavioral health care quality among marketplace insurers in 2019,10.1176/appi.ps.202000115,Psychiatric Services"
        },
        {
            "zotero-bbt-creators.json", ["--skip-incomplete"], "2 new studies (JA61–JA62) from 2 records; 5 incomplete records skipped (listed on stderr).",
            "JA62,\"Blair, John\",2004,Frithuswith (<i>d.</i> 727),10.1093/ref:odnb/10183,Oxford dictionary of national biography"
        },
    };

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => CliRun.Invoke(args);

    private static string Shown(Reference reference) => $"{reference.Line} {reference.AuthorsText} {reference.Year} {reference.Title} {reference.Doi} {reference.Source}";

    [Theory]
    [MemberData(nameof(Exports))]
    public void ImportStudies_ARealExport_EveryCompleteRecordAsAStudy(string file, string[] options, string summary, string row)
    {
        using var folder = new TestData.TempFolder();
        var layer = Path.Combine(folder.Path, "layer");

        var (exitCode, output, _) = Run(["import-studies", Path.Combine(Fixtures, file), "--out", layer, .. options]);

        Assert.Equal(0, exitCode);
        Assert.StartsWith($"Wrote {layer}: {summary}\n", output, StringComparison.Ordinal);
        var rows = File.ReadAllText(Path.Combine(layer, ReviewDataset.StudiesFile)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(row, rows);
    }

    [Theory]
    [InlineData("endnote-pubmed-utf16le.ris", "read as UTF-16LE (byte-order mark)")]
    [InlineData("zotero-utf16be.ris", "read as UTF-16BE (byte-order mark)")]
    public void ImportStudies_AUtf16Export_TheEncodingNamedOnStderr(string file, string note)
    {
        using var folder = new TestData.TempFolder();
        var path = Path.Combine(Fixtures, file);

        var (_, _, error) = Run("import-studies", path, "--out", Path.Combine(folder.Path, "layer"));

        Assert.Equal($"{path}: {note}\n", error);
    }

    [Fact]
    public void ImportStudies_AWindows1252ExportWithoutTheOption_RefusedNamingTheOption()
    {
        using var folder = new TestData.TempFolder();
        var path = Path.Combine(Fixtures, "embase-windows-1252.ris");
        var layer = Path.Combine(folder.Path, "layer");

        var (exitCode, output, error) = Run("import-studies", path, "--out", layer);

        // The first byte outside ASCII is the × (0xD7) of line 111's abstract, "measured 34 mm × 48 mm by EUS".
        Assert.Equal((65, ""), (exitCode, output));
        Assert.StartsWith($"{path}:111: the file is not valid UTF-8 (byte 0xD7 on this line) and has no byte-order mark; "
            + "if it comes from an older Windows tool (EndNote, Reference Manager), pass --encoding windows-1252", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(layer));
    }

    [Fact]
    public void ImportStudies_AWindows1252Export_TheRecordsOfItsUtf8OriginalAndTheEncodingNamed()
    {
        using var folder = new TestData.TempFolder();
        var path = Path.Combine(Fixtures, "embase-windows-1252.ris");

        var (exitCode, _, error) = Run("import-studies", path, "--out", Path.Combine(folder.Path, "layer"), "--encoding", "windows-1252");
        var utf8 = References.Load([Path.Combine(Fixtures, "embase.ris")]);
        var windows1252 = References.Load([path], skipIncomplete: false, windows1252: true).References;

        Assert.Equal((0, $"{path}: read as Windows-1252 (--encoding windows-1252)\n"), (exitCode, error));
        Assert.Equal(utf8.Select(Shown), windows1252.Select(Shown));
    }

    [Fact]
    public void ImportStudies_TheScreeningExportWithoutTheOption_RefusedAndTheLastLineNamesIt()
    {
        using var folder = new TestData.TempFolder();
        var path = Path.Combine(Fixtures, "screening-export-incomplete.ris");

        var (exitCode, output, error) = Run("import-studies", path, "--out", Path.Combine(folder.Path, "layer"));

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal((65, ""), (exitCode, output));
        Assert.Equal($"{path}:1: the record has no author; expected AU or A1 lines (or A2 or ED for an edited book)", lines[0]);
        Assert.Equal(17, lines.Length); // 15 records, the count, the hint
        Assert.Equal("reviewkit: 15 records have no author or no year; --skip-incomplete imports the complete records and lists the others.", lines[^1]);
    }

    [Fact]
    public void ImportStudies_TheScreeningExportSkippingIncomplete_EachSkippedRecordWithItsLine()
    {
        using var folder = new TestData.TempFolder();
        var path = Path.Combine(Fixtures, "screening-export-incomplete.ris");

        var (_, _, error) = Run("import-studies", path, "--out", Path.Combine(folder.Path, "layer"), "--skip-incomplete");

        // The TY lines of the 15 records without AU, A1, A2 or ED, counted by hand.
        int[] skipped = [1, 28, 55, 81, 168, 185, 212, 248, 273, 300, 324, 343, 398, 437, 462];
        Assert.Equal(skipped.Select(line => $"{path}:{line}: skipped: no author (no AU, A1, A2 or ED line)"), error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ImportStudies_BetterBibTexCslJsonSkippingIncomplete_TheEditorOnlyItemSkippedForItsYear()
    {
        using var folder = new TestData.TempFolder();
        var path = Path.Combine(Fixtures, "zotero-bbt-creators.json");

        var (_, _, error) = Run("import-studies", path, "--out", Path.Combine(folder.Path, "layer"), "--skip-incomplete");

        // Items 3, 5, 6 and 7 (lines 4, 6, 7, 8) have a director but no author or editor; "emptybook" (line 5) has an editor and no date.
        Assert.Equal(
            [
                $"{path}:4: skipped: no author (no \"author\" or \"editor\")",
                $"{path}:5: skipped: no year (no \"issued\")",
                $"{path}:6: skipped: no author (no \"author\" or \"editor\")",
                $"{path}:7: skipped: no author (no \"author\" or \"editor\")",
                $"{path}:8: skipped: no author (no \"author\" or \"editor\")",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void ImportStudies_RealEmbaseAndWebOfScienceAuthorStyles_MatchStudiesNamedBySurnameOnly()
    {
        using var folder = new TestData.TempFolder();
        var known = Directory.CreateDirectory(folder.File("known")).FullName;
        var studies = Path.Combine(known, ReviewDataset.StudiesFile);
        File.WriteAllText(studies, "study_id,authors,year,label\nJA61,Liu,2014,Liu (2014)\nJA62,Brimbal,2019,Brimbal (2019)\n");
        File.WriteAllText(Path.Combine(known, ReviewDataset.CodingsFile), "study_id,code\nJA61,LC1\nJA62,LO1\n");
        var embase = Path.Combine(Fixtures, "embase.ris");
        var webOfScience = Path.Combine(Fixtures, "web-of-science.ris");

        var (exitCode, _, error) = Run("import-studies", embase, webOfScience, "--data", TestData.DataFolder, "--data", known,
            "--out", folder.File("layer"));

        // Embase writes "Liu R." (line 20 of its first record), Web of Science "Brimbal, L" (its third record): both are
        // the surname-only studies of the layer, as the paper's studies are written.
        Assert.Equal(0, exitCode);
        Assert.Equal(
            [
                $"{embase}:1: possible duplicate of JA61 (Liu, 2014) in {studies}:2: same first-author surname and year; not added",
                $"{webOfScience}:90: possible duplicate of JA62 (Brimbal, 2019) in {studies}:3: same first-author surname and year; not added",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
