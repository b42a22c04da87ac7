using System.Text.RegularExpressions;
using ReviewKit.Data;
using ReviewKit.Prisma;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

/// <summary>
/// The template of the PRISMA2020 R package both ways, checked against the package's own <c>PRISMA.csv</c> (a fixture,
/// see Fixtures/README.md) and against the lookups its code makes (R/PRISMA_data.R, R/PRISMA_format.R,
/// R/PRISMA_flowdiagram.R and the Shiny app's inst/shiny-examples/PRISMA_flowdiagram/app.R, commit 620aaf9).
/// </summary>
public class Prisma2020TemplateTests
{
    private static readonly string Fixtures = Path.Combine(Repository.Root, "tests", "ReviewKit.Tests", "Prisma", "Fixtures");

    private static readonly string PackageTemplate = File.ReadAllText(Path.Combine(Fixtures, "PRISMA.csv"));

    // Hand-worked: 1,200 + 800 = 2,000 identified, 500 duplicates, 1,500 screened, 1,000 excluded, 500 sought,
    // 2 not retrieved, 498 assessed, 300 + 178 excluded, 20 reports of 20 included studies.
    private const string Large = "stage,source,n,note\n"
        + "database_results,Scopus,1200,\ndatabase_results,ERIC,800,\nduplicates,,500,\nrecords_screened,,1500,\nrecords_excluded,,1000,\n"
        + "dbr_sought_reports,,500,\ndbr_notretrieved_reports,,2,\ndbr_assessed,,498,\ndbr_excluded,Wrong population,300,\n"
        + "dbr_excluded,Not empirical,178,\nnew_studies,,20,\nnew_reports,,20,\n";

    public static TheoryData<string> Flows => ["paper", "update-2023", "large"];

    private static PrismaFlow Flow(string name) => name switch
    {
        "paper" => PrismaFlow.Paper,
        "update-2023" => PrismaFlow.Load(Path.Combine(TestData.UpdateLayer, PrismaFlow.FileName)),
        _ => PrismaFlow.Parse(Large),
    };

    [Theory]
    [MemberData(nameof(Flows))]
    public void Export_EveryRowOfThePackagesTemplate_InItsOrderWithItsTexts(string name)
    {
        var exported = Rows(Flow(name).ToPrisma2020Csv());
        var package = Rows(PackageTemplate);

        Assert.Equal(34, package.Count);
        Assert.Equal(package.Select(row => row[..7]), exported.Select(row => row[..7])); // data, node, box, texts, url: the package's own
    }

    [Fact]
    public void Export_Update_CountsInTheirRowsAndTheDatabasesListedBesideTheirTotal()
    {
        var n = Cells(Flow("update-2023").ToPrisma2020Csv());

        Assert.Equal("60", n["previous_studies"]);
        Assert.Equal("65", n["database_results"]);
        Assert.Equal("Scopus, 40; ProQuest (ERIC), 25", n["database_specific_results"]);
        Assert.Equal("15", n["duplicates"]);
        Assert.Equal("6", n["dbr_excluded"]);
        Assert.Equal("65", n["total_studies"]);
        Assert.Equal("", n["previous_reports"]); // not reported: empty, which the package reads as NA
        Assert.Equal("", n["website_results"]);
        Assert.Equal("Register 1, xxx; Register 2, xxx; Register 3, xxx", n["register_specific_results"]);
    }

    [Fact]
    public void Export_LargeCounts_WithoutThousandsSeparatorsAndReasonsInTheirList()
    {
        var n = Cells(Flow("large").ToPrisma2020Csv());

        Assert.Equal("2000", n["database_results"]);
        Assert.Equal("Scopus, 1200; ERIC, 800", n["database_specific_results"]);
        Assert.Equal("1500", n["records_screened"]);
        Assert.Equal("Wrong population, 300; Not empirical, 178", n["dbr_excluded"]);
    }

    [Fact]
    public void Export_Paper_DatabasesWithoutCounts_ThePackagesPlaceholderNotABreakdownBesideNoTotal()
    {
        var n = Cells(PrismaFlow.Paper.ToPrisma2020Csv());

        Assert.Equal("", n["database_results"]);
        Assert.Equal("Database 1, xxx; Database 2, xxx; Database 3, xxx", n["database_specific_results"]);
        Assert.Equal("60", n["new_studies"]);
        Assert.Equal("", n["previous_studies"]);
    }

    [Fact]
    public void Export_NamesWithTheListsSeparators_ASpaceInsteadAndRegistersInTheirOwnList()
    {
        var flow = PrismaFlow.Parse("stage,source,n,note\ndatabase_results,\"Web of Science, Core Collection\",40,\n"
            + "database_results,EBSCO; Education,25,\nregister_results,ClinicalTrials.gov,3,\nregister_results,ICTRP,2,\n");

        var n = Cells(flow.ToPrisma2020Csv());

        Assert.Equal("Web of Science Core Collection, 40; EBSCO Education, 25", n["database_specific_results"]);
        Assert.Equal(("5", "ClinicalTrials.gov, 3; ICTRP, 2"), (n["register_results"], n["register_specific_results"]));
        Assert.Equal(
            [("Web of Science Core Collection", 40), ("EBSCO Education", 25)],
            RPackage.ParseReasons(n["database_specific_results"]).Select(pair => (pair.Reason, pair.N!.Value)));
    }

    [Theory]
    [MemberData(nameof(Flows))]
    public void Export_WhatThePackagesCodeLooksUp_FoundOnceAndReadAsTheFlowsCounts(string name)
    {
        var flow = Flow(name);
        var rows = Rows(flow.ToPrisma2020Csv());
        string Single(string pattern, int column) =>
            Assert.Single(rows, row => row[column] != "NA" && Regex.IsMatch(row[column], pattern))[7];

        // R/PRISMA_data.R:16-399: each count is data[grep(pattern, data[, 1]), ]$n, made a number by PRISMA_format_number_.
        foreach (var (variable, pattern) in RPackage.CountLookups)
        {
            var cell = Single(pattern, 0);
            Assert.Matches("^[0-9]*$", cell); // no separator, nothing the package would strip
            var expected = PrismaStages.TryParse(variable, out var stage) ? flow.Total(stage) : null;
            Assert.Equal(expected, RPackage.FormatNumber(cell));
        }

        // R/PRISMA_data.R:417-431: the title texts by grep on the box column; none may be missing (object 'previous_text' not found).
        foreach (var box in new[] { "prevstud", "newstud", "othstud" })
        {
            Single(box, 2);
        }

        foreach (var pattern in new[] { "identification", "screening", "included" })
        {
            Single(pattern, 0);
        }

        // read.csv keeps "" as "" only in a text column: one list cell in n makes it one, so no empty cell becomes NA,
        // which app.R:503-540 would test with if (any(n != "0")) and stop on.
        Assert.Contains(rows, row => row[7].Contains(", ", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, row => row[7] == "NA");

        // R/PRISMA_flowdiagram.R:329-349: a breakdown the app draws (it is not the placeholder) needs its total.
        var databases = Single("database_specific_results", 0);
        if (databases != "Database 1, xxx; Database 2, xxx; Database 3, xxx")
        {
            Assert.NotNull(RPackage.FormatNumber(Single("database_results", 0)));
            Assert.Equal(
                flow.CountsOf(PrismaStage.DatabaseResults).Select(count => (count.Source, count.N)),
                RPackage.ParseReasons(databases).Select(pair => ((string?)pair.Reason, pair.N)));
        }

        var reasons = RPackage.ParseReasons(Single("dbr_excluded", 0));
        Assert.Equal(flow.Total(PrismaStage.ReportsExcluded), reasons.Any(pair => pair.N is null) ? null : reasons.Sum(pair => pair.N));
    }

    [Theory]
    [MemberData(nameof(Flows))]
    public void RoundTrip_ExportThenImport_TheSameCountsAndSources(string name)
    {
        var flow = Flow(name);

        var back = PrismaFlow.FromPrisma2020Csv(flow.ToPrisma2020Csv());

        Assert.All(PrismaStages.All, stage => Assert.Equal(flow.Total(stage), back.Total(stage)));
        Assert.Equal(flow.IsUpdate, back.IsUpdate);
        var known = flow.Counts.Where(count => count.N is not null && count.Source is not null).Select(count => (count.Stage, count.Source, count.N));
        Assert.Equal(known, back.Counts.Where(count => count.Source is not null).Select(count => (count.Stage, count.Source, count.N)));
    }

    [Fact]
    public void Import_ThePackagesOwnTemplate_NotReportedEverywhere()
    {
        var flow = PrismaFlow.FromPrisma2020Csv(PackageTemplate);

        Assert.All(PrismaStages.All, stage => Assert.Null(flow.Total(stage)));
        Assert.All(flow.Counts, count => Assert.Null(count.N));
        Assert.False(flow.IsUpdate);
        Assert.Equal("PRISMA.csv line 20: 0, the template's placeholder; not reported", flow.CountsOf(PrismaStage.ReportsNotRetrieved).Single().Note);
    }

    [Fact]
    public void Import_AFilledTemplate_TheBreakdownKeptAndZerosTheSumsProveAsCounts()
    {
        var problems = new ProblemLog();

        var (flow, notKept) = Prisma2020Template.Read("PRISMA-filled.csv", File.ReadAllText(Path.Combine(Fixtures, "PRISMA-filled.csv")), problems);

        Assert.Equal(0, problems.Count);
        Assert.Equal([("Scopus", 40), ("ERIC", 25)], flow!.CountsOf(PrismaStage.DatabaseResults).Select(count => (count.Source!, count.N!.Value)));
        Assert.Equal([("Wrong population", 4), ("No full text in English", 3)], flow.CountsOf(PrismaStage.ReportsExcluded).Select(count => (count.Source!, count.N!.Value)));
        // 65 + registers = 15 + automation + other + 50, so the three 0s left in are counts; so is 12 sought = not retrieved + 12 assessed.
        Assert.All([PrismaStage.RegisterResults, PrismaStage.ExcludedAutomatic, PrismaStage.ExcludedOther, PrismaStage.ReportsNotRetrieved], stage => Assert.Equal(0, flow.Total(stage)));
        // total = previous + 5 new cannot hold with the 0s: there they are the placeholder.
        Assert.All([PrismaStage.PreviousStudies, PrismaStage.PreviousReports, PrismaStage.TotalStudies, PrismaStage.TotalReports], stage => Assert.Null(flow.Total(stage)));
        Assert.Equal((5, 5, 50), (flow.Total(PrismaStage.NewStudies), flow.Total(PrismaStage.NewReports), flow.Total(PrismaStage.RecordsScreened)));
        Assert.Equal(["PRISMA-filled.csv:11: website_results (12) is not kept: the flow has no box for records from websites"], notKept.Select(problem => problem.ToString()));
    }

    [Theory]
    [InlineData("12", "11", null)] // 12 sought, 11 assessed: the 0 cannot be the one not retrieved, so it is the placeholder
    [InlineData("12", "12", 0)]
    [InlineData("0", "0", null)] // nothing but 0s: the untouched template
    public void Import_AZero_ACountOnlyWhenItsSumBalances(string sought, string assessed, int? notRetrieved)
    {
        var csv = Header + $"dbr_sought_reports,{sought}\ndbr_notretrieved_reports,0\ndbr_assessed,{assessed}\n";

        var flow = PrismaFlow.FromPrisma2020Csv(csv);

        Assert.Equal(notRetrieved, flow.Total(PrismaStage.ReportsNotRetrieved));
    }

    [Fact]
    public void Import_ThousandsSeparatorsNaAndXxx_ReadAsThePackageReadsThem()
    {
        var csv = Header + "database_results,\"1,200\"\nrecords_screened,NA\nduplicates,xxx\nnew_studies,\n";

        var flow = PrismaFlow.FromPrisma2020Csv(csv);

        Assert.Equal(1200, flow.Total(PrismaStage.DatabaseResults));
        Assert.All([PrismaStage.RecordsScreened, PrismaStage.Duplicates, PrismaStage.NewStudies], stage => Assert.Null(flow.Total(stage)));
    }

    [Fact]
    public void Import_NotATemplate_EveryProblemWithItsLine()
    {
        var csv = Header + "records_screend,50\ndbr_assessed,twelve\n\"database_specific_results\",\"Scopus; ERIC, 4\"\ndbr_assessed,12\n";

        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.FromPrisma2020Csv(csv, "t.csv"));

        Assert.Equal(
            [
                "t.csv:2: 'records_screend' is not a row of the PRISMA2020 template; its data column holds one of previous_studies, previous_reports, database_results, database_specific_results, register_results, register_specific_results, website_results, organisation_results, citations_results, duplicates, excluded_automatic, excluded_other, records_screened, records_excluded, dbr_sought_reports, dbr_notretrieved_reports, other_sought_reports, other_notretrieved_reports, dbr_assessed, dbr_excluded, other_assessed, other_excluded, new_studies, new_reports, total_studies, total_reports, total_studies_ma, total_reports_ma, or NA for a title",
                "t.csv:3: count 'twelve' is not a whole number of zero or more; write NA (or leave it empty) when the review does not report it",
                "t.csv:4: 'Scopus' has no name and count; write each as Name, count (e.g. Scopus, 40), with xxx for a count not reported, and ; between them",
                "t.csv:5: dbr_assessed is given twice (first on line 3); the package would read the two as one list",
            ],
            error.Problems.Select(problem => problem.ToString()));
    }

    [Fact]
    public void Import_ALayersPrismaCsv_RefusedAsNoTemplate()
    {
        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.FromPrisma2020Csv(File.ReadAllText(Path.Combine(TestData.DataFolder, PrismaFlow.FileName)), "prisma.csv"));

        Assert.Equal("prisma.csv:1: missing required column data; the header must contain data,n", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void Import_BreakdownNotAddingUpToItsTotal_Refused()
    {
        var csv = Header + "database_results,70\ndatabase_specific_results,\"Scopus, 40; ERIC, 25\"\n";

        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.FromPrisma2020Csv(csv, "t.csv"));

        Assert.Equal(["t.csv:2: database_results is 70, but the counts of line 3 add up to 65"], error.Problems.Select(problem => problem.ToString()));
    }

    private const string Header = "data,n\n";

    private static List<string[]> Rows(string csv)
    {
        var problems = new ProblemLog();
        var table = CsvTable.Parse("t.csv", csv, Prisma2020Template.Columns, problems)!;
        Assert.Equal(0, problems.Count);
        return table.Rows.Select(row => Prisma2020Template.Columns.Select(column => row[column]).ToArray()).ToList();
    }

    private static Dictionary<string, string> Cells(string csv) =>
        Rows(csv).Where(row => row[0] != "NA").ToDictionary(row => row[0], row => row[7], StringComparer.Ordinal);

    /// <summary>What the PRISMA2020 package's R code does with a cell, written out in C#.</summary>
    private static class RPackage
    {
        /// <summary>R/PRISMA_data.R: each count variable and the pattern its grep uses.</summary>
        public static readonly IReadOnlyList<(string Variable, string Pattern)> CountLookups =
        [
            .. new[]
            {
                "previous_studies", "previous_reports", "register_results", "database_results", "website_results", "organisation_results",
                "citations_results", "duplicates", "excluded_automatic", "excluded_other", "records_screened", "records_excluded",
                "dbr_sought_reports", "dbr_notretrieved_reports", "other_sought_reports", "other_notretrieved_reports", "dbr_assessed",
                "other_assessed", "new_studies", "new_reports", "total_studies_ma", "total_reports_ma",
            }.Select(name => (name, name)),
            ("total_studies", "total_studies$"),
            ("total_reports", "total_reports$"),
        ];

        /// <summary>R/PRISMA_format.R:7-13: commas dropped, then every character but digits and '.'; as.numeric("") is NA.</summary>
        public static int? FormatNumber(string cell)
        {
            var digits = Regex.Replace(cell.Replace(",", "", StringComparison.Ordinal), "[^0-9.]", "");
            return digits.Length == 0 ? null : int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>R/PRISMA_format.R:23-61: split at ';', the reason before the first comma, the number after it.</summary>
        public static IReadOnlyList<(string Reason, int? N)> ParseReasons(string cell)
        {
            if (!Regex.IsMatch(cell, "[^0-9,]"))
            {
                return [("", FormatNumber(cell))];
            }

            return Regex.Split(cell, "(?:;)(?: )?")
                .Select(part => (Regex.Replace(part, ",.*$", ""), FormatNumber(Regex.Replace(part, ".*?,([ 0-9,]*)|.*()", "$1"))))
                .ToList();
        }
    }
}
