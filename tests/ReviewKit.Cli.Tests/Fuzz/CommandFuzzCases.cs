using System.Globalization;
using System.IO.Compression;
using System.Text;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Cli.Tests.Fuzz;

/// <summary>
/// The catalogue of the command-line fuzz: every command, with odd option values, odd paths and special files, odd file
/// contents, markup and formulas in every text field, and layer combinations. Each case names the exit code the README
/// promises; <see cref="FuzzPromises"/> checks every other promise the same way for all of them. Big inputs are made
/// at run time.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class CommandFuzzCases
{
    public const string CodebookHeader = "code,stakeholder,polarity,label\n";
    public const string StudiesHeader = "study_id,authors,year\n";
    public const string CodingsHeader = "study_id,code\n";

    /// <summary>Text fields a hostile or careless file may hold: formulas, terminal controls, markup, invisible characters.</summary>
    public static readonly IReadOnlyList<(string Name, string Text)> HostileTexts =
    [
        ("equals", "=HYPERLINK(\"http://x.example\",\"click\")"),
        ("dde", "=cmd|' /C calc'!A0"),
        ("plus", "+1+2"),
        ("minus", "-2+3"),
        ("at", "@SUM(A1:A2)"),
        ("tab", "\t=1+1"),
        ("cr", "\r=1+1"),
        ("esc", "\u001b[31mred\u001b[0m"),
        ("bel", "ding\u0007"),
        ("nul", "a\u0000b"),
        ("backspace", "abc\b\b\bxyz"),
        ("del", "a\u007fb"),
        ("c1-csi", "a\u009b31mb"),
        ("rlo", "report\u202Efdp.exe"),
        ("line-separator", "a\u2028b"),
        ("zero-width", "a\u200Bb"),
        ("bom-inside", "a\uFEFFb"),
        ("newline", "two\nlines"),
        ("script", "</script><img src=x onerror=alert(1)>"),
        ("markdown", "a|b `c` [d](javascript:e) \\ *f*"),
        ("emoji", "\U0001F642 ok"),
        ("long", new string('x', 60_000)),
    ];

    private static readonly string[] Formats = ["csv", "md", "table"];

    public static IReadOnlyList<FuzzCase> All { get; } = [.. Build()];

    private static IEnumerable<FuzzCase> Build() =>
        General().Concat(Validate()).Concat(Count()).Concat(Audit()).Concat(Compare()).Concat(Agreement()).Concat(Robustness())
            .Concat(ImportStudies()).Concat(ExportQda()).Concat(ImportQda()).Concat(ExportPrisma()).Concat(ImportPrisma()).Concat(ExportApps()).Concat(Reproduce());

    private static FuzzCase Case(string id, int expected, params string[] args) => new(id, expected, args);

    /// <summary>A CSV field, quoted.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A layer over the paper's data adding code LO7 with <paramref name="label"/>, coded for JA01.</summary>
    private static Action<FuzzWorkspace> LabelLayer(string label, string folder = "layer") => w =>
        w.Layer(folder, codebook: CodebookHeader + $"LO7,Learners,Opportunity,{Quote(label)}\n", codings: CodingsHeader + "JA01,LO7\n");

    /// <summary>A layer over the paper's data adding study JA61 (Doe, 2023) coded LO1.</summary>
    private static Action<FuzzWorkspace> NewStudyLayer(string folder = "layer") => w =>
        w.Layer(folder, studies: StudiesHeader + "JA61,Doe,2023\n", codings: CodingsHeader + "JA61,LO1\n");

    /// <summary>A small dataset of its own: two codes, four studies.</summary>
    private static Action<FuzzWorkspace> SmallData(string folder = "small") => w => w.Layer(
        folder,
        CodebookHeader + "LO1,Learners,Opportunity,Motivation\nEC1,Employers,Challenge,Trust\n",
        StudiesHeader + "S1,Smith,2019\nS2,Jones,2020\nS3,Lee,2021\nS4,Khan,2022\n",
        CodingsHeader + "S1,LO1\nS2,LO1\nS2,EC1\nS3,EC1\nS4,LO1\n");

    private static Action<FuzzWorkspace> Then(params Action<FuzzWorkspace>[] steps) => w =>
    {
        foreach (var step in steps)
        {
            step(w);
        }
    };

    // ---------------------------------------------------------------- the command line itself

    private static IEnumerable<FuzzCase> General()
    {
        yield return Case("cli-no-command", 2);
        yield return Case("cli-unknown-command", 2, "reproduse");
        yield return Case("cli-command-in-capitals", 2, "COUNT");
        yield return Case("cli-unknown-option", 2, "count", "--colour");
        yield return Case("cli-stray-argument", 2, "count", "extra");
        yield return Case("cli-option-without-value", 2, "count", "--data");
        yield return Case("cli-option-with-equals", 0, "count", "--format=csv");
        yield return Case("cli-help", 0, "--help");
        yield return Case("cli-command-help", 0, "agreement", "--help");
        yield return Case("cli-version", 0, "--version");
        yield return Case("cli-double-dash-then-option", 2, "count", "--", "--format", "csv");
        yield return Case("cli-megabyte-argument", 2, "count", "--format", new string('c', 1_000_000));
        yield return Case("cli-format-given-twice", 2, "count", "--format", "md", "--format", "csv");
        yield return Case("cli-format-empty", 2, "count", "--format", "");
        yield return Case("cli-format-unicode", 2, "count", "--format", "ｃｓｖ");
        yield return Case("cli-format-control", 2, "count", "--format", "csv\u001b[2J");
        yield return Case("cli-response-file", 2, "count", "@{w}/args.rsp") with
        {
            Arrange = w => w.Write("args.rsp", "--format\ncsv\n--data\n/etc\n"),
        };
    }

    // ---------------------------------------------------------------- validate

    private static IEnumerable<FuzzCase> Validate()
    {
        string[] overData = ["validate", "--data", "{data}", "--data", "{w}/layer"];
        FuzzCase Layer(string id, int expected, Action<FuzzWorkspace> arrange, string? says = null) =>
            new(id, expected, overData) { Arrange = arrange, ErrorContains = says };
        FuzzCase Studies(string id, int expected, string studies, string? says = null) =>
            Layer(id, expected, w => w.Layer("layer", studies: studies, codings: CodingsHeader + "JA61,LO1\n"), says);
        FuzzCase Codings(string id, int expected, string codings, string? says = null) =>
            Layer(id, expected, w => w.Layer("layer", studies: StudiesHeader + "JA61,Doe,2023\n", codings: codings), says);
        FuzzCase Codebook(string id, int expected, string codebook, string? says = null) =>
            Layer(id, expected, w => w.Layer("layer", codebook: codebook, codings: CodingsHeader + "JA01,LO7\n"), says);

        // encodings and line ends
        yield return Layer("validate-utf8-bom-everywhere", 0, w => w.Layer("layer", studies: "\uFEFF" + StudiesHeader + "JA61,Doe,2023\n", codings: "\uFEFF" + CodingsHeader + "JA61,LO1\n"));
        yield return Layer("validate-utf16le-codings", 65, w => w.Layer("layer", studies: StudiesHeader + "JA61,Doe,2023\n")
            .Bytes("layer/codings.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(CodingsHeader + "JA61,LO1\n")).ToArray()));
        yield return Layer("validate-utf16be-studies", 65, w => w.Layer("layer", codings: CodingsHeader + "JA61,LO1\n")
            .Bytes("layer/studies.csv", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(StudiesHeader + "JA61,Doe,2023\n")).ToArray()));
        yield return Layer("validate-utf32-codebook", 65, w => w.Layer("layer", codings: CodingsHeader + "JA01,LO7\n")
            .Bytes("layer/codebook.csv", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(CodebookHeader + "LO7,Learners,Opportunity,x\n")).ToArray()));
        yield return Layer("validate-latin1-author", 65, w => w.Layer("layer", codings: CodingsHeader + "JA61,LO1\n")
            .Bytes("layer/studies.csv", Encoding.Latin1.GetBytes(StudiesHeader + "JA61,Müller,2023\n")));
        yield return Layer("validate-overlong-utf8", 65, w => w.Layer("layer", codings: CodingsHeader + "JA61,LO1\n")
            .Bytes("layer/studies.csv", [.. Encoding.ASCII.GetBytes(StudiesHeader + "JA61,Do"), 0xC0, 0xAF, .. Encoding.ASCII.GetBytes("e,2023\n")]));
        yield return Layer("validate-encoded-surrogate", 65, w => w.Layer("layer", codings: CodingsHeader + "JA61,LO1\n")
            .Bytes("layer/studies.csv", [.. Encoding.ASCII.GetBytes(StudiesHeader + "JA61,Do"), 0xED, 0xA0, 0x80, .. Encoding.ASCII.GetBytes("e,2023\n")]));
        yield return Studies("validate-crlf-everywhere", 0, StudiesHeader.Replace("\n", "\r\n", StringComparison.Ordinal) + "JA61,Doe,2023\r\n");
        yield return Studies("validate-cr-only-line-ends", 0, "study_id,authors,year\rJA61,Doe,2023\r");
        yield return Studies("validate-no-final-newline", 0, StudiesHeader + "JA61,Doe,2023");
        yield return Studies("validate-thousand-blank-lines-at-end", 0, StudiesHeader + "JA61,Doe,2023\n" + new string('\n', 1000));
        yield return Studies("validate-whitespace-line", 0, StudiesHeader + "JA61,Doe,2023\n   \n");
        yield return Studies("validate-nul-bytes-in-row", 65, StudiesHeader + "JA61,Doe,2023\n\0\0\0\n");

        // headers and columns
        yield return Studies("validate-trailing-comma-in-header", 0, "study_id,authors,year,\nJA61,Doe,2023,\n");
        yield return Studies("validate-trailing-comma-in-row", 65, StudiesHeader + "JA61,Doe,2023,\n");
        yield return Studies("validate-header-in-capitals", 65, "STUDY_ID,AUTHORS,YEAR\nJA61,Doe,2023\n");
        yield return Studies("validate-header-with-spaces", 0, "study_id, authors, year\nJA61,Doe,2023\n");
        yield return Studies("validate-header-repeated-as-a-row", 65, StudiesHeader + "JA61,Doe,2023\n" + StudiesHeader);
        yield return Studies("validate-extra-columns", 0, "study_id,authors,year,notes,more\nJA61,Doe,2023,\"a, b\",=x\n");
        yield return Studies("validate-columns-reordered", 0, "year,study_id,authors\n2023,JA61,Doe\n");
        yield return Studies("validate-short-row", 65, StudiesHeader + "JA61,Doe\n");
        yield return Studies("validate-header-only-studies-new-codings", 65, StudiesHeader);
        yield return Studies("validate-tab-delimited", 65, "study_id\tauthors\tyear\nJA61\tDoe\t2023\n");

        // quoting
        yield return Studies("validate-every-field-quoted", 0, "\"study_id\",\"authors\",\"year\"\n\"JA61\",\"Doe\",\"2023\"\n");
        yield return Studies("validate-quote-inside-unquoted-field", 0, StudiesHeader + "JA61,Do\"e,2023\n");
        yield return Studies("validate-text-after-closing-quote", 65, StudiesHeader + "JA61,\"Doe\"x,2023\n");
        yield return Studies("validate-quoted-newline-in-authors", 0, StudiesHeader + "JA61,\"Doe\nand Roe\",2023\n");
        yield return Studies("validate-quote-never-closed-at-end", 65, StudiesHeader + "JA61,\"Doe,2023\n");

        // years
        foreach (var (name, year, expected) in new[]
        {
            ("decimal", "2020.0", 65), ("negative", "-5", 65), ("huge", "99999999999", 65), ("arabic-digits", "٢٠٢٠", 65),
            ("empty", "", 65), ("spaced", " 2020 ", 0), ("plus-sign", "+2020", 65), ("exponent", "2e3", 65), ("zero", "0", 65),
            ("far-future", "3000", 65), ("fullwidth-digits", "２０２０", 65), ("hex", "0x7E4", 65),
        })
        {
            yield return Studies($"validate-year-{name}", expected, StudiesHeader + $"JA61,Doe,{Quote(year)}\n");
        }

        // identifiers
        yield return Codings("validate-id-trailing-space", 0, CodingsHeader + "JA61 ,LO1\n");
        yield return Codings("validate-id-nbsp", 0, CodingsHeader + "JA61\u00A0,LO1\n");
        yield return Codings("validate-id-rlo", 65, CodingsHeader + "JA61\u202E,LO1\n", "U+202E");
        yield return Codings("validate-id-soft-hyphen", 65, CodingsHeader + "JA\u00AD61,LO1\n");
        yield return Codings("validate-code-lower-case", 65, CodingsHeader + "JA61,lo1\n");
        yield return Codings("validate-code-fullwidth", 65, CodingsHeader + "JA61,ＬＯ1\n");
        yield return Codings("validate-code-cyrillic-o", 65, CodingsHeader + "JA61,LО1\n");
        yield return Codings("validate-code-empty", 65, CodingsHeader + "JA61,\n");
        foreach (var (name, text) in HostileTexts.Where(hostile => hostile.Name is "esc" or "bel" or "nul" or "c1-csi" or "line-separator" or "script" or "equals"))
        {
            yield return Codings($"validate-unknown-code-{name}", 65, CodingsHeader + $"JA61,LO1\nJA61,{Quote(text)}\n");
        }

        // codebooks
        yield return Codebook("validate-stakeholder-unknown", 65, CodebookHeader + "LO7,Students,Opportunity,x\n");
        yield return Codebook("validate-polarity-lower-case", 65, CodebookHeader + "LO7,Learners,opportunity,x\n");
        yield return Codebook("validate-code-redefined", 65, CodebookHeader + "LO1,Learners,Challenge,other\nLO7,Learners,Opportunity,x\n");
        yield return Codebook("validate-code-twice-in-one-layer", 65, CodebookHeader + "LO7,Learners,Opportunity,x\nLO7,Learners,Opportunity,x\n");
        yield return Codebook("validate-code-with-comma-in-id", 0, CodebookHeader + "\"LO,7\",Learners,Opportunity,x\nLO7,Learners,Opportunity,x\n");
        yield return Codebook("validate-label-empty", 65, CodebookHeader + "LO7,Learners,Opportunity,\n");
        yield return Codebook("validate-rules-columns-partial", 0, "code,stakeholder,polarity,label,definition\nLO7,Learners,Opportunity,x,\n");

        // layer combinations
        yield return Layer("validate-empty-layer-folder", 65, w => w.Folder("layer"));
        yield return Layer("validate-layer-of-headers-only", 65, w => w.Layer("layer", CodebookHeader, StudiesHeader, CodingsHeader));
        yield return Layer("validate-layer-with-only-prisma", 65, w => w.Write("layer/prisma.csv", "stage,source,n,note\nnew_studies,,60,\n"));
        yield return Layer("validate-layer-with-only-claims", 65, w => w.Write("layer/claims.csv", "claim_id,section,quote,quantity,reported_n,reported_percent,reported_bound,part_of,reading\nX1,s,q,studies,60,,,,r\n"));
        yield return Layer("validate-layer-repeats-a-study-identically", 0, w => w.Layer("layer", studies: StudiesHeader + "JA01,Devedzic and Jovanovic,2015\n"));
        yield return Layer("validate-layer-recodes-a-pair", 65, w => w.Layer("layer", codings: CodingsHeader + "JA01,LO1\n"));
        yield return Layer("validate-layer-changes-a-year", 65, w => w.Layer("layer", studies: StudiesHeader + "JA01,Devedzic and Jovanovic,2016\n"));
        yield return Layer("validate-hundred-thousand-new-studies", 0, w => w.Layer(
            "layer",
            studies: StudiesHeader + string.Concat(Enumerable.Range(1, 100_000).Select(i => $"N{i:D6},Author {i},2023\n")),
            codings: CodingsHeader + string.Concat(Enumerable.Range(1, 100_000).Select(i => $"N{i:D6},LO{1 + (i % 6)}\n"))));
        yield return Case("validate-same-layer-three-times", 65, "validate", "--data", "{data}", "--data", "{w}/layer", "--data", "{w}/layer/.") with { Arrange = NewStudyLayer() };
        yield return Case("validate-layer-before-the-paper", 65, "validate", "--data", "{w}/layer", "--data", "{data}") with
        {
            Arrange = w => w.Layer("layer", CodebookHeader + "LO1,Learners,Opportunity,Motivation\n", StudiesHeader + "X1,Doe,2023\n", CodingsHeader + "X1,LO1\n"),
        };

        // paths and special files
        yield return Case("validate-folder-name-with-newline", 0, "validate", "--data", "{data}", "--data", "{w}/lay\ner") with { Arrange = NewStudyLayer("lay\ner") };
        yield return Case("validate-folder-name-unicode", 0, "validate", "--data", "{data}", "--data", "{w}/研究 ñ 🙂") with { Arrange = NewStudyLayer("研究 ñ 🙂") };
        yield return Case("validate-folder-name-with-escape", 0, "validate", "--data", "{data}", "--data", "{w}/a\u001b[2Jb") with { Arrange = NewStudyLayer("a\u001b[2Jb") };
        yield return Case("validate-relative-folder", 0, "validate", "--data", Path.GetRelativePath(Environment.CurrentDirectory, TestData.DataFolder));
        yield return Case("validate-path-4000-characters", 65, "validate", "--data", "{w}/" + string.Join("/", Enumerable.Repeat(new string('d', 200), 20)));
        yield return Case("validate-name-300-bytes", 65, "validate", "--data", "{w}/" + new string('n', 300));
        yield return Case("validate-data-dev-null", 65, "validate", "--data", "/dev/null");
        yield return Case("validate-data-fifo", 65, "validate", "--data", "{w}/pipe") with { Arrange = w => w.Fifo("pipe") };
        yield return Case("validate-data-proc-self", 65, "validate", "--data", "/proc/self");
        yield return Layer("validate-studies-fifo", 65, w => w.Layer("layer", codings: CodingsHeader + "JA61,LO1\n").Fifo("layer/studies.csv"));
        yield return Layer("validate-codebook-fifo", 65, w => w.Layer("layer", codings: CodingsHeader + "JA61,LO1\n").Fifo("layer/codebook.csv"));
        yield return Layer("validate-codebook-link-to-dev-zero", 65, w => w.Layer("layer", codings: CodingsHeader + "JA61,LO1\n").Link("layer/codebook.csv", "/dev/zero"));
        yield return Layer("validate-studies-link-to-proc-file", 65, w => w.Layer("layer", codings: CodingsHeader + "JA61,LO1\n").Link("layer/studies.csv", "/proc/self/status"));
        yield return Layer("validate-prisma-fifo", 65, w => NewStudyLayer()(w.Fifo("layer/prisma.csv")));
        yield return Layer("validate-claims-link-to-dev-urandom", 65, w => NewStudyLayer()(w.Link("layer/claims.csv", "/dev/urandom")));
        yield return Layer("validate-layer-is-link-to-its-parent", 65, w => w.Link("layer", "."));
        yield return Case("validate-read-only-layer", 0, overData) with { Arrange = Then(NewStudyLayer(), w => w.Lock("layer")) };

        // prisma.csv and claims.csv
        foreach (var (name, text, expected) in new[]
        {
            ("negative-count", "stage,source,n,note\nnew_studies,,-60,\n", 65),
            ("count-with-exponent", "stage,source,n,note\nnew_studies,,6e1,\n", 65),
            ("count-with-separator", "stage,source,n,note\nnew_studies,,\"1,000\",\n", 65),
            ("unknown-stage", "stage,source,n,note\nnew_stuff,,60,\n", 65),
            ("stage-twice", "stage,source,n,note\nnew_studies,,60,\nnew_studies,,61,\n", 0),
            ("header-only", "stage,source,n,note\n", 0),
            ("count-int-max", "stage,source,n,note\nnew_studies,,2147483647,\n", 0),
            ("count-over-int", "stage,source,n,note\nnew_studies,,2147483648,\n", 65),
            ("note-with-formula", "stage,source,n,note\nnew_studies,,60,=HYPERLINK(\"x\")\n", 0),
        })
        {
            yield return Layer($"validate-prisma-{name}", expected, w => NewStudyLayer()(w.Write("layer/prisma.csv", text)));
        }

        const string ClaimsHeader = "claim_id,section,quote,quantity,reported_n,reported_percent,reported_bound,part_of,reading\n";
        foreach (var (name, row, expected) in new[]
        {
            ("unknown-quantity", "X1,s,q,widgets,1,,,,r\n", 65),
            ("unknown-code", "X1,s,q,code:ZZ9,1,,,,r\n", 0),
            ("percent-nan", "X1,s,q,code:LO1,,NaN,,,r\n", 65),
            ("percent-infinity", "X1,s,q,code:LO1,,Infinity,,,r\n", 65),
            ("n-huge", "X1,s,q,code:LO1,99999999999999999999,,,,r\n", 65),
            ("claim-twice", "X1,s,q,studies,60,,,,r\nX1,s,q,studies,60,,,,r\n", 65),
            ("years-backwards", "X1,s,q,years:2022-2015,1,,,,r\n", 65),
            ("code-listed-twice", "X1,s,q,code:LO1|LO1,1,,,,r\n", 65),
        })
        {
            yield return Layer($"validate-claims-{name}", expected, w => NewStudyLayer()(w.Write("layer/claims.csv", ClaimsHeader + row)));
        }

        yield return Case("validate-max-file-mb-zero", 2, overData) with
        {
            Arrange = NewStudyLayer(), Run = FuzzRun.Process, Environment = new Dictionary<string, string> { ["REVIEWKIT_MAX_FILE_MB"] = "0" },
        };
        yield return Case("validate-max-file-mb-garbage", 2, overData) with
        {
            Arrange = NewStudyLayer(), Run = FuzzRun.Process, Environment = new Dictionary<string, string> { ["REVIEWKIT_MAX_FILE_MB"] = "lots" },
        };
        yield return Case("validate-output-to-dev-full", 74, "validate") with { Run = FuzzRun.Process, Redirect = ">/dev/full" };
    }

    // ---------------------------------------------------------------- count

    private static IEnumerable<FuzzCase> Count()
    {
        foreach (var (name, text) in HostileTexts)
        {
            foreach (var format in Formats)
            {
                yield return Case($"count-{format}-label-{name}", 0, "count", "--data", "{data}", "--data", "{w}/layer", "--format", format) with { Arrange = LabelLayer(text) };
            }
        }

        yield return Case("count-dataset-of-no-studies", 65, "count", "--data", "{w}/layer", "--format", "csv") with
        {
            Arrange = w => w.Layer("layer", CodebookHeader + "LO1,Learners,Opportunity,x\n", StudiesHeader, CodingsHeader),
            Also = (outcome, _) => Assert.DoesNotContain("NaN", outcome.Out, StringComparison.Ordinal),
        };
        yield return Case("count-codebook-of-no-codes", 65, "count", "--data", "{w}/layer", "--format", "md") with
        {
            Arrange = w => w.Layer("layer", CodebookHeader, StudiesHeader, CodingsHeader),
        };
        yield return Case("count-code-id-formula", 0, "count", "--data", "{w}/layer", "--format", "csv") with
        {
            Arrange = w => w.Layer("layer", CodebookHeader + "=1+1,Learners,Opportunity,x\n", StudiesHeader + "S1,A,2020\n", CodingsHeader + "S1,=1+1\n"),
        };
        yield return Case("count-study-author-formula", 0, "count", "--data", "{data}", "--data", "{w}/layer", "--format", "csv") with
        {
            Arrange = w => w.Layer("layer", studies: StudiesHeader + "JA61,\"=HYPERLINK(\"\"x\"\")\",2023\n", codings: CodingsHeader + "JA61,LO1\n"),
        };
        yield return Case("count-output-closed", 74, "count") with { Run = FuzzRun.Process, Redirect = ">&-" };
        yield return Case("count-output-to-dev-full-md", 74, "count", "--format", "md") with { Run = FuzzRun.Process, Redirect = ">/dev/full" };
        yield return Case("count-million-codings", 0, "count", "--data", "{w}/big", "--format", "csv") with
        {
            Arrange = w => w.Layer(
                "big",
                CodebookHeader + "LO1,Learners,Opportunity,x\nEC1,Employers,Challenge,y\n",
                StudiesHeader + string.Concat(Enumerable.Range(0, 500_000).Select(i => $"S{i},A,2020\n")),
                CodingsHeader + string.Concat(Enumerable.Range(0, 500_000).Select(i => $"S{i},LO1\nS{i},EC1\n"))),
            Run = FuzzRun.Process,
            TimeLimit = TimeSpan.FromSeconds(30),
        };
    }

    // ---------------------------------------------------------------- audit

    private static IEnumerable<FuzzCase> Audit()
    {
        const string ClaimsHeader = "claim_id,section,quote,quantity,reported_n,reported_percent,reported_bound,part_of,reading\n";
        foreach (var (name, text) in HostileTexts.Where(hostile => hostile.Name is not ("long" or "emoji" or "bom-inside" or "plus")))
        {
            foreach (var format in Formats)
            {
                yield return Case($"audit-{format}-quote-{name}", 0, "audit", "--claims", "{w}/claims.csv", "--format", format) with
                {
                    Arrange = w => w.Write("claims.csv", ClaimsHeader + $"X1,{Quote(text)},{Quote(text)},code:LO1,38,63,,,{Quote(text)}\n"),
                };
            }
        }

        yield return Case("audit-claims-empty-file", 65, "audit", "--claims", "{w}/claims.csv") with { Arrange = w => w.Write("claims.csv", "") };
        yield return Case("audit-claims-header-only", 65, "audit", "--claims", "{w}/claims.csv", "--format", "csv") with { Arrange = w => w.Write("claims.csv", ClaimsHeader) };
        yield return Case("audit-claims-fifo", 65, "audit", "--claims", "{w}/claims.csv") with { Arrange = w => w.Fifo("claims.csv") };
        yield return Case("audit-claims-folder", 65, "audit", "--claims", "{w}") ;
        yield return Case("audit-claims-dev-null", 65, "audit", "--claims", "/dev/null");
        yield return Case("audit-claims-missing", 65, "audit", "--claims", "{w}/none.csv");
        yield return Case("audit-claims-given-twice", 2, "audit", "--claims", "{data}/claims.csv", "--claims", "{data}/claims.csv", "--format", "csv");
        yield return Case("audit-claims-bom-crlf", 0, "audit", "--claims", "{w}/claims.csv", "--format", "csv") with
        {
            Arrange = w => w.Write("claims.csv", "\uFEFF" + (ClaimsHeader + "X1,s,q,code:LO1,38,63,,,r\n").Replace("\n", "\r\n", StringComparison.Ordinal)),
        };
        yield return Case("audit-claims-percent-over-100", 65, "audit", "--claims", "{w}/claims.csv") with { Arrange = w => w.Write("claims.csv", ClaimsHeader + "X1,s,q,code:LO1,,150,,,r\n") };
        yield return Case("audit-claims-percent-negative", 65, "audit", "--claims", "{w}/claims.csv") with { Arrange = w => w.Write("claims.csv", ClaimsHeader + "X1,s,q,code:LO1,,-5,,,r\n") };
        yield return Case("audit-claims-n-negative", 65, "audit", "--claims", "{w}/claims.csv") with { Arrange = w => w.Write("claims.csv", ClaimsHeader + "X1,s,q,code:LO1,-1,,,,r\n") };
        yield return Case("audit-claims-share-of-unknown-stakeholder", 65, "audit", "--claims", "{w}/claims.csv") with { Arrange = w => w.Write("claims.csv", ClaimsHeader + "X1,s,q,share:Students,,14,,,r\n") };
        yield return Case("audit-claims-part-of-unknown", 0, "audit", "--claims", "{w}/claims.csv") with { Arrange = w => w.Write("claims.csv", ClaimsHeader + "X1,s,q,code:LO1,38,,,X9,r\n") };
        yield return Case("audit-layer-claims-and-option", 0, "audit", "--data", "{data}", "--data", "{w}/layer", "--claims", "{data}/claims.csv", "--format", "md") with
        {
            Arrange = w => NewStudyLayer()(w.Write("layer/claims.csv", ClaimsHeader + "X1,s,q,studies,61,,,,r\n")),
        };
        yield return Case("audit-dataset-of-no-studies", 65, "audit", "--data", "{w}/layer", "--format", "csv") with
        {
            Arrange = w => w.Layer("layer", CodebookHeader + "LO1,Learners,Opportunity,x\n", StudiesHeader, CodingsHeader),
            Also = (outcome, _) => Assert.DoesNotContain("NaN", outcome.Out, StringComparison.Ordinal),
        };
        yield return Case("audit-ten-thousand-claims", 0, "audit", "--claims", "{w}/claims.csv", "--format", "csv") with
        {
            Arrange = w => w.Write("claims.csv", ClaimsHeader + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"X{i},s,q,code:LO{1 + (i % 6)},{i % 60},,,,r\n"))),
        };
        yield return Case("audit-prisma-overflow", 65, "audit", "--data", "{data}", "--data", "{w}/layer") with
        {
            Arrange = w => NewStudyLayer()(w.Write("layer/prisma.csv", "stage,source,n,note\ndatabase_results,A,2147483647,\ndatabase_results,B,2147483647,\n")),
        };
    }

    // ---------------------------------------------------------------- compare

    private static IEnumerable<FuzzCase> Compare()
    {
        foreach (var (name, text) in HostileTexts.Where(hostile => hostile.Name is "equals" or "dde" or "esc" or "nul" or "rlo" or "newline" or "markdown" or "cr"))
        {
            foreach (var format in Formats)
            {
                yield return Case($"compare-{format}-label-{name}", 0, "compare", "--with", "{data}", "--with", "{w}/layer", "--format", format) with { Arrange = LabelLayer(text) };
            }
        }

        yield return Case("compare-new-dataset-of-no-studies", 65, "compare", "--with", "{w}/layer", "--format", "csv") with
        {
            Arrange = w => w.Layer("layer", CodebookHeader + "LO1,Learners,Opportunity,x\n", StudiesHeader, CodingsHeader),
            Also = (outcome, _) => Assert.DoesNotContain("NaN", outcome.Out, StringComparison.Ordinal),
        };
        yield return Case("compare-base-of-no-studies", 65, "compare", "--base", "{w}/layer", "--with", "{data}") with
        {
            Arrange = w => w.Layer("layer", CodebookHeader + "LO1,Learners,Opportunity,x\n", StudiesHeader, CodingsHeader),
            Also = (outcome, _) => Assert.DoesNotContain("NaN", outcome.Out, StringComparison.Ordinal),
        };
        yield return Case("compare-disjoint-codebooks", 0, "compare", "--base", "{data}", "--with", "{w}/small", "--format", "md") with { Arrange = SmallData() };
        yield return Case("compare-with-itself", 0, "compare", "--base", "{data}", "--with", "{data}", "--format", "csv");
        yield return Case("compare-with-same-folder-twice", 65, "compare", "--with", "{data}", "--with", "{data}");
        yield return Case("compare-with-missing-folder", 65, "compare", "--with", "{w}/none");
        yield return Case("compare-base-is-a-file", 65, "compare", "--base", "{data}/codings.csv", "--with", "{data}");
        yield return Case("compare-both-broken", 65, "compare", "--base", "{w}/a", "--with", "{w}/b") with
        {
            Arrange = w => w.Layer("a", codings: CodingsHeader + "X,Y\n").Layer("b", codings: CodingsHeader + "Z,W\n"),
            Also = (outcome, w) =>
            {
                Assert.Contains(w.Path("a"), outcome.Error, StringComparison.Ordinal);
                Assert.Contains(w.Path("b"), outcome.Error, StringComparison.Ordinal);
            },
        };
        yield return Case("compare-with-empty-value", 2, "compare", "--with", "");
        yield return Case("compare-base-only", 2, "compare", "--base", "{data}");
        yield return Case("compare-output-to-dev-full", 74, "compare", "--with", "{data}", "--format", "csv") with { Run = FuzzRun.Process, Redirect = ">/dev/full" };
    }

    // ---------------------------------------------------------------- agreement

    private static IEnumerable<FuzzCase> Agreement()
    {
        var b = Path.Combine("{data}", "examples", "intercoder", "coder-b.csv");
        var c = Path.Combine("{data}", "examples", "intercoder", "coder-c.csv");
        FuzzCase Coders(string id, int expected, string first, string second, params string[] more) =>
            Case(id, expected, ["agreement", "--coder", "{w}/a.csv", "--coder", "{w}/b.csv", "--samples", "20", .. more]) with
            {
                Arrange = w => w.Write("a.csv", first).Write("b.csv", second),
            };

        yield return Case("agreement-one-coder", 2, "agreement", "--coder", b);
        yield return Case("agreement-no-coder", 2, "agreement");
        yield return Case("agreement-same-file-twice", 0, "agreement", "--coder", b, "--coder", b, "--samples", "20", "--format", "csv");
        yield return Case("agreement-twelve-coders", 0, ["agreement", .. Enumerable.Repeat(new[] { "--coder", b, "--coder", c }, 6).SelectMany(pair => pair), "--samples", "10", "--format", "md"]);
        yield return Coders("agreement-all-same-value", 0, CodingsHeader + "JA01,LO1\nJA02,LO1\n", CodingsHeader + "JA01,LO1\nJA02,LO1\n", "--format", "csv");
        yield return Coders("agreement-disjoint-studies", 0, CodingsHeader + "JA01,LO1\n", CodingsHeader + "JA02,LO1\n");
        yield return Coders("agreement-one-study-each-same", 0, CodingsHeader + "JA01,LO1\n", CodingsHeader + "JA01,LO1\n", "--format", "md");
        yield return Coders("agreement-study-with-no-code", 0, CodingsHeader + "JA01,\nJA02,LO1\n", CodingsHeader + "JA01,LO1\nJA02,\n");
        yield return Coders("agreement-header-only-files", 65, CodingsHeader, CodingsHeader);
        yield return Coders("agreement-unknown-code", 65, CodingsHeader + "JA01,ZZ9\n", CodingsHeader + "JA01,LO1\n");
        yield return Coders("agreement-unknown-study", 65, CodingsHeader + "XX99,LO1\n", CodingsHeader + "JA01,LO1\n");
        yield return Coders("agreement-duplicate-rows", 65, CodingsHeader + "JA01,LO1\nJA01,LO1\n", CodingsHeader + "JA01,LO1\n");
        yield return Coders("agreement-code-with-escape", 65, CodingsHeader + "JA01,\"L\u001b[2JO1\"\n", CodingsHeader + "JA01,LO1\n");
        yield return Coders("agreement-study-with-rlo", 65, CodingsHeader + "JA01\u202E,LO1\n", CodingsHeader + "JA01,LO1\n");
        yield return Coders("agreement-bom-and-crlf", 0, "\uFEFFstudy_id,code\r\nJA01,LO1\r\nJA02,LO2\r\n", CodingsHeader + "JA01,LO1\nJA02,LO1\n");
        yield return Coders("agreement-utf16", 65, CodingsHeader, CodingsHeader) with
        {
            Arrange = w => w.Bytes("a.csv", Encoding.Unicode.GetBytes(CodingsHeader + "JA01,LO1\n")).Write("b.csv", CodingsHeader + "JA01,LO1\n"),
        };
        yield return Coders("agreement-wrong-header", 65, "study,code\nJA01,LO1\n", CodingsHeader + "JA01,LO1\n");
        yield return Coders("agreement-extra-columns", 0, "study_id,code,coder\nJA01,LO1,ann\nJA02,LO2,ann\n", CodingsHeader + "JA01,LO1\nJA02,LO1\n");
        yield return Coders("agreement-every-study-every-code", 0,
            CodingsHeader + string.Concat(Enumerable.Range(1, 60).SelectMany(s => new[] { "LO1", "LO2", "EC1" }.Select(code => $"JA{s:D2},{code}\n"))),
            CodingsHeader + string.Concat(Enumerable.Range(1, 60).Select(s => $"JA{s:D2},LO1\n")), "--format", "csv");
        yield return Case("agreement-coder-fifo", 65, "agreement", "--coder", "{w}/pipe", "--coder", b) with { Arrange = w => w.Fifo("pipe") };
        yield return Case("agreement-coder-folder", 65, "agreement", "--coder", "{w}", "--coder", b);
        yield return Case("agreement-coder-missing", 65, "agreement", "--coder", "{w}/gone.csv", "--coder", b);
        yield return Case("agreement-coder-dangling-link", 65, "agreement", "--coder", "{w}/l.csv", "--coder", b) with { Arrange = w => w.Link("l.csv", "gone.csv") };
        yield return Case("agreement-coder-empty-name", 2, "agreement", "--coder", "", "--coder", b);
        yield return Case("agreement-coder-against-layer", 0, "agreement", "--data", "{data}", "--data", "{w}/layer", "--coder", "{w}/a.csv", "--coder", "{w}/a.csv", "--samples", "5") with
        {
            Arrange = w => NewStudyLayer()(w.Write("a.csv", CodingsHeader + "JA61,LO1\nJA01,LO1\n")),
        };
        yield return Case("agreement-coder-of-layer-study-without-layer", 65, "agreement", "--coder", "{w}/a.csv", "--coder", "{w}/a.csv") with
        {
            Arrange = w => w.Write("a.csv", CodingsHeader + "JA61,LO1\n"),
        };
        foreach (var (name, value, expected) in new[]
        {
            ("zero", "0", 2), ("negative", "-1", 2), ("one", "1", 0), ("fraction", "1.5", 2), ("exponent", "1e3", 2),
            ("hex", "0x10", 2), ("plus-sign", "+5", 0), ("arabic-digit", "٥", 2), ("empty", "", 2), ("over-int", "2147483648", 2),
            ("with-space", " 5", 2), ("thousands-separator", "1,000", 2),
        })
        {
            yield return Case($"agreement-samples-{name}", expected, "agreement", "--coder", b, "--coder", c, "--samples", value, "--format", "csv");
        }

        foreach (var (name, value, expected) in new[] { ("min", "-2147483648", 0), ("max", "2147483647", 0), ("over", "2147483648", 2), ("word", "abc", 2), ("nan", "NaN", 2) })
        {
            yield return Case($"agreement-seed-{name}", expected, "agreement", "--coder", b, "--coder", c, "--samples", "10", "--seed", value);
        }
    }

    // ---------------------------------------------------------------- robustness

    private static IEnumerable<FuzzCase> Robustness()
    {
        foreach (var (name, value) in new[]
        {
            ("zero", "0"), ("negative", "-0.5"), ("above-one", "1.0000001"), ("nan", "NaN"), ("infinity", "Infinity"), ("comma-decimal", "0,8"),
            ("empty", ""), ("word", "high"), ("percent", "80%"), ("unreachable", "0.05"), ("tiny", "1e-300"), ("hex", "0x1"),
        })
        {
            yield return Case($"robustness-alpha-{name}", 2, "robustness", "--alpha", value, "--samples", "1");
        }

        yield return Case("robustness-alpha-same-value-spelt-twice", 2, "robustness", "--alpha", "0.8", "--alpha", "0.80", "--samples", "1");
        foreach (var (name, value) in new[] { ("zero", "0"), ("over-limit", "100001"), ("negative", "-1"), ("fraction", "1.5"), ("empty", ""), ("over-int", "99999999999") })
        {
            yield return Case($"robustness-samples-{name}", 2, "robustness", "--samples", value);
        }

        yield return Case("robustness-seed-over-int", 2, "robustness", "--seed", "2147483648", "--samples", "1");
        yield return Case("robustness-format-xml", 2, "robustness", "--format", "xml", "--samples", "1");
        yield return Case("robustness-small-data", 0, "robustness", "--data", "{w}/small", "--samples", "2", "--alpha", "0.9", "--format", "csv") with { Arrange = SmallData() };
        yield return Case("robustness-small-data-md", 0, "robustness", "--data", "{w}/small", "--samples", "1", "--alpha", "1", "--format", "md") with { Arrange = SmallData() };
        yield return Case("robustness-one-study", 2, "robustness", "--data", "{w}/one", "--samples", "2", "--format", "csv") with
        {
            Arrange = w => w.Layer("one", CodebookHeader + "LO1,Learners,Opportunity,x\nLO2,Learners,Opportunity,y\n", StudiesHeader + "S1,A,2020\n", CodingsHeader + "S1,LO1\n"),
        };
        yield return Case("robustness-no-studies", 65, "robustness", "--data", "{w}/none", "--samples", "1") with
        {
            Arrange = w => w.Layer("none", CodebookHeader + "LO1,Learners,Opportunity,x\n", StudiesHeader, CodingsHeader),
        };
        yield return Case("robustness-every-study-every-code", 2, "robustness", "--data", "{w}/full", "--samples", "1") with
        {
            Arrange = w => w.Layer("full", CodebookHeader + "LO1,Learners,Opportunity,x\nEC1,Employers,Challenge,y\n", StudiesHeader + "S1,A,2020\nS2,B,2021\n",
                CodingsHeader + "S1,LO1\nS1,EC1\nS2,LO1\nS2,EC1\n"),
        };
        yield return Case("robustness-hostile-labels-csv", 0, "robustness", "--data", "{w}/small", "--samples", "1", "--alpha", "0.9", "--format", "csv") with
        {
            Arrange = w => w.Layer("small", CodebookHeader + "LO1,Learners,Opportunity,\"=HYPERLINK(\"\"x\"\")\"\nEC1,Employers,Challenge,\"\u001b[2J\"\n",
                StudiesHeader + "S1,\"@cmd\",2019\nS2,\"-x\",2020\nS3,Lee,2021\n", CodingsHeader + "S1,LO1\nS2,EC1\nS3,LO1\nS3,EC1\n"),
        };
        yield return Case("robustness-broken-layer", 65, "robustness", "--data", "{data}", "--data", "{w}/layer", "--samples", "1") with
        {
            Arrange = w => w.Layer("layer", codings: CodingsHeader + "JA01,ZZ9\n"),
        };
        yield return Case("robustness-output-closed", 74, "robustness", "--data", "{w}/small", "--samples", "1", "--alpha", "0.9") with
        {
            Arrange = SmallData(), Run = FuzzRun.Process, Redirect = ">&-",
        };
    }

    // ---------------------------------------------------------------- import-studies

    private static string Ris(string author, string title, string year, string? doi = null) =>
        $"TY  - JOUR\nAU  - {author}\nTI  - {title}\nPY  - {year}\n{(doi is null ? "" : $"DO  - {doi}\n")}ER  - \n\n";

    private static IEnumerable<FuzzCase> ImportStudies()
    {
        FuzzCase Import(string id, int expected, string fileName, string text) =>
            Case(id, expected, "import-studies", "{w}/" + fileName, "--out", "{w}/out") with { Arrange = w => w.Write(fileName, text) };

        yield return Import("import-ris-plain", 0, "a.ris", Ris("Doe, Jane", "A study of badges", "2023"));
        yield return Import("import-ris-bom-crlf", 0, "a.ris", "\uFEFF" + Ris("Doe, Jane", "A study of badges", "2023").Replace("\n", "\r\n", StringComparison.Ordinal));
        yield return Import("import-ris-cr-only", 0, "a.ris", Ris("Doe, Jane", "A study of badges", "2023").Replace("\n", "\r", StringComparison.Ordinal));
        yield return Import("import-ris-empty-file", 65, "a.ris", "");
        yield return Import("import-ris-only-end", 65, "a.ris", "ER  - \n");
        yield return Import("import-ris-without-end", 65, "a.ris", "TY  - JOUR\nAU  - Doe\nTI  - T\nPY  - 2023\n");
        yield return Import("import-ris-year-far-future", 65, "a.ris", Ris("Doe", "T", "20231"));
        yield return Import("import-ris-year-negative", 65, "a.ris", Ris("Doe", "T", "-2023"));
        yield return Import("import-ris-year-arabic-digits", 65, "a.ris", Ris("Doe", "T", "٢٠٢٣"));
        yield return Import("import-ris-no-author", 65, "a.ris", "TY  - JOUR\nTI  - T\nPY  - 2023\nER  - \n");
        yield return Import("import-ris-doi-with-resolver", 0, "a.ris", Ris("Doe", "T", "2023", "https://doi.org/10.1000/XYZ"));
        yield return Import("import-ris-same-record-twice", 0, "a.ris", Ris("Doe", "T", "2023", "10.1/x") + Ris("Doe", "T", "2023", "10.1/x"));
        yield return Import("import-ris-tab-separated-tags", 65, "a.ris", "TY\t-\tJOUR\nAU\t-\tDoe\nER\t-\t\n");
        yield return Import("import-ris-utf16", 0, "a.ris", "") with
        {
            Arrange = w => w.Bytes("a.ris", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Ris("Doe", "T", "2023"))]),
        };
        yield return Import("import-ris-utf16be", 0, "a.ris", "") with
        {
            Arrange = w => w.Bytes("a.ris", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Ris("Doe", "T", "2023"))]),
        };
        yield return Import("import-ris-utf16-odd-length", 65, "a.ris", "") with
        {
            Arrange = w => w.Bytes("a.ris", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Ris("Doe", "T", "2023")), 0x41]),
        };
        yield return Import("import-ris-utf16-lone-surrogate", 65, "a.ris", "") with
        {
            Arrange = w => w.Bytes("a.ris", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("TY  - JOUR\nAU  - D"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("oe\nPY  - 2023\nER  - \n")]),
        };
        yield return Import("import-ris-utf32", 65, "a.ris", "") with
        {
            Arrange = w => w.Bytes("a.ris", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Ris("Doe", "T", "2023"))]),
        };
        yield return Import("import-json-utf16", 0, "a.json", "") with
        {
            Arrange = w => w.Bytes("a.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[2023]]}}]")]),
        };
        yield return Import("import-ris-year-1878", 0, "a.ris", Ris("Darwin, Charles", "T", "1878"));
        yield return Import("import-ris-year-after-next", 65, "a.ris", Ris("Doe", "T", (DateTime.UtcNow.Year + 2).ToString(CultureInfo.InvariantCulture)));
        yield return Import("import-json-particles-suffix-editor", 0, "a.json",
            "[{\"editor\":[{\"family\":\"Berg\",\"non-dropping-particle\":\"van der\",\"dropping-particle\":\"=1+1\",\"given\":\"Jan\",\"suffix\":\"Jr.\"}],\"issued\":{\"date-parts\":[[2023]]}}]");
        yield return Import("import-ris-invalid-utf8", 65, "a.ris", "") with
        {
            Arrange = w => w.Bytes("a.ris", [.. Encoding.ASCII.GetBytes("TY  - JOUR\nAU  - D"), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("oe\nPY  - 2023\nER  - \n")]),
        };
        yield return Import("import-ris-two-thousand-records", 0, "a.ris", string.Concat(Enumerable.Range(0, 2_000).Select(i => Ris($"Author{i}, A.", $"Title number {i}", "2023", $"10.9/{i}"))));
        yield return Import("import-ris-ten-thousand-authors", 65, "a.ris", "TY  - JOUR\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"AU  - Author{i}, A.\n")) + "TI  - T\nPY  - 2023\nER  - \n");
        yield return Import("import-ris-megabyte-title", 65, "a.ris", Ris("Doe", new string('t', 1_000_000), "2023"));
        foreach (var (name, text) in HostileTexts.Where(hostile => hostile.Name is "esc" or "nul" or "bel"))
        {
            yield return Import($"import-ris-title-{name}", 0, "a.ris", Ris("Doe", "T" + text, "2023"));
        }

        foreach (var (name, text) in HostileTexts.Where(hostile => hostile.Name is "equals" or "dde" or "at" or "plus" or "minus"))
        {
            yield return Import($"import-ris-author-{name}", 0, "a.ris", Ris(text, "T", "2023"));
        }

        yield return Import("import-ris-title-rlo", 0, "a.ris", Ris("Doe", "report\u202Efdp.exe", "2023"));
        yield return Import("import-json-empty-array", 65, "a.json", "[]");
        yield return Import("import-json-object-not-array", 65, "a.json", "{\"title\":\"T\"}");
        yield return Import("import-json-trailing-comma", 65, "a.json", "[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[2023]]},\"title\":\"T\"},]");
        yield return Import("import-json-comments", 65, "a.json", "// export\n[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[2023]]},\"title\":\"T\"}]");
        yield return Import("import-json-nested-ten-thousand", 65, "a.json", new string('[', 10_000) + new string(']', 10_000));
        yield return Import("import-json-year-huge", 65, "a.json", "[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[99999999999999999999]]},\"title\":\"T\"}]");
        yield return Import("import-json-year-as-text", 0, "a.json", "[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[\"2023\"]]},\"title\":\"T\"}]");
        yield return Import("import-json-year-raw", 0, "a.json", "[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"raw\":\"2023\"},\"title\":\"T\"}]");
        yield return Import("import-json-author-literal", 0, "a.json", "[{\"author\":[{\"literal\":\"The Team\"}],\"issued\":{\"date-parts\":[[2023]]},\"title\":\"T\"}]");
        yield return Import("import-json-duplicate-keys", 0, "a.json", "[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[2023]]},\"title\":\"T\",\"title\":\"U\"}]");
        yield return Import("import-json-nan", 65, "a.json", "[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[NaN]]},\"title\":\"T\"}]");
        yield return Import("import-json-author-formula", 0, "a.json", "[{\"author\":[{\"family\":\"=HYPERLINK(\\\"x\\\")\"}],\"issued\":{\"date-parts\":[[2023]]},\"title\":\"T\"}]");
        yield return Import("import-json-title-escape", 0, "a.json", "[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[2023]]},\"title\":\"a\\u001b[2Jb\"}]");
        yield return Import("import-json-lone-surrogate", 65, "a.json", "[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[2023]]},\"title\":\"\\ud800\"}]");
        yield return Import("import-json-ris-inside", 0, "a.json", Ris("Doe", "T", "2023"));
        yield return Import("import-ris-json-inside", 0, "a.ris", "[{\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"date-parts\":[[2023]]},\"title\":\"T\"}]");

        var good = Ris("Doe, Jane", "A study of badges", "2023");
        var windows1252 = (byte[])[.. Encoding.ASCII.GetBytes("TY  - JOUR\nAU  - M"), 0xFC, 0x81, 0x8D, 0x9D, .. Encoding.ASCII.GetBytes("ller\nPY  - 2023\nER  - \n")];
        yield return Case("import-encoding-windows-1252", 0, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--encoding", "windows-1252") with { Arrange = w => w.Bytes("a.ris", windows1252) };
        yield return Case("import-encoding-windows-1252-on-json", 65, "import-studies", "{w}/a.json", "--out", "{w}/out", "--encoding", "cp1252") with
        {
            Arrange = w => w.Bytes("a.json", [.. Encoding.ASCII.GetBytes("[{\"author\":[{\"family\":\"M"), 0xFC, .. Encoding.ASCII.GetBytes("\"}],\"issued\":{\"date-parts\":[[2023]]}}]")]),
        };
        yield return Case("import-encoding-windows-1252-utf16-bom", 0, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--encoding", "windows-1252") with
        {
            Arrange = w => w.Bytes("a.ris", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Ris("Doe", "T", "2023"))]),
        };
        yield return Case("import-encoding-unknown", 2, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--encoding", "latin-9") with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-encoding-empty", 2, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--encoding", "") with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-encoding-missing-value", 2, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--encoding") with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-encoding-control-characters", 2, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--encoding", "\u001b[2Jutf") with { Arrange = w => w.Write("a.ris", good) };
        var incomplete = "TY  - JOUR\nTI  - No author\nPY  - 2023\nER  - \n";
        yield return Case("import-skip-incomplete-some", 0, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--skip-incomplete") with { Arrange = w => w.Write("a.ris", incomplete + good) };
        yield return Case("import-skip-incomplete-all", 65, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--skip-incomplete") with { Arrange = w => w.Write("a.ris", incomplete + incomplete) };
        yield return Case("import-skip-incomplete-hundred-thousand", 0, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--skip-incomplete") with
        {
            Arrange = w => w.Write("a.ris", string.Concat(Enumerable.Repeat(incomplete, 100_000)) + good),
        };
        yield return Case("import-skip-incomplete-not-ris", 65, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--skip-incomplete") with { Arrange = w => w.Write("a.ris", "study_id,authors,year\n") };
        yield return Case("import-skip-incomplete-malformed-json", 65, "import-studies", "{w}/a.json", "--out", "{w}/out", "--skip-incomplete") with { Arrange = w => w.Write("a.json", "[{\"title\":\"T\",]") };
        yield return Case("import-skip-incomplete-without-er", 65, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--skip-incomplete") with { Arrange = w => w.Write("a.ris", good + "TY  - JOUR\nTI  - T\n") };
        // A switch takes no value: "--skip-incomplete=maybe" is the switch and a file named "maybe", which does not exist.
        yield return Case("import-skip-incomplete-given-a-value", 65, "import-studies", "{w}/a.ris", "--out", "{w}/out", "--skip-incomplete=maybe") with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-input-fifo", 65, "import-studies", "{w}/a.ris", "--out", "{w}/out") with { Arrange = w => w.Fifo("a.ris") };
        yield return Case("import-input-dev-zero", 65, "import-studies", "/dev/zero", "--out", "{w}/out");
        yield return Case("import-input-folder", 65, "import-studies", "{w}", "--out", "{w}/out");
        yield return Case("import-input-missing", 65, "import-studies", "{w}/none.ris", "--out", "{w}/out");
        yield return Case("import-input-given-twice", 0, "import-studies", "{w}/a.ris", "{w}/a.ris", "--out", "{w}/out") with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-out-not-empty", 73, "import-studies", "{w}/a.ris", "--out", "{w}/out") with { Arrange = w => w.Write("a.ris", good).Write("out/keep.txt", "mine") };
        yield return Case("import-out-is-a-file", 73, "import-studies", "{w}/a.ris", "--out", "{w}/out") with { Arrange = w => w.Write("a.ris", good).Write("out", "mine") };
        yield return Case("import-out-under-a-file", 73, "import-studies", "{w}/a.ris", "--out", "{w}/f/out") with { Arrange = w => w.Write("a.ris", good).Write("f", "mine") };
        yield return Case("import-out-dev-null", 73, "import-studies", "{w}/a.ris", "--out", "/dev/null") with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-out-under-dev-full", 73, "import-studies", "{w}/a.ris", "--out", "/dev/full/layer") with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-out-inside-data", 2, "import-studies", "{w}/a.ris", "--data", "{w}/d", "--out", "{w}/d/new") with { Arrange = w => w.Write("a.ris", good).PaperCopy("d") };
        yield return Case("import-out-is-data", 2, "import-studies", "{w}/a.ris", "--data", "{w}/d", "--out", "{w}/d") with { Arrange = w => w.Write("a.ris", good).PaperCopy("d") };
        yield return Case("import-out-link-to-data", 2, "import-studies", "{w}/a.ris", "--data", "{w}/d", "--out", "{w}/link/new") with
        {
            Arrange = w => w.Write("a.ris", good).PaperCopy("d").Link("link", w.Path("d")),
        };
        yield return Case("import-out-name-with-newline", 0, "import-studies", "{w}/a.ris", "--out", "{w}/new\nlayer") with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-out-name-unicode", 0, "import-studies", "{w}/a.ris", "--out", "{w}/層 ñ") with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-out-name-200-bytes", 0, "import-studies", "{w}/a.ris", "--out", "{w}/" + new string('n', 200)) with { Arrange = w => w.Write("a.ris", good) };
        yield return Case("import-out-name-240-bytes", 0, "import-studies", "{w}/a.ris", "--out", "{w}/" + new string('n', 240)) with
        {
            Arrange = w => w.Write("a.ris", good),
        };
        yield return Case("import-out-name-300-bytes", 73, "import-studies", "{w}/a.ris", "--out", "{w}/" + new string('n', 300)) with
        {
            Arrange = w => w.Write("a.ris", good),
        };
        yield return Case("import-out-in-read-only-folder", 73, "import-studies", "{w}/a.ris", "--out", "{w}/ro/new") with
        {
            Arrange = w => w.Write("a.ris", good).Folder("ro").Lock("ro"),
        };
        yield return Case("import-data-broken", 65, "import-studies", "{w}/a.ris", "--data", "{w}/bad", "--out", "{w}/out") with
        {
            Arrange = w => w.Write("a.ris", good).Layer("bad", codings: CodingsHeader + "ZZ,ZZ\n"),
        };
        yield return Case("import-ids-after-odd-last-id", 0, "import-studies", "{w}/a.ris", "--data", "{data}", "--data", "{w}/layer", "--out", "{w}/out") with
        {
            Arrange = w => w.Write("a.ris", good).Layer("layer", studies: StudiesHeader + "JA61,Moe,2021\nZZ-last,Roe,2021\n", codings: CodingsHeader + "JA61,LO1\nZZ-last,LO1\n"),
        };
        yield return Case("import-ids-after-19-digit-id", 0, "import-studies", "{w}/a.ris", "--data", "{data}", "--data", "{w}/layer", "--out", "{w}/out") with
        {
            Arrange = w => w.Write("a.ris", good).Layer("layer", studies: StudiesHeader + "JA9999999999999999999,Roe,2023\n", codings: CodingsHeader + "JA9999999999999999999,LO1\n"),
        };
    }

    // ---------------------------------------------------------------- export-qda

    private static IEnumerable<FuzzCase> ExportQda()
    {
        yield return Case("export-qda-codebook", 0, "export-qda", "--out", "{w}/a.qdc");
        yield return Case("export-qda-extension-in-capitals", 0, "export-qda", "--out", "{w}/A.QDPX");
        yield return Case("export-qda-no-extension", 2, "export-qda", "--out", "{w}/a");
        yield return Case("export-qda-double-extension", 2, "export-qda", "--out", "{w}/a.qdc.tmp");
        yield return Case("export-qda-only-extension", 0, "export-qda", "--out", "{w}/.qdc");
        yield return Case("export-qda-out-missing", 2, "export-qda");
        yield return Case("export-qda-out-is-folder", 73, "export-qda", "--out", "{w}/a.qdc") with { Arrange = w => w.Folder("a.qdc") };
        yield return Case("export-qda-out-under-a-file", 73, "export-qda", "--out", "{w}/f/a.qdc") with { Arrange = w => w.Write("f", "x") };
        yield return Case("export-qda-out-under-dev-full", 73, "export-qda", "--out", "/dev/full/a.qdc");
        yield return Case("export-qda-out-missing-parents", 0, "export-qda", "--out", "{w}/x/y/z/a.qdpx");
        yield return Case("export-qda-out-replaces-a-file", 0, "export-qda", "--out", "{w}/a.qdc") with { Arrange = w => w.Write("a.qdc", "old") };
        yield return Case("export-qda-out-is-a-link-to-data-file", 2, "export-qda", "--data", "{w}/d", "--out", "{w}/d/codebook.qdc") with { Arrange = w => w.PaperCopy("d") };
        yield return Case("export-qda-out-via-link-into-data", 2, "export-qda", "--data", "{w}/d", "--out", "{w}/link/a.qdc") with
        {
            Arrange = w => w.PaperCopy("d").Link("link", w.Path("d")),
        };
        yield return Case("export-qda-out-in-read-only-folder", 73, "export-qda", "--out", "{w}/ro/a.qdpx") with { Arrange = w => w.Folder("ro").Lock("ro") };
        yield return Case("export-qda-name-with-spaces-and-unicode", 0, "export-qda", "--out", "{w}/my ré view 🙂.qdpx");
        yield return Case("export-qda-name-with-newline", 2, "export-qda", "--out", "{w}/a\nb.qdpx", "--data", "{w}/small") with { Arrange = SmallData() };
        yield return Case("export-qda-name-with-ampersand", 0, "export-qda", "--out", "{w}/a&b<c>.qdpx");
        yield return Case("export-qda-broken-data", 65, "export-qda", "--out", "{w}/a.qdpx", "--data", "{w}/bad") with { Arrange = w => w.Layer("bad", codings: CodingsHeader + "A,B\n") };
        yield return Case("export-qda-data-of-no-studies", 65, "export-qda", "--out", "{w}/a.qdpx", "--data", "{w}/none") with
        {
            Arrange = w => w.Layer("none", CodebookHeader + "LO1,Learners,Opportunity,x\n", StudiesHeader, CodingsHeader),
        };
        foreach (var (name, text) in HostileTexts.Where(hostile => hostile.Name is "script" or "markdown" or "rlo" or "emoji" or "newline" or "equals"))
        {
            yield return Case($"export-qda-label-{name}", 0, "export-qda", "--out", "{w}/a.qdpx", "--data", "{data}", "--data", "{w}/layer") with { Arrange = LabelLayer(text) };
        }

        yield return Case("export-qda-label-cdata-end", 0, "export-qda", "--out", "{w}/a.qdc", "--data", "{data}", "--data", "{w}/layer") with { Arrange = LabelLayer("]]><x/>") };
        yield return Case("export-qda-label-escape", 65, "export-qda", "--out", "{w}/a.qdc", "--data", "{data}", "--data", "{w}/layer") with
        {
            Arrange = LabelLayer("\u001b[2J"),
        };
    }

    // ---------------------------------------------------------------- import-qda

    private const string ProjectXml = """
        <?xml version="1.0" encoding="utf-8"?>
        <Project name="p" origin="ReviewKit" xmlns="urn:QDA-XML:project:1.0">
          <CodeBook><Codes>
            <Code guid="19220292-C02C-56D9-BC08-A0C913C89C09" name="Learners" isCodable="false">
              <Code guid="3867E6FF-59EE-51DC-8CE0-C868216EF54B" name="Opportunities" isCodable="false">
                <Code guid="2EEAD11B-0537-5A7E-8FD1-578895FE4CD7" name="{code}" isCodable="true"><Description>{label}</Description></Code>
              </Code>
            </Code>
          </Codes></CodeBook>
          <Variables>
            <Variable guid="7C344502-A344-5EE0-94DE-007CDF6711A7" name="authors" typeOfVariable="Text" />
            <Variable guid="8A2BE03F-60D1-5CE8-8728-355945129719" name="year" typeOfVariable="Integer" />
          </Variables>
          <Cases>
            <Case guid="5E7BEFCF-0342-50A0-B20C-9B8F60E80F5B" name="{case}">
              <Description>{description}</Description>
              <CodeRef targetGUID="2EEAD11B-0537-5A7E-8FD1-578895FE4CD7" />
              <VariableValue><VariableRef targetGUID="7C344502-A344-5EE0-94DE-007CDF6711A7" /><TextValue>{authors}</TextValue></VariableValue>
              <VariableValue><VariableRef targetGUID="8A2BE03F-60D1-5CE8-8728-355945129719" /><IntegerValue>{year}</IntegerValue></VariableValue>
            </Case>
          </Cases>
        </Project>
        """;

    /// <summary>A project of one code and one case, its fields given (already XML-escaped), zipped as <c>p.qdpx</c>.</summary>
    private static Action<FuzzWorkspace> Qdpx(string code = "LO1", string label = "Motivation", string caseName = "S1", string authors = "Smith", string year = "2020", string description = "Smith (2020)", string? xml = null) => w =>
    {
        var project = xml ?? ProjectXml.Replace("{code}", code, StringComparison.Ordinal).Replace("{label}", label, StringComparison.Ordinal)
            .Replace("{case}", caseName, StringComparison.Ordinal).Replace("{authors}", authors, StringComparison.Ordinal)
            .Replace("{year}", year, StringComparison.Ordinal).Replace("{description}", description, StringComparison.Ordinal);
        w.Bytes("p.qdpx", Zip(("project.qde", Encoding.UTF8.GetBytes(project))));
    };

    /// <summary>
    /// The project of <see cref="Qdpx"/> with its coding on a selection of a text source instead of the case, the case
    /// linked to the source; the text file (or none) and the selection's positions as given.
    /// </summary>
    private static Action<FuzzWorkspace> QdpxWithSource(string start = "0", string end = "5", byte[]? text = null, string path = "internal://s1.txt", string entry = "sources/s1.txt", string? content = null) => w =>
    {
        var source = $"<TextSource guid=\"6E7BEFCF-0342-50A0-B20C-9B8F60E80F5B\" name=\"S1\" plainTextPath=\"{path}\">"
            + (content is null ? "" : $"<PlainTextContent>{content}</PlainTextContent>")
            + $"<PlainTextSelection guid=\"7E7BEFCF-0342-50A0-B20C-9B8F60E80F5B\" startPosition=\"{start}\" endPosition=\"{end}\">"
            + "<Coding guid=\"8E7BEFCF-0342-50A0-B20C-9B8F60E80F5B\"><CodeRef targetGUID=\"2EEAD11B-0537-5A7E-8FD1-578895FE4CD7\" /></Coding></PlainTextSelection></TextSource>";
        var project = ProjectXml.Replace("{code}", "LO1", StringComparison.Ordinal).Replace("{label}", "Motivation", StringComparison.Ordinal)
            .Replace("{case}", "S1", StringComparison.Ordinal).Replace("{authors}", "Smith", StringComparison.Ordinal)
            .Replace("{year}", "2020", StringComparison.Ordinal).Replace("{description}", "Smith (2020)", StringComparison.Ordinal)
            .Replace("      <CodeRef targetGUID=\"2EEAD11B-0537-5A7E-8FD1-578895FE4CD7\" />\n", "", StringComparison.Ordinal)
            .Replace("    </Case>", "  <SourceRef targetGUID=\"6E7BEFCF-0342-50A0-B20C-9B8F60E80F5B\" />\n    </Case>", StringComparison.Ordinal)
            .Replace("  </Cases>", "  </Cases>\n  <Sources>" + source + "</Sources>", StringComparison.Ordinal);
        w.Bytes("p.qdpx", text is null ? Zip(("project.qde", Encoding.UTF8.GetBytes(project))) : Zip(("project.qde", Encoding.UTF8.GetBytes(project)), (entry, text)));
    };

    /// <summary>A zip of one entry of <paramref name="megabytes"/> MB of spaces, written in blocks, beside <c>project.qde</c>.</summary>
    private static Action<FuzzWorkspace> QdpxWithHugeSource(int megabytes) => w =>
    {
        QdpxWithSource(text: "Smith"u8.ToArray())(w);
        using var zip = ZipFile.Open(w.Path("p.qdpx"), ZipArchiveMode.Update);
        zip.GetEntry("sources/s1.txt")!.Delete();
        using var entry = zip.CreateEntry("sources/s1.txt", CompressionLevel.SmallestSize).Open();
        TestData.WriteSpaces(entry, megabytes);
    };

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private static IEnumerable<FuzzCase> ImportQda()
    {
        FuzzCase Import(string id, int expected, Action<FuzzWorkspace> arrange) =>
            Case(id, expected, "import-qda", "{w}/p.qdpx", "--out", "{w}/out") with { Arrange = arrange };

        yield return Import("import-qda-plain", 0, Qdpx());
        yield return Import("import-qda-not-a-zip", 65, w => w.Write("p.qdpx", "plain text"));
        yield return Import("import-qda-empty-file", 65, w => w.Write("p.qdpx", ""));
        yield return Import("import-qda-zip-without-project", 65, w => w.Bytes("p.qdpx", Zip(("other.txt", [1, 2, 3]))));
        yield return Import("import-qda-project-not-xml", 65, w => w.Bytes("p.qdpx", Zip(("project.qde", Encoding.UTF8.GetBytes("not xml")))));
        yield return Import("import-qda-project-empty", 65, w => w.Bytes("p.qdpx", Zip(("project.qde", []))));
        yield return Import("import-qda-project-utf16", 65, w => w.Bytes("p.qdpx", Zip(("project.qde", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(
            ProjectXml.Replace("utf-8", "utf-16", StringComparison.Ordinal).Replace("{code}", "LO1", StringComparison.Ordinal).Replace("{label}", "M", StringComparison.Ordinal)
                .Replace("{case}", "S1", StringComparison.Ordinal).Replace("{authors}", "A", StringComparison.Ordinal).Replace("{year}", "2020", StringComparison.Ordinal)
                .Replace("{description}", "d", StringComparison.Ordinal))]))));
        yield return Import("import-qda-wrong-namespace", 65, Qdpx(xml: "<?xml version=\"1.0\"?><Project xmlns=\"urn:other\" name=\"p\"/>"));
        yield return Import("import-qda-two-project-entries", 65, w => w.Bytes("p.qdpx", Zip(("project.qde", Encoding.UTF8.GetBytes("<x/>")), ("project.qde", Encoding.UTF8.GetBytes("<y/>")))));
        yield return Import("import-qda-year-word", 65, Qdpx(year: "soon"));
        yield return Import("import-qda-year-huge", 65, Qdpx(year: "99999999999999"));
        yield return Import("import-qda-case-name-empty", 65, Qdpx(caseName: ""));
        yield return Import("import-qda-code-name-empty", 65, Qdpx(code: ""));
        yield return Import("import-qda-case-name-with-comma-and-quote", 0, Qdpx(caseName: "S,1 &quot;x&quot;"));
        yield return Import("import-qda-label-newline", 0, Qdpx(label: "two&#10;lines"));
        yield return Import("import-qda-label-rlo", 0, Qdpx(label: "a\u202Eb"));
        yield return Import("import-qda-label-formula", 0, Qdpx(label: "=HYPERLINK(&quot;x&quot;)"));
        yield return Import("import-qda-authors-at", 0, Qdpx(authors: "@SUM(A1)"));
        yield return Import("import-qda-description-minus", 0, Qdpx(description: "-1+cmd"));
        yield return Import("import-qda-case-name-tab", 0, Qdpx(caseName: "&#9;S1"));
        yield return Import("import-qda-label-escape-char-ref", 65, Qdpx(label: "&#27;[2J"));
        var smith = "Smith"u8.ToArray();
        yield return Import("import-qda-selection-plain", 0, QdpxWithSource(text: smith));
        yield return Import("import-qda-selection-empty", 0, QdpxWithSource(start: "5", end: "5", text: smith));
        yield return Import("import-qda-selection-negative", 65, QdpxWithSource(start: "-1", text: smith));
        yield return Import("import-qda-selection-end-before-start", 65, QdpxWithSource(start: "4", end: "2", text: smith));
        yield return Import("import-qda-selection-past-the-text", 65, QdpxWithSource(end: "6", text: smith));
        yield return Import("import-qda-selection-huge-number", 65, QdpxWithSource(end: "99999999999999999999999999", text: smith));
        yield return Import("import-qda-selection-not-a-number", 65, QdpxWithSource(start: "zero", text: smith));
        yield return Import("import-qda-selection-empty-positions", 65, QdpxWithSource(start: "", end: "", text: smith));
        yield return Import("import-qda-selection-plus-sign", 0, QdpxWithSource(start: "+0", text: smith));
        yield return Import("import-qda-source-missing-file", 0, QdpxWithSource());
        yield return Import("import-qda-source-folder-capitalised", 0, QdpxWithSource(text: smith, entry: "Sources/s1.txt"));
        yield return Import("import-qda-source-path-traversal", 0, QdpxWithSource(text: smith, path: "internal://../../../etc/passwd", entry: "../../../etc/passwd"));
        yield return Import("import-qda-source-absolute-path", 0, QdpxWithSource(path: "absolute:///etc/passwd"));
        yield return Import("import-qda-source-path-dev-zero", 0, QdpxWithSource(path: "absolute:///dev/zero"));
        yield return Import("import-qda-source-text-bom", 0, QdpxWithSource(text: [0xEF, 0xBB, 0xBF, .. smith]));
        yield return Import("import-qda-source-text-not-utf8", 0, QdpxWithSource(text: [0xFF, 0xFE, 0x00, 0xC3, 0x28]));
        yield return Import("import-qda-source-text-astral", 0, QdpxWithSource(end: "3", text: Encoding.UTF8.GetBytes("\U0001F642\U0001F642\U0001F642")));
        yield return Import("import-qda-source-plain-text-content", 0, QdpxWithSource(content: "Smith"));
        yield return Import("import-qda-source-plain-text-content-short", 65, QdpxWithSource(content: "Smi"));
        yield return Import("import-qda-source-text-past-the-limit", 65, QdpxWithHugeSource(101));
        yield return Import("import-qda-source-text-unknown-compression", 65, Then(QdpxWithSource(text: smith), w =>
        {
            // The text's compression method set to 99, which no reader knows, in its local and central headers.
            var bytes = File.ReadAllBytes(w.Path("p.qdpx"));
            var name = "sources/s1.txt"u8;
            for (var i = 0; i + 46 + name.Length <= bytes.Length; i++)
            {
                if (bytes.AsSpan(i, 4).SequenceEqual("PK\u0003\u0004"u8) && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
                {
                    bytes[i + 8] = 99;
                }
                else if (bytes.AsSpan(i, 4).SequenceEqual("PK\u0001\u0002"u8) && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
                {
                    bytes[i + 10] = 99;
                }
            }

            w.Bytes("p.qdpx", bytes);
        }));
        yield return Case("import-qda-input-fifo", 65, "import-qda", "{w}/p.qdpx", "--out", "{w}/out") with { Arrange = w => w.Fifo("p.qdpx") };
        yield return Case("import-qda-input-dev-zero", 65, "import-qda", "/dev/zero", "--out", "{w}/out");
        yield return Case("import-qda-input-folder", 65, "import-qda", "{w}", "--out", "{w}/out");
        yield return Case("import-qda-input-missing", 65, "import-qda", "{w}/none.qdpx", "--out", "{w}/out");
        yield return Case("import-qda-two-inputs", 2, "import-qda", "{w}/p.qdpx", "{w}/p.qdpx", "--out", "{w}/out") with { Arrange = Qdpx() };
        yield return Case("import-qda-out-not-empty", 73, "import-qda", "{w}/p.qdpx", "--out", "{w}/out") with { Arrange = Then(Qdpx(), w => w.Write("out/mine.csv", "x")) };
        yield return Case("import-qda-out-empty-folder", 0, "import-qda", "{w}/p.qdpx", "--out", "{w}/out") with { Arrange = Then(Qdpx(), w => w.Folder("out")) };
        yield return Case("import-qda-out-is-input", 73, "import-qda", "{w}/p.qdpx", "--out", "{w}/p.qdpx") with { Arrange = Qdpx() };
        yield return Case("import-qda-out-empty-name", 2, "import-qda", "{w}/p.qdpx", "--out", "") with { Arrange = Qdpx() };
        yield return Case("import-qda-out-under-dev-full", 73, "import-qda", "{w}/p.qdpx", "--out", "/dev/full/x") with { Arrange = Qdpx() };
        yield return Case("import-qda-out-read-only", 73, "import-qda", "{w}/p.qdpx", "--out", "{w}/ro/x") with { Arrange = Then(Qdpx(), w => w.Folder("ro").Lock("ro")) };
    }

    // ---------------------------------------------------------------- export-prisma

    /// <summary>A copy of the paper's data whose <c>prisma.csv</c> is <paramref name="flow"/>.</summary>
    private static Action<FuzzWorkspace> FlowLayer(string flow) => Then(w => w.PaperCopy("d"), w => w.Write("d/prisma.csv", flow));

    private static IEnumerable<FuzzCase> ExportPrisma()
    {
        yield return Case("export-prisma-paper", 0, "export-prisma", "--out", "{w}/p.csv");
        yield return Case("export-prisma-update", 0, "export-prisma", "--data", "{data}", "--data", "{data}/examples/update-2023", "--out", "{w}/p.csv");
        yield return Case("export-prisma-out-missing", 2, "export-prisma");
        yield return Case("export-prisma-out-empty-name", 2, "export-prisma", "--out", "");
        yield return Case("export-prisma-out-is-folder", 73, "export-prisma", "--out", "{w}/p.csv") with { Arrange = w => w.Folder("p.csv") };
        yield return Case("export-prisma-out-under-a-file", 73, "export-prisma", "--out", "{w}/f/p.csv") with { Arrange = w => w.Write("f", "x") };
        yield return Case("export-prisma-out-under-dev-full", 73, "export-prisma", "--out", "/dev/full/p.csv");
        yield return Case("export-prisma-out-missing-parents", 0, "export-prisma", "--out", "{w}/x/y/p.csv");
        yield return Case("export-prisma-out-replaces-a-file", 0, "export-prisma", "--out", "{w}/p.csv") with { Arrange = w => w.Write("p.csv", "old") };
        yield return Case("export-prisma-out-into-data", 2, "export-prisma", "--data", "{w}/d", "--out", "{w}/d/p.csv") with { Arrange = w => w.PaperCopy("d") };
        yield return Case("export-prisma-out-is-the-data-flow", 2, "export-prisma", "--data", "{w}/d", "--out", "{w}/d/prisma.csv") with { Arrange = w => w.PaperCopy("d") };
        yield return Case("export-prisma-out-in-read-only-folder", 73, "export-prisma", "--out", "{w}/ro/p.csv") with { Arrange = w => w.Folder("ro").Lock("ro") };
        yield return Case("export-prisma-name-with-spaces-and-unicode", 0, "export-prisma", "--out", "{w}/my ré view 🙂.csv");
        yield return Case("export-prisma-data-without-flow", 65, "export-prisma", "--out", "{w}/p.csv", "--data", "{w}/small") with { Arrange = SmallData() };
        yield return Case("export-prisma-broken-flow", 65, "export-prisma", "--out", "{w}/p.csv", "--data", "{w}/d") with
        {
            Arrange = FlowLayer("stage,source,n,note\nrecords_screend,,3,\nnew_studies,,sixty,\n"),
        };
        yield return Case("export-prisma-flow-that-does-not-add-up", 65, "export-prisma", "--out", "{w}/p.csv", "--data", "{w}/d") with
        {
            Arrange = FlowLayer("stage,source,n,note\ndatabase_results,A,10,\nduplicates,,2,\nrecords_screened,,9,\nnew_studies,,60,\n"),
        };
        yield return Case("export-prisma-flow-fifo", 65, "export-prisma", "--out", "{w}/p.csv", "--data", "{w}/d") with { Arrange = Then(w => w.PaperCopy("d"), w => w.Fifo("d/prisma.csv")) };
        foreach (var (name, text) in HostileTexts)
        {
            yield return Case($"export-prisma-database-{name}", 0, "export-prisma", "--out", "{w}/p.csv", "--data", "{w}/d") with
            {
                Arrange = FlowLayer($"stage,source,n,note\ndatabase_results,{Quote(text)},40,\ndatabase_results,ERIC,25,\ndbr_excluded,{Quote(text)},3,\nnew_studies,,60,\n"),
            };
        }
    }

    // ---------------------------------------------------------------- import-prisma

    /// <summary>The PRISMA2020 package's own template (a test fixture), with <paramref name="edit"/> applied to its text.</summary>
    private static Action<FuzzWorkspace> Template(Func<string, string>? edit = null) => w =>
        w.Write("t.csv", (edit ?? (text => text))(File.ReadAllText(System.IO.Path.Combine(Repository.Root, "tests", "ReviewKit.Tests", "Prisma", "Fixtures", "PRISMA.csv"))));

    /// <summary>The template with the <c>n</c> of row <paramref name="data"/> replaced by <paramref name="n"/> (a CSV field).</summary>
    private static Action<FuzzWorkspace> Filled(string data, string n) => Template(Fill(data, n));

    private static Func<string, string> Fill(string data, string n) => text => string.Join("\r\n", text.Split("\r\n").Select(line =>
        line.StartsWith(data + ",", StringComparison.Ordinal) ? line[..LastFieldStart(line)] + n : line));

    private static int LastFieldStart(string line) => line.EndsWith('"') ? line.LastIndexOf(",\"", StringComparison.Ordinal) + 1 : line.LastIndexOf(',') + 1;

    private static IEnumerable<FuzzCase> ImportPrisma()
    {
        FuzzCase Import(string id, int expected, Action<FuzzWorkspace> arrange) =>
            Case(id, expected, "import-prisma", "{w}/t.csv", "--out", "{w}/out") with { Arrange = arrange };

        yield return Import("import-prisma-package-template", 0, Template());
        yield return Import("import-prisma-databases", 0, Filled("database_specific_results", Quote("Scopus, 40; ERIC, 25")));
        yield return Import("import-prisma-thousands", 0, Filled("database_results", Quote("1,200")));
        yield return Import("import-prisma-lf-line-ends", 0, Template(text => text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        yield return Import("import-prisma-bom", 0, Template(text => "\uFEFF" + text));
        yield return Import("import-prisma-negative", 65, Filled("duplicates", "-5"));
        yield return Import("import-prisma-decimal", 65, Filled("duplicates", "1.5"));
        yield return Import("import-prisma-huge", 65, Filled("duplicates", "99999999999999999999"));
        yield return Import("import-prisma-breakdown-past-32-bits", 65, Filled("database_specific_results", Quote("A, 2147483647; B, 2147483647")));
        yield return Import("import-prisma-breakdown-without-counts", 65, Filled("database_specific_results", Quote("Scopus; ERIC")));
        yield return Import("import-prisma-breakdown-only-separators", 0, Filled("database_specific_results", Quote(";;;")));
        yield return Import("import-prisma-total-not-the-sum", 65, Template(text => Fill("database_results", "70")(Fill("database_specific_results", Quote("Scopus, 40; ERIC, 25"))(text))));
        yield return Import("import-prisma-unknown-row", 65, Template(text => text + "\r\nrecords_screend,NA,NA,x,x,NA,NA,3"));
        yield return Import("import-prisma-row-twice", 65, Template(text => text + "\r\nduplicates,NA,box3,x,x,NA,NA,3"));
        yield return Import("import-prisma-no-n-column", 65, Template(text => text.Replace(",n\r\n", ",m\r\n", StringComparison.Ordinal)));
        yield return Import("import-prisma-header-only", 65, w => w.Write("t.csv", "data,node,box,description,boxtext,tooltips,url,n\n"));
        yield return Import("import-prisma-layer-file", 65, w => w.Write("t.csv", "stage,source,n,note\nnew_studies,,60,\n"));
        yield return Import("import-prisma-unclosed-quote", 65, Filled("duplicates", "\"5"));
        yield return Import("import-prisma-binary", 65, w => w.Bytes("t.csv", [0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xFE, 0x00]));
        yield return Import("import-prisma-utf16", 65, Then(Template(), w => w.Bytes("t.csv", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(File.ReadAllText(w.Path("t.csv")))])));
        yield return Import("import-prisma-many-rows", 65, w => w.Write("t.csv", "data,n\n" + string.Concat(Enumerable.Repeat("duplicates,1\n", 200_000))));
        yield return Import("import-prisma-long-breakdown", 0, Filled("database_specific_results", Quote(string.Join("; ", Enumerable.Range(1, 2_000).Select(i => $"DB{i}, xxx")))));
        yield return Import("import-prisma-breakdown-past-the-line-limit", 65, Filled("database_specific_results", Quote(string.Join("; ", Enumerable.Range(1, 20_000).Select(i => $"DB{i}, xxx")))));
        // A name ends at its first comma, as in the package (R/PRISMA_format.R:27-30): the rest is no count.
        foreach (var (name, text) in HostileTexts)
        {
            yield return Import($"import-prisma-database-{name}", text.Contains(',', StringComparison.Ordinal) ? 65 : 0, Filled("database_specific_results", Quote($"{text}, 40")));
            yield return Import($"import-prisma-count-{name}", 65, Filled("records_screened", Quote(text)));
            yield return Import($"import-prisma-row-{name}", 65, Template(t => t + "\r\n" + Quote(text) + ",NA,NA,x,x,NA,NA,3"));
        }

        yield return Case("import-prisma-input-fifo", 65, "import-prisma", "{w}/t.csv", "--out", "{w}/out") with { Arrange = w => w.Fifo("t.csv") };
        yield return Case("import-prisma-input-dev-zero", 65, "import-prisma", "/dev/zero", "--out", "{w}/out");
        yield return Case("import-prisma-input-folder", 65, "import-prisma", "{w}", "--out", "{w}/out");
        yield return Case("import-prisma-input-missing", 65, "import-prisma", "{w}/none.csv", "--out", "{w}/out");
        yield return Case("import-prisma-input-empty-name", 2, "import-prisma", "", "--out", "{w}/out");
        yield return Case("import-prisma-two-inputs", 2, "import-prisma", "{w}/t.csv", "{w}/t.csv", "--out", "{w}/out") with { Arrange = Template() };
        yield return Case("import-prisma-out-missing", 2, "import-prisma", "{w}/t.csv") with { Arrange = Template() };
        yield return Case("import-prisma-out-not-empty", 73, "import-prisma", "{w}/t.csv", "--out", "{w}/out") with { Arrange = Then(Template(), w => w.Write("out/mine.csv", "x")) };
        yield return Case("import-prisma-out-empty-folder", 0, "import-prisma", "{w}/t.csv", "--out", "{w}/out") with { Arrange = Then(Template(), w => w.Folder("out")) };
        yield return Case("import-prisma-out-is-input", 73, "import-prisma", "{w}/t.csv", "--out", "{w}/t.csv") with { Arrange = Template() };
        yield return Case("import-prisma-out-under-dev-full", 73, "import-prisma", "{w}/t.csv", "--out", "/dev/full/x") with { Arrange = Template() };
        yield return Case("import-prisma-out-read-only", 73, "import-prisma", "{w}/t.csv", "--out", "{w}/ro/x") with { Arrange = Then(Template(), w => w.Folder("ro").Lock("ro")) };
    }

    // ---------------------------------------------------------------- export-apps

    /// <summary>A notebook with the kernelspec the notebooks have, of markdown and code cells given as (kind, source).</summary>
    internal static string Notebook(params (string Kind, string Source)[] cells)
    {
        const string CodeMetadata = "{\"dotnet_interactive\":{\"language\":\"csharp\"},\"polyglot_notebook\":{\"kernelName\":\"csharp\"}}";
        const string Metadata = "{\"kernelspec\":{\"display_name\":\".NET (C#)\",\"language\":\"C#\",\"name\":\".net-csharp\"},"
            + "\"polyglot_notebook\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"name\":\"csharp\"}]}}";
        var json = cells.Select(cell => cell.Kind == "code"
            ? "{\"cell_type\":\"code\",\"execution_count\":null,\"metadata\":" + CodeMetadata + ",\"outputs\":[],\"source\":[" + System.Text.Json.JsonSerializer.Serialize(cell.Source) + "]}"
            : "{\"cell_type\":\"markdown\",\"metadata\":{},\"source\":[" + System.Text.Json.JsonSerializer.Serialize(cell.Source) + "]}");
        return "{\"cells\":[" + string.Join(",", json) + "],\"metadata\":" + Metadata + ",\"nbformat\":4,\"nbformat_minor\":5}";
    }

    private static IEnumerable<FuzzCase> ExportApps()
    {
        FuzzCase Apps(string id, int expected, Action<FuzzWorkspace> arrange) =>
            Case(id, expected, "export-apps", "--notebooks", "{w}/nb", "--out", "{w}/apps") with { Arrange = arrange };
        Action<FuzzWorkspace> One(string name, string notebook) => w => w.Write("nb/" + name, notebook);
        var simple = Notebook(("markdown", "# A"), ("code", "var x = 1 + 1;\nx"));

        yield return Apps("export-apps-one-notebook", 0, One("a.ipynb", simple));
        yield return Apps("export-apps-empty-folder", 65, w => w.Folder("nb"));
        yield return Apps("export-apps-no-cells", 0, One("a.ipynb", Notebook()));
        yield return Apps("export-apps-name-with-spaces-and-unicode", 0, One("my nötebook 🙂.ipynb", simple));
        yield return Apps("export-apps-name-with-quote", 0, One("a\"b.ipynb", simple));
        yield return Apps("export-apps-notebook-bom", 0, One("a.ipynb", "\uFEFF" + simple));
        yield return Apps("export-apps-markdown-closing-comment", 0, One("a.ipynb", Notebook(("markdown", "a */ System.Environment.Exit(3); /*"), ("code", "1"))));
        yield return Apps("export-apps-markdown-carriage-return", 0, One("a.ipynb", Notebook(("markdown", "note\rSystem.Environment.Exit(3);"), ("code", "1")))) with
        {
            Also = (_, w) => Assert.DoesNotContain("\rSystem.Environment.Exit", File.ReadAllText(w.Path("apps/a.cs")), StringComparison.Ordinal),
        };
        yield return Apps("export-apps-markdown-line-separator", 0, One("a.ipynb", Notebook(("markdown", "note\u2028System.Environment.Exit(3);"), ("code", "1")))) with
        {
            Also = (_, w) => Assert.DoesNotContain("\u2028System.Environment.Exit", File.ReadAllText(w.Path("apps/a.cs")), StringComparison.Ordinal),
        };
        yield return Apps("export-apps-markdown-next-line", 0, One("a.ipynb", Notebook(("markdown", "note\u0085System.Environment.Exit(3);"), ("code", "1")))) with
        {
            Also = (_, w) => Assert.DoesNotContain("\u0085System.Environment.Exit", File.ReadAllText(w.Path("apps/a.cs")), StringComparison.Ordinal),
        };
        yield return Apps("export-apps-not-json", 65, One("a.ipynb", "not json"));
        yield return Apps("export-apps-cells-not-objects", 65, One("a.ipynb", "{\"cells\":[1]}"));
        yield return Apps("export-apps-empty-notebook-file", 65, One("a.ipynb", ""));
        yield return Apps("export-apps-notebook-is-folder", 65, w => w.Folder("nb/a.ipynb"));
        yield return Apps("export-apps-notebook-dangling-link", 65, w => w.Folder("nb").Link("nb/a.ipynb", "gone.ipynb"));
        yield return Case("export-apps-notebooks-missing", 2, "export-apps", "--notebooks", "{w}/none", "--out", "{w}/apps");
        yield return Case("export-apps-notebooks-is-a-file", 2, "export-apps", "--notebooks", "{w}/f", "--out", "{w}/apps") with { Arrange = w => w.Write("f", "x") };
        yield return Case("export-apps-out-is-a-file", 73, "export-apps", "--notebooks", "{w}/nb", "--out", "{w}/f") with { Arrange = w => w.Write("nb/a.ipynb", simple).Write("f", "x") };
        yield return Case("export-apps-out-under-dev-full", 73, "export-apps", "--notebooks", "{w}/nb", "--out", "/dev/full/apps") with { Arrange = w => w.Write("nb/a.ipynb", simple) };
        yield return Case("export-apps-out-read-only", 73, "export-apps", "--notebooks", "{w}/nb", "--out", "{w}/ro/apps") with { Arrange = w => w.Write("nb/a.ipynb", simple).Folder("ro").Lock("ro") };
        yield return Case("export-apps-default-out", 0, "export-apps", "--notebooks", "{w}/nb") with { Arrange = w => w.Write("nb/a.ipynb", simple) };
        yield return Case("export-apps-out-empty-name", 2, "export-apps", "--notebooks", "{w}/nb", "--out", "") with { Arrange = w => w.Write("nb/a.ipynb", simple) };
    }

    // ---------------------------------------------------------------- reproduce (before the notebooks run, or with none)

    private static IEnumerable<FuzzCase> Reproduce()
    {
        FuzzCase Run(string id, int expected, params string[] more) =>
            Case(id, expected, ["reproduce", "--notebooks", "{w}/nb", "--no-images", .. more]) with { Arrange = w => w.Folder("nb") };

        foreach (var (name, value) in new[] { ("zero", "0"), ("sixty-five", "65"), ("negative", "-1") })
        {
            yield return Run($"reproduce-jobs-{name}", 2, "--out", "{w}/out", "--jobs", value);
        }

        yield return Run("reproduce-jobs-word", 2, "--out", "{w}/out", "--jobs", "abc");
        yield return Run("reproduce-no-notebooks-paper-data", 0, "--out", "{w}/out") with { TimeLimit = TimeSpan.FromSeconds(40) };
        yield return Run("reproduce-no-notebooks-hostile-layer", 0, "--data", "{data}", "--data", "{w}/layer", "--out", "{w}/out") with
        {
            Arrange = Then(w => w.Folder("nb"), w => w.Layer(
                "layer",
                CodebookHeader + "LO7,Learners,Opportunity,\"=HYPERLINK(\"\"x\"\")\u001b[2J\"\nLO8,Learners,Opportunity,\"@SUM(1)\"\n",
                StudiesHeader + "JA61,\"-cmd\",2023\n",
                CodingsHeader + "JA61,LO7\nJA61,LO8\nJA01,LO7\n")),
            TimeLimit = TimeSpan.FromSeconds(40),
        };
        yield return Run("reproduce-out-inside-data", 2, "--data", "{w}/d", "--out", "{w}/d/out") with { Arrange = w => w.Folder("nb").PaperCopy("d") };
        yield return Run("reproduce-data-inside-out-tables", 2, "--data", "{w}/out/tables/d", "--out", "{w}/out") with { Arrange = w => w.Folder("nb").PaperCopy("out/tables/d") };
        yield return Run("reproduce-out-is-a-file", 73, "--out", "{w}/f") with { Arrange = w => w.Folder("nb").Write("f", "x") };
        yield return Run("reproduce-out-under-dev-full", 73, "--out", "/dev/full/out");
        yield return Run("reproduce-out-figures-is-a-file", 73, "--out", "{w}/out") with { Arrange = w => w.Folder("nb").Write("out/figures", "x") };
        yield return Run("reproduce-out-read-only", 73, "--out", "{w}/ro/out") with { Arrange = w => w.Folder("nb").Folder("ro").Lock("ro") };
        yield return Run("reproduce-data-missing", 65, "--data", "{w}/none", "--out", "{w}/out");
        yield return Run("reproduce-data-broken", 65, "--data", "{data}", "--data", "{w}/layer", "--out", "{w}/out") with
        {
            Arrange = w => w.Folder("nb").Layer("layer", codings: CodingsHeader + "JA01,ZZ9\n"),
        };
        yield return Run("reproduce-data-empty-name", 2, "--data", "", "--out", "{w}/out");
        yield return Case("reproduce-notebooks-missing", 2, "reproduce", "--notebooks", "{w}/none", "--out", "{w}/out", "--no-images");
        yield return Case("reproduce-notebooks-is-a-file", 2, "reproduce", "--notebooks", "{w}/f", "--out", "{w}/out", "--no-images") with { Arrange = w => w.Write("f", "x") };
        yield return Case("reproduce-out-notebooks-is-the-notebooks", 2, "reproduce", "--notebooks", "{w}/out/notebooks", "--out", "{w}/out", "--no-images") with
        {
            Arrange = w => w.Folder("out/notebooks"),
        };
        yield return Case("reproduce-notebook-not-json", 65, "reproduce", "--notebooks", "{w}/nb", "--out", "{w}/out", "--no-images") with
        {
            Arrange = w => w.Write("nb/a.ipynb", "not json"),
        };
    }
}
