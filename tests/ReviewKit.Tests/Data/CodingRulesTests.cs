using ReviewKit.Data;

namespace ReviewKit.Tests;

public class CodingRulesTests
{
    private const string Studies = "study_id,authors,year\nS1,Smith,2020\n";
    private const string Codings = "study_id,code\nS1,LO1\n";

    [Fact]
    public void Paper_EveryCode_HasADefinitionInclusionExclusionAndExample()
    {
        Assert.All(ReviewDataset.Paper.Codebook, code =>
        {
            Assert.NotNull(code.Rules);
            Assert.All(new[] { code.Rules.Definition, code.Rules.Inclusion, code.Rules.Exclusion, code.Rules.Example }, part => Assert.False(string.IsNullOrWhiteSpace(part)));
        });
    }

    [Fact]
    public void Paper_EveryCodeAnExclusionNames_IsInTheCodebook()
    {
        var codes = ReviewDataset.Paper.Codebook.Select(code => code.Id).ToHashSet(StringComparer.Ordinal);

        var named = ReviewDataset.Paper.Codebook.SelectMany(code => System.Text.RegularExpressions.Regex.Matches(code.Rules!.Exclusion!, @"\b[LEUG][CO][0-9]\b").Select(match => match.Value));

        Assert.All(named, code => Assert.Contains(code, codes));
    }

    [Fact]
    public void Parse_ACodebookWithoutRuleColumns_LoadsWithNoRules()
    {
        var dataset = ReviewDataset.Parse("code,stakeholder,polarity,label\nLO1,Learners,Opportunity,Motivation\n", Studies, Codings);

        Assert.Null(dataset.GetCode("LO1").Rules);
        Assert.Equal(new Code("LO1", Stakeholder.Learners, Polarity.Opportunity, "Motivation"), dataset.GetCode("LO1"));
    }

    [Fact]
    public void Parse_RuleColumns_AreReadAndBlankPartsAreNull()
    {
        var dataset = ReviewDataset.Parse(
            "code,stakeholder,polarity,label,definition,inclusion,exclusion,example\nLO1,Learners,Opportunity,Motivation,Learners more motivated.,\"Motivation, engagement.\",,\n",
            Studies,
            Codings);

        Assert.Equal(new CodingRules("Learners more motivated.", "Motivation, engagement.", null, null), dataset.GetCode("LO1").Rules);
    }

    [Fact]
    public void Parse_RulesWithoutADefinition_AreAProblem()
    {
        var error = Assert.Throws<ReviewDataException>(() => ReviewDataset.Parse(
            "code,stakeholder,polarity,label,definition,inclusion\nLO1,Learners,Opportunity,Motivation,,Motivation.\n", Studies, Codings));

        Assert.Contains("codebook.csv:2: code LO1 has an inclusion rule, exclusion rule or example but no definition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_LeavesTheRulesOut()
    {
        var without = ReviewDataset.Parse("code,stakeholder,polarity,label\nLO1,Learners,Opportunity,Motivation\n", Studies, Codings);
        var with = ReviewDataset.Parse("code,stakeholder,polarity,label,definition\nLO1,Learners,Opportunity,Motivation,Learners more motivated.\n", Studies, Codings);

        Assert.Equal(without.Fingerprint(), with.Fingerprint());
    }
}
