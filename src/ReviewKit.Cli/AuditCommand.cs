using System.CommandLine;
using ReviewKit.Audit;
using ReviewKit.Presentation;

namespace ReviewKit.Cli;

/// <summary><c>audit</c>: check every number the paper states against the coding table.</summary>
internal static class AuditCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = ReviewKitCommandLine.DataOption();
        var format = ReviewKitCommandLine.FormatOption();
        var claimsFile = ReviewKitCommandLine.NotEmpty(new Option<string?>("--claims")
        {
            Description = "A claims file (claim_id,section,quote,quantity,reported_n,reported_percent); default: claims.csv of the last --data folder that has one, else the paper's claims, embedded.",
            HelpName = "FILE",
        }, "a file name");
        var command = new Command("audit", "Check each number the paper states against the data: claim_id,quantity,reported_n,reported_percent,computed_n,computed_percent,verdict,note.")
        {
            data, format, claimsFile,
        };
        command.SetAction(parsed =>
        {
            var inputs = Inputs.LoadOrReport(parsed.GetValue(data), stderr, parsed.GetValue(claimsFile));
            if (inputs is null)
            {
                return ExitCodes.DataError;
            }

            var (dataset, claims) = (inputs.Dataset, inputs.Claims);
            var outputFormat = parsed.GetValue(format);
            TableOutput.Write(Reports.Audit(dataset, claims), outputFormat, stdout);
            if (outputFormat == OutputFormat.Table)
            {
                var counts = ReproductionAudit.Run(dataset, claims).CountBy(check => check.Verdict).OrderBy(pair => pair.Key);
                stdout.WriteLine($"{claims.Count} claims: {string.Join(", ", counts.Select(pair => $"{pair.Value} {ReproductionAudit.Name(pair.Key)}"))}.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
