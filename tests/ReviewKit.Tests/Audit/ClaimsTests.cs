using ReviewKit.Audit;
using ReviewKit.Data;
using ReviewKit.Tests.Shared;

namespace ReviewKit.Tests;

public class ClaimsTests
{
    private const string Header = "claim_id,section,quote,quantity,reported_n,reported_percent";

    private static IReadOnlyList<string> ProblemsOf(string csv)
    {
        var error = Assert.Throws<ReviewDataException>(() => Claims.Parse(csv));
        return error.Problems.Select(problem => problem.ToString()).ToList();
    }

    [Fact]
    public void Parse_OneClaimWithEveryColumn_ReadsIt()
    {
        var claims = Claims.Parse(
            Header + ",reported_bound,part_of,reading\n"
            + "C1,Results,\"More than half (n = 3, 75%)\",code:LO1,3,75,>50,,\"read as LO1, student-centred learning\"\n");

        Assert.Equal(new Claim("C1", "Results", "More than half (n = 3, 75%)", ClaimQuantity.Parse("code:LO1"), 3, 75, PercentBound.Parse(">50"), null, "read as LO1, student-centred learning"), Assert.Single(claims));
    }

    [Theory]
    [InlineData("LF", "\n")]
    [InlineData("CRLF", "\r\n")]
    [InlineData("BOM and no final newline", "")]
    public void Parse_LineEndingsAndBom_GiveTheSameClaims(string _, string newline)
    {
        var text = newline.Length == 0
            ? "\uFEFF" + Header + "\nC1,S,q,studies,60,\nC2,S,q,none,,5"
            : $"{Header}{newline}C1,S,q,studies,60,{newline}C2,S,q,none,,5{newline}";

        var claims = Claims.Parse(text);

        Assert.Equal([new Claim("C1", "S", "q", ClaimQuantity.Parse("studies"), 60, null), new Claim("C2", "S", "q", ClaimQuantity.Parse("none"), null, 5)], claims);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("studies")]
    [InlineData("stakeholders")]
    [InlineData("span:2015-2022")]
    [InlineData("years:2020-2022")]
    [InlineData("years:2021-2021")]
    [InlineData("code:EO3")]
    [InlineData("code:UO6|UO8")]
    [InlineData("code:GO3/years:2021-2022")]
    [InlineData("share:Government")]
    [InlineData("codes:Government:Challenge")]
    public void Parse_EveryQuantityOfTheGrammar_IsAccepted(string quantity)
    {
        var numbers = quantity.StartsWith("span", StringComparison.Ordinal) ? "," : "2,";

        var claim = Assert.Single(Claims.Parse($"{Header}\nC1,S,q,{quantity},{numbers}\n"));

        Assert.Equal(quantity, claim.Quantity.Text);
    }

    [Theory]
    [InlineData("", "expected none, studies")]
    [InlineData("count", "expected none, studies")]
    [InlineData("studies:60", "expected none, studies")]
    [InlineData("years:2022-2020", "the first not after the last")]
    [InlineData("years:2020", "expected a range of years YYYY-YYYY")]
    [InlineData("span:1400-2022", "from 1500 to 2100")]
    [InlineData("code:", "one or more code identifiers")]
    [InlineData("code:UO6||UO8", "one or more code identifiers")]
    [InlineData("code:UO6|UO6", "a code is listed twice")]
    [InlineData("code:GO3/year:2021", "a code can be restricted only to years")]
    [InlineData("share:Students", "share of an unknown stakeholder")]
    [InlineData("share:1", "share of an unknown stakeholder")]
    [InlineData("share:Learners,Employers", "share of an unknown stakeholder")]
    [InlineData("codes:Government", "expected codes:STAKEHOLDER:POLARITY")]
    public void Parse_QuantityOutsideTheGrammar_IsReportedWithWhatWasExpected(string quantity, string expected)
    {
        var problem = Assert.Single(ProblemsOf($"{Header}\nC1,S,q,\"{quantity}\",2,\n"));

        Assert.StartsWith($"claims.csv:2: quantity '{quantity}' of claim C1: ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1", "", "reported_n '-1' of claim C1 is not a whole number of 0 or more")]
    [InlineData("4.5", "", "reported_n '4.5' of claim C1 is not a whole number of 0 or more")]
    [InlineData("", "101", "reported_percent '101' of claim C1 is not a whole number from 0 to 100 (the paper prints whole percentages)")]
    [InlineData("", "14.7", "reported_percent '14.7' of claim C1 is not a whole number from 0 to 100 (the paper prints whole percentages)")]
    public void Parse_NumberOutOfRange_IsReported(string n, string percent, string expected)
    {
        Assert.Equal([$"claims.csv:2: {expected}"], ProblemsOf($"{Header}\nC1,S,q,code:LC1,{n},{percent}\n"));
    }

    [Theory]
    [InlineData("studies,,", "claim C1 counts studies; it needs reported_n and no reported_percent or reported_bound")]
    [InlineData("studies,60,100", "claim C1 counts studies; it needs reported_n and no reported_percent or reported_bound")]
    [InlineData("span:2015-2022,60,", "claim C1 is a span of years (span:2015-2022); leave reported_n, reported_percent and reported_bound empty")]
    [InlineData("code:LC1,,", "claim C1 states no number; give reported_n, reported_percent or both")]
    [InlineData("share:Learners,,", "claim C1 states no number; give reported_n, reported_percent or both")]
    public void Parse_NumbersThatDoNotFitTheQuantity_AreReported(string quantityAndNumbers, string expected)
    {
        Assert.Equal([$"claims.csv:2: {expected}"], ProblemsOf($"{Header}\nC1,S,q,{quantityAndNumbers}\n"));
    }

    [Theory]
    [InlineData(">50")]
    [InlineData(">=50")]
    [InlineData("<15")]
    [InlineData("<=15")]
    [InlineData("<=12.5")]
    public void Parse_Bound_IsAccepted(string bound)
    {
        var claim = Assert.Single(Claims.Parse($"{Header},reported_bound\nC1,S,q,code:LC1,2,,{bound}\n"));

        Assert.Equal(bound, claim.ReportedBound?.Text);
    }

    [Theory]
    [InlineData("50")]
    [InlineData("about 50")]
    [InlineData(">")]
    [InlineData(">101")]
    [InlineData("=>50")]
    public void Parse_BoundNotAComparison_IsReported(string bound)
    {
        Assert.Equal(
            [$"claims.csv:2: reported_bound '{bound}' of claim C1 is not a bound on a percentage such as >50, >=50, <15 or <=15"],
            ProblemsOf($"{Header},reported_bound\nC1,S,q,code:LC1,2,,{bound}\n"));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOneWithItsLine()
    {
        var csv = $"{Header}\nC1,S,q,studies,60,\nC1,S,q,studies,60,\n,S,q,studies,60,\nC3,,,code:LC1,x,\n";

        Assert.Equal(
        [
            "claims.csv:3: duplicate claim_id C1 (first on line 2)",
            "claims.csv:4: empty claim_id; expected an identifier such as C01",
            "claims.csv:5: claim C3 has an empty section",
            "claims.csv:5: claim C3 has an empty quote",
            "claims.csv:5: reported_n 'x' of claim C3 is not a whole number of 0 or more",
        ], ProblemsOf(csv));
    }

    [Theory]
    [InlineData("", "claims.csv: the file is empty; expected a header row with claim_id,section,quote,quantity,reported_n,reported_percent")]
    [InlineData(Header + "\n", "claims.csv:1: the claims file has a header but no claims")]
    [InlineData("claim_id,section,quote,quantity,reported_n\nC1,S,q,studies,60\n", "claims.csv:1: missing required column reported_percent; the header must contain claim_id,section,quote,quantity,reported_n,reported_percent")]
    public void Parse_EmptyHeaderOnlyOrMissingColumn_IsReported(string csv, string expected)
    {
        Assert.Equal([expected], ProblemsOf(csv));
    }

    [Fact]
    public void Load_FileWithProblems_NamesTheFileAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reviewkit-claims-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, $"{Header}\nC1,S,q,studies,60,\nC2,S,q,code:,1,\n");
        try
        {
            var problems = Claims.Validate(path).Select(problem => problem.ToString()).ToList();

            Assert.StartsWith($"{path}:3: quantity 'code:' of claim C2: ", Assert.Single(problems), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_IsReported()
    {
        var path = Path.Combine(Path.GetTempPath(), "reviewkit-no-such-claims.csv");

        Assert.Equal([$"{path}: file not found"], Claims.Validate(path).Select(problem => problem.ToString()));
    }

    [Fact]
    public void Paper_EqualsTheRepositoryFile()
    {
        var fromFile = Claims.Load(Path.Combine(TestData.DataFolder, Claims.FileName));

        Assert.Equal(fromFile, Claims.Paper);
        Assert.Empty(Claims.Validate(Path.Combine(TestData.DataFolder, Claims.FileName)));
    }
}
