using ReviewKit.Data;
using ReviewKit.Prisma;

namespace ReviewKit.Tests;

public class PrismaFlowTests
{
    private const string Header = "stage,source,n,note\n";

    // A hand-worked flow that adds up: 120 + 80 = 200 identified, 50 duplicates, 150 screened, 100 excluded,
    // 50 sought, 2 not retrieved, 48 assessed, 18 + 10 excluded, 20 reports of 20 included studies.
    private const string Consistent = Header
        + "database_results,Scopus,120,\ndatabase_results,ERIC,80,\nduplicates,,50,\nrecords_screened,,150,\nrecords_excluded,,100,\n"
        + "dbr_sought_reports,,50,\ndbr_notretrieved_reports,,2,\ndbr_assessed,,48,\ndbr_excluded,Wrong population,18,\ndbr_excluded,Not empirical,10,\n"
        + "new_studies,,20,\nnew_reports,,20,\n";

    [Fact]
    public void Paper_NamesFourDatabasesAnd60StudiesAndNothingElse()
    {
        var flow = PrismaFlow.Paper;

        Assert.Equal(["Scopus", "ProQuest (ERIC)", "Web of Science (Core Collection)", "EBSCO Education Complete"], flow.CountsOf(PrismaStage.DatabaseResults).Select(c => c.Source));
        Assert.Equal(60, flow.Total(PrismaStage.NewStudies));
        Assert.Null(flow.Total(PrismaStage.DatabaseResults));
        Assert.Null(flow.Total(PrismaStage.RecordsScreened));
        Assert.All(flow.Counts.Where(c => c.Stage != PrismaStage.NewStudies), c => Assert.Null(c.N));
        Assert.False(flow.IsUpdate);
    }

    [Fact]
    public void Parse_ConsistentFlow_SumsSourcesPerStage()
    {
        var flow = PrismaFlow.Parse(Consistent);

        Assert.Equal(200, flow.Total(PrismaStage.DatabaseResults));
        Assert.Equal(28, flow.Total(PrismaStage.ReportsExcluded));
        Assert.Equal("not reported", PrismaFlow.Show(flow.Total(PrismaStage.RegisterResults)));
        Assert.Equal("1,200", PrismaFlow.Show(1200));
    }

    [Theory]
    [InlineData("duplicates,,50,", "duplicates,,49,", "prisma.csv: records screened (150) should equal records identified (200) minus records removed before screening (49) = 151")]
    [InlineData("records_excluded,,100,", "records_excluded,,90,", "prisma.csv: reports sought for retrieval (50) should equal records screened (150) minus records excluded (90) = 60")]
    [InlineData("dbr_notretrieved_reports,,2,", "dbr_notretrieved_reports,,3,", "prisma.csv: reports assessed for eligibility (48) should equal reports sought for retrieval (50) minus reports not retrieved (3) = 47")]
    [InlineData("new_reports,,20,", "new_reports,,25,", "prisma.csv: reports of new included studies (25) should equal reports assessed for eligibility (48) minus reports excluded (28) = 20")]
    [InlineData("new_studies,,20,", "new_studies,,21,", "prisma.csv: new studies included (21) cannot exceed reports assessed for eligibility minus reports excluded (20)")]
    public void Parse_ArithmeticViolation_IsAClearError(string original, string broken, string expected)
    {
        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.Parse(Consistent.Replace(original, broken, StringComparison.Ordinal)));

        Assert.Equal([expected], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Parse_StageTotalPast32Bits_AProblemOnTheLineThatCrossesIt()
    {
        const string csv = Header + "database_results,A,2147483647,\ndatabase_results,B,2147483647,\nrecords_screened,,,\nnew_studies,,1,\n";

        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.Parse(csv));

        Assert.Equal(["prisma.csv:3: the counts of database_results add up to 4,294,967,294 here; a stage's total can be at most 2,147,483,647"], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void FromPrisma2020Csv_StageTotalPast32Bits_AProblemOnItsLine()
    {
        const string csv = "data,node,box,description,boxtext,tooltips,url,n\ndatabase_specific_results,NA,box2,x,x,NA,NA,\"A, 2147483647; B, 1\"\n";

        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.FromPrisma2020Csv(csv));

        Assert.Equal(["PRISMA.csv:2: the counts of database_results add up to 2,147,483,648 here; a stage's total can be at most 2,147,483,647"], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Parse_CountPast32Bits_SaysTheLimitNotThatItIsNoNumber()
    {
        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.Parse(Header + "database_results,A,2147483648,\n"));

        Assert.Equal(["prisma.csv:2: count '2147483648' is larger than 2,147,483,647, the largest count a stage can hold"], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Parse_RemovedCountsThatWrapAround32Bits_StillChecked()
    {
        // 0 identified minus 2 × 2,147,483,647 removed is −4,294,967,294, not the 2 screened that 32-bit arithmetic gives.
        const string csv = Header + "database_results,A,0,\nduplicates,,2147483647,\nexcluded_other,,2147483647,\nrecords_screened,,2,\n";

        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.Parse(csv));

        Assert.Equal(["prisma.csv: records screened (2) should equal records identified (0) minus records removed before screening (4294967294) = -4294967294"], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Parse_OneWrongCount_BreaksEveryEquationItTakesPartIn()
    {
        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.Parse(Consistent.Replace("records_screened,,150,", "records_screened,,151,", StringComparison.Ordinal)));

        Assert.Equal(2, error.Problems.Count); // identified − removed = screened, and screened − excluded = sought
    }

    [Fact]
    public void Parse_UnknownCountsAreNotChecked()
    {
        var flow = PrismaFlow.Parse(Header + "database_results,Scopus,,\nrecords_screened,,150,\nnew_studies,,20,\n");

        Assert.Null(flow.Total(PrismaStage.DatabaseResults));
    }

    [Fact]
    public void Parse_BadStageAndBadCount_AreReportedWithTheirLines()
    {
        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.Parse(Header + "records_screend,,150,\nrecords_excluded,,-3,\nnew_studies,,about 20,\n"));

        Assert.Equal(
        [
            "prisma.csv:2: unknown stage 'records_screend'; expected one of previous_studies, previous_reports, database_results, register_results, duplicates, excluded_automatic, excluded_other, records_screened, records_excluded, dbr_sought_reports, dbr_notretrieved_reports, dbr_assessed, dbr_excluded, new_studies, new_reports, total_studies, total_reports",
            "prisma.csv:3: count '-3' is not a whole number of zero or more; leave it empty when the review does not report it",
            "prisma.csv:4: count 'about 20' is not a whole number of zero or more; leave it empty when the review does not report it",
        ], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Update_TotalMustBePreviousPlusNew()
    {
        var update = Header + "previous_studies,,60,\nnew_studies,,5,\ntotal_studies,,66,\n";

        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.Parse(update));

        Assert.Equal(["prisma.csv: total studies included (66) should equal previous studies plus new studies (65)"], error.Problems.Select(p => p.ToString()));
        Assert.True(PrismaFlow.Parse(update.Replace("66", "65", StringComparison.Ordinal)).IsUpdate);
    }

    [Theory]
    [InlineData(PrismaStage.RecordsScreened, "records_screened")]
    [InlineData(PrismaStage.ReportsSought, "dbr_sought_reports")]
    [InlineData(PrismaStage.ReportsNotRetrieved, "dbr_notretrieved_reports")]
    [InlineData(PrismaStage.TotalReports, "total_reports")]
    public void NameOf_Stage_TheNameOfThePrisma2020Package(PrismaStage stage, string name)
    {
        Assert.Equal(name, PrismaStages.NameOf(stage));
        Assert.True(PrismaStages.TryParse(name, out var parsed));
        Assert.Equal(stage, parsed);
    }

    [Theory]
    [InlineData("records screened")]
    [InlineData("Records_Screened")]
    [InlineData("website_results")]
    [InlineData("")]
    public void TryParse_NotAStageDrawn_False(string name)
    {
        Assert.False(PrismaStages.TryParse(name, out _));
    }

    [Fact]
    public void Parse_MisspelledStage_ReportedWithItsLineNotShownAsNotReported()
    {
        var error = Assert.Throws<ReviewDataException>(() => PrismaFlow.Parse("stage,source,n,note\nnew_studies,,60,\nrecords_screend,,150,\n"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith("unknown stage 'records_screend'; expected one of previous_studies, previous_reports, database_results,", problem.Message, StringComparison.Ordinal);
    }
}
