using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ReviewKit.Data;

namespace ReviewKit.Tests.Shared;

/// <summary>A code a generated layer adds to the paper's codebook.</summary>
public sealed record NewCode(string Id, Stakeholder Stakeholder, Polarity Polarity, string Label, bool HasRules);

/// <summary>A study a generated layer adds, with the codes it carries (the paper's or the layer's own).</summary>
public sealed record NewStudy(string Id, string Authors, int Year, IReadOnlyList<string> Codes);

/// <summary>
/// A layer on top of the paper's <c>data/</c> that <c>validate</c> accepts, as users make them: new codes for any
/// stakeholder and polarity (with or without the optional rules columns, labels with markup), new studies of any year
/// from 2000 to 2030 (authors with markup, quotes and non-ASCII letters), their codings over the paper's codes and the
/// new ones, and optionally a <c>prisma.csv</c> (the update form or a first review's) and a <c>claims.csv</c>.
/// </summary>
public sealed record LayerSpec(
    string Name, IReadOnlyList<NewCode> Codes, bool RulesColumns, IReadOnlyList<NewStudy> Studies, string? Prisma, string? Claims)
{
    public override string ToString() =>
        $"{Name}: {Codes.Count} new codes ({(RulesColumns ? "rules columns" : "no rules columns")}), {Studies.Count} new studies"
        + (Studies.Count > 0 ? $" of {Studies.Min(study => study.Year)}-{Studies.Max(study => study.Year)}" : "")
        + (Prisma is null ? "" : ", prisma.csv") + (Claims is null ? "" : ", claims.csv");

    /// <summary>Writes the layer's files into a new folder under <paramref name="parent"/> and returns its path.</summary>
    public string WriteTo(string parent)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, Name)).FullName;
        if (Codes.Count > 0)
        {
            var header = RulesColumns ? "code,stakeholder,polarity,label,definition,inclusion,exclusion,example" : "code,stakeholder,polarity,label";
            var rows = Codes.Select(code =>
            {
                string[] fields = [code.Id, code.Stakeholder.ToString(), code.Polarity.ToString(), code.Label];
                if (RulesColumns)
                {
                    fields = code.HasRules
                        ? [.. fields, $"Passages about {code.Label}", "the passage names it", "a passing mention", "\"It <b>helps</b>\", one said"]
                        : [.. fields, "", "", "", ""];
                }

                return Csv(fields);
            });
            Write(folder, ReviewDataset.CodebookFile, header, rows);
        }

        if (Studies.Count > 0)
        {
            Write(folder, ReviewDataset.StudiesFile, "study_id,authors,year",
                Studies.Select(study => Csv(study.Id, study.Authors, study.Year.ToString(CultureInfo.InvariantCulture))));
            Write(folder, ReviewDataset.CodingsFile, "study_id,code", Studies.SelectMany(study => study.Codes.Select(code => Csv(study.Id, code))));
        }

        if (Prisma is not null)
        {
            File.WriteAllText(Path.Combine(folder, "prisma.csv"), Prisma);
        }

        if (Claims is not null)
        {
            File.WriteAllText(Path.Combine(folder, "claims.csv"), Claims);
        }

        return folder;
    }

    private static void Write(string folder, string file, string header, IEnumerable<string> rows) =>
        File.WriteAllText(Path.Combine(folder, file), header + "\n" + string.Concat(rows.Select(row => row + "\n")));

    private static string Csv(params string[] fields) => string.Join(",", fields.Select(field => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}

/// <summary>Generators of <see cref="LayerSpec"/>: any mix, and the edge cases the notebooks are most likely to trip on.</summary>
public static class ValidLayers
{
    private static readonly string[] Authors =
    [
        "Made-up author", "O'Brien & Nguyễn", "<b>Bold</b> et al.", "\"Quoted\", Q.", "Müller; Østergaard", "李 明", "=HYPERLINK(\"x\")",
        "<script>alert(1)</script>", "D’Souza, Ş.", "Zhang-Ødegaard | Ruiz", "@Smith", "-Lee",
    ];

    private static readonly string[] Labels =
    [
        "=<b>Badges</b> & <script>x</script>", "Stackable <i>credits</i>", "\"Quoted\", with a comma", "Reconnaissance des acquis — é",
        "[link](javascript:x)", "Portable `records` | ledgers", "+Recognition of prior learning", "Lifelong learning\\accounts", "Ωmega 学习",
    ];

    private static readonly Stakeholder[] StakeholderValues = Enum.GetValues<Stakeholder>();

    /// <summary>The paper's code id prefix for a stakeholder and polarity: LO, UC, …</summary>
    private static string Prefix(Stakeholder stakeholder, Polarity polarity) =>
        stakeholder switch { Stakeholder.Learners => "L", Stakeholder.Employers => "E", Stakeholder.HigherEducation => "U", _ => "G" }
        + (polarity == Polarity.Challenge ? "C" : "O");

    /// <summary>New codes numbered after the paper's last of their kind (LO7, GC3, …), so ids look like the paper's.</summary>
    private static List<NewCode> Number(IEnumerable<(Stakeholder Stakeholder, Polarity Polarity, string Label, bool HasRules)> codes)
    {
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbered = new List<NewCode>();
        foreach (var (stakeholder, polarity, label, hasRules) in codes)
        {
            var prefix = Prefix(stakeholder, polarity);
            var number = next.TryGetValue(prefix, out var n) ? n : ReviewDataset.Paper.Codebook.Count(code => code.Id.StartsWith(prefix, StringComparison.Ordinal)) + 1;
            next[prefix] = number + 1;
            numbered.Add(new NewCode(prefix + number.ToString(CultureInfo.InvariantCulture), stakeholder, polarity, label, hasRules));
        }

        return numbered;
    }

    private static Gen<List<NewCode>> NewCodes(int max) =>
        Gen.ListOf(Gen.Zip(Gen.Zip(Gen.Elements(StakeholderValues), Gen.Elements(Polarity.Challenge, Polarity.Opportunity)),
                Gen.Zip(Gen.Elements(Labels), Gen.Elements(true, false))))
            .Select(list => Number(list.Take(max).Select(pair => (pair.Item1.Item1, pair.Item1.Item2, pair.Item2.Item1, pair.Item2.Item2))));

    private static Gen<NewStudy> Study(string id, IReadOnlyList<string> codes, Gen<int> year) =>
        Gen.Zip(Gen.Zip(Gen.Elements(Authors), year),
                Gen.Shuffle(codes.ToArray()).SelectMany(shuffled => Gen.Choose(1, Math.Min(10, shuffled.Length)).Select(n => shuffled.Take(n).ToList())))
            .Select(pair => new NewStudy(id, pair.Item1.Item1, pair.Item1.Item2, pair.Item2));

    private static string Id(string style, int number) => style switch
    {
        "JA" => $"JA{60 + number}",
        "NS" => $"NS{number:000}",
        _ => $"my-{number}",
    };

    /// <summary>Studies <paramref name="count"/> over <paramref name="codes"/>, with years from <paramref name="year"/>.</summary>
    private static Gen<List<NewStudy>> Studies(int count, IReadOnlyList<string> codes, Gen<int> year) =>
        Gen.Elements("JA", "NS", "my").SelectMany(style =>
            Gen.CollectToList(Enumerable.Range(1, count).Select(number => Study(Id(style, number), codes, year))).Select(list => list.ToList()));

    /// <summary>A valid <c>prisma.csv</c> for <paramref name="newStudies"/> new studies: the update form (with previous_studies) or a first review's, some counts unreported.</summary>
    private static Gen<string> Prisma(int newStudies) =>
        Gen.Zip(Gen.Zip(Gen.Choose(0, 400), Gen.Choose(0, 400)), Gen.Zip(Gen.Zip(Gen.Choose(0, 1000), Gen.Elements(true, false)), Gen.Elements(true, false)))
            .Select(draw =>
            {
                var ((extraScreened, extraExcluded), ((spare, update), unreported)) = draw;
                var assessed = newStudies + spare % 7;
                var excluded = assessed - newStudies;
                var notRetrieved = spare % 3;
                var sought = assessed + notRetrieved;
                var screened = sought + extraExcluded;
                var duplicates = extraScreened;
                var identified = screened + duplicates;
                var scopus = identified / 2;
                var rows = new List<string> { "stage,source,n,note" };
                if (update)
                {
                    rows.Add("previous_studies,,60,\"The paper's <b>60</b> studies\"");
                }

                rows.Add($"database_results,Scopus,{scopus},\"Made up, for a test\"");
                rows.Add($"database_results,\"ERIC & <i>ProQuest</i>\",{identified - scopus},");
                rows.Add($"duplicates,,{(unreported ? "" : duplicates.ToString(CultureInfo.InvariantCulture))},");
                rows.Add($"records_screened,,{screened},");
                rows.Add($"records_excluded,,{extraExcluded},");
                rows.Add($"dbr_sought_reports,,{sought},");
                rows.Add($"dbr_notretrieved_reports,,{(unreported ? "" : notRetrieved.ToString(CultureInfo.InvariantCulture))},");
                rows.Add($"dbr_assessed,,{assessed},");
                rows.Add($"dbr_excluded,,{excluded},");
                rows.Add($"new_reports,,{newStudies},");
                rows.Add($"new_studies,,{newStudies},");
                if (update)
                {
                    rows.Add($"total_studies,,{60 + newStudies},");
                }

                return string.Join("\n", rows) + "\n";
            });

    /// <summary>A valid <c>claims.csv</c>: some of the paper's claims and claims of every quantity kind, about any code including the layer's own.</summary>
    private static Gen<string> Claims(IReadOnlyList<string> codes) =>
        Gen.Zip(Gen.SubListOf((IEnumerable<string>)PaperClaimRows), Gen.ListOf(Gen.Zip(Gen.Zip(Gen.Choose(0, 8), Gen.Elements(codes.ToArray())), Gen.Zip(Gen.Zip(Gen.Choose(0, 400), Gen.Choose(0, 100)), Gen.Choose(2000, 2030)))))
            .Select(pair =>
            {
                var (paperRows, drawn) = pair;
                var rows = new List<string>(paperRows);
                var number = 0;
                foreach (var ((kind, code), ((n, percent), year)) in drawn.Take(12))
                {
                    var id = $"L{++number:00}";
                    var stakeholder = StakeholderValues[n % StakeholderValues.Length];
                    rows.Add(kind switch
                    {
                        0 => $"{id},Made up,\"The review examined {n} studies\",studies,{n},,,,",
                        1 => $"{id},Made up,\"published from {year} to {year + 2}\",span:{year}-{year + 2},,,,,",
                        2 => $"{id},Made up,\"{percent}% in the last years\",years:{year}-{year + 1},,{percent},,,",
                        3 => $"{id},Made up,\"{code} in <b>{n}</b> studies\",code:{code},{n},{percent},,,",
                        4 => $"{id},Made up,\"{code} or another\",code:{code}|{(code == "LO1" ? "LO2" : "LO1")},{n},,>50,,",
                        5 => $"{id},Made up,\"{code} after {year}\",code:{code}/years:{year}-{year + 1},{n},,,,",
                        6 => $"{id},Made up,\"{stakeholder}: {percent}%\",share:{stakeholder},,{percent},,,",
                        7 => $"{id},Made up,\"{n} challenges\",codes:{stakeholder}:Challenge,{n},,,,",
                        _ => $"{id},Made up,\"{n} sites, \"\"quoted\"\"\",none,{n},,,,",
                    });
                }

                if (rows.Count == 0)
                {
                    rows.Add("L00,Made up,\"one claim\",studies,61,,,,");
                }

                return "claim_id,section,quote,quantity,reported_n,reported_percent,reported_bound,part_of,reading\n" + string.Join("\n", rows) + "\n";
            });

    private static readonly IReadOnlyList<string> PaperClaimRows = ReadPaperClaimRows();

    /// <summary>The rows of the paper's <c>claims.csv</c>, as records (a quoted field may hold a line break).</summary>
    private static List<string> ReadPaperClaimRows()
    {
        var text = File.ReadAllText(Path.Combine(TestData.DataFolder, "claims.csv")).ReplaceLineEndings("\n");
        var rows = new List<string>();
        var row = new StringBuilder();
        var quoted = false;
        foreach (var character in text)
        {
            if (character == '"')
            {
                quoted = !quoted;
            }

            if (character == '\n' && !quoted)
            {
                rows.Add(row.ToString());
                row.Clear();
                continue;
            }

            row.Append(character);
        }

        return rows.Skip(1).Where(line => line.Length > 0).ToList();
    }

    private static IReadOnlyList<string> PaperCodes { get; } = ReviewDataset.Paper.Codebook.Select(code => code.Id).ToList();

    /// <summary>Any valid layer: up to <paramref name="maxStudies"/> new studies.</summary>
    public static Gen<LayerSpec> Any(int maxStudies = 300) =>
        from codes in NewCodes(8)
        from rulesColumns in Gen.Elements(true, false)
        from studyCount in Gen.Frequency((3, Gen.Choose(1, 20)), (2, Gen.Choose(21, maxStudies)), (1, Gen.Constant(0)))
        from excluded in Gen.Elements<Stakeholder?>(null, null, Stakeholder.Learners, Stakeholder.Employers, Stakeholder.HigherEducation, Stakeholder.Government)
        from unusedCode in Gen.Elements(true, false)
        from oneYear in Gen.Elements(false, false, true)
        from firstYear in Gen.Choose(2000, 2030)
        let usable = PaperCodesExcept(excluded).Concat(codes.Skip(unusedCode ? 1 : 0).Where(code => code.Stakeholder != excluded).Select(code => code.Id)).ToList()
        from studies in studyCount == 0 ? Gen.Constant(new List<NewStudy>()) : Studies(studyCount, usable, oneYear ? Gen.Constant(firstYear) : Gen.Choose(2000, 2030))
        from prisma in Gen.OneOf(Gen.Constant<string?>(null), Prisma(studies.Count).Select(text => (string?)text))
        from claims in Gen.OneOf(Gen.Constant<string?>(null), Claims(usable).Select(text => (string?)text))
        select new LayerSpec("generated", codes.Count == 0 && studies.Count == 0 ? Number([(Stakeholder.Government, Polarity.Opportunity, Labels[0], false)]) : codes,
            rulesColumns, studies, prisma, claims);

    /// <summary>Layers drawn from <paramref name="generator"/> with a fixed seed: the same layers on every run.</summary>
    public static IReadOnlyList<T> Sample<T>(Gen<T> generator, ulong seed, int count = 1) =>
        Gen.Sample(generator, count, new Rnd(seed), 10);

    private static IEnumerable<string> PaperCodesExcept(Stakeholder? excluded) =>
        ReviewDataset.Paper.Codebook.Where(code => code.Stakeholder != excluded).Select(code => code.Id);

    /// <summary>Hand-picked edge layers, each built once from a fixed seed so a failure names a layer that can be written again.</summary>
    public static IReadOnlyList<LayerSpec> Edges()
    {
        var rulesless = Number([(Stakeholder.Learners, Polarity.Opportunity, Labels[0], false)]);
        var everyKind = Number(StakeholderValues.SelectMany(s => new[] { (s, Polarity.Challenge, Labels[1], true), (s, Polarity.Opportunity, Labels[2], false) }));
        return
        [
            // A single new study, of a year after the paper's, coded only with a new rules-less code.
            new("single-study", rulesless, false, [new NewStudy("JA61", Authors[2], 2030, [rulesless[0].Id])], null, null),

            // Many studies of one year before the paper's, none coded for government, one new code left with n = 0,
            // and an update-form prisma.csv and a claims.csv of every kind.
            new("one-year-no-government", everyKind, true,
                Enumerable.Range(1, 250).Select(n => new NewStudy($"NS{n:000}", Authors[n % Authors.Length], 2001,
                    PaperCodesExcept(Stakeholder.Government).Where((_, i) => (i + n) % 5 == 0).Append(everyKind[n % 2].Id).ToList())).ToList(),
                Sample(Prisma(250), 1).Single(), Sample(Claims(PaperCodes), 2).Single()),

            // Only new codes, no studies: every new code has n = 0.
            new("codes-only", everyKind, true, [], null, null),

            // A made-up study of 1878, long before the paper's (an import takes any year from 1500), and one of 2030,
            // coded with the paper's codes of every stakeholder: trends and year spans must stay sensible.
            new("early-and-late", [], false,
            [
                new NewStudy("JA61", Authors[0], 1878, ["LO1", "EO1", "UO1", "GO2"]),
                new NewStudy("JA62", Authors[1], 2030, ["LC1", "GC1"]),
            ], null, null),
        ];
    }
}
