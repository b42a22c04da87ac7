using System.CommandLine;
using ReviewKit.Data;
using ReviewKit.Prisma;

namespace ReviewKit.Cli;

/// <summary><c>export-prisma</c>: the review's PRISMA flow as the template of the PRISMA2020 R package and Shiny app.</summary>
internal static class ExportPrismaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = ReviewKitCommandLine.NotEmpty(
            new Option<string>("--out")
            {
                Description = "The CSV file to write, in the shape of the PRISMA2020 package's PRISMA.csv.",
                HelpName = "FILE",
                Required = true,
            },
            "a file name");
        var data = ReviewKitCommandLine.DataOption(description:
            "The review's data folders (layers, in order); the flow is the prisma.csv of the last one that has one (default: the paper's, embedded).");
        var command = new Command(
            "export-prisma",
            "Write the PRISMA flow as the CSV template of the PRISMA2020 R package (PRISMA_data) and its Shiny app: every row of the package's template, counts not reported left empty.")
        {
            output, data,
        };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(output)!;
            var directories = parsed.GetValue(data);
            if (OutputPath.InsideDataFolder(file, directories, "export-prisma") is { } conflict)
            {
                stderr.WriteLine($"reviewkit: {conflict}");
                return ExitCodes.Usage;
            }

            if (OutputPath.CannotCreateFile(file) is { } outputProblem)
            {
                stderr.WriteLine($"reviewkit: {outputProblem}");
                return ExitCodes.CannotCreateOutput;
            }

            var inputs = Inputs.LoadOrReport(directories, stderr);
            if (inputs is null)
            {
                return ExitCodes.DataError;
            }

            if (inputs.Flow is not { } flow)
            {
                stderr.WriteLine($"reviewkit: no data folder holds {PrismaFlow.FileName} (looked in {VisibleText.Escape(string.Join(", ", directories!))}); export-prisma needs one: the paper's is data/{PrismaFlow.FileName}.");
                return ExitCodes.DataError;
            }

            AtomicFile.WriteAllText(file, flow.ToPrisma2020Csv());
            var known = PrismaStages.All.Count(stage => flow.Total(stage) is not null);
            stdout.WriteLine($"Wrote {VisibleText.Escape(file)}: the PRISMA2020 template with {known} of {PrismaStages.All.Count} counts of the flow; the others are left empty (NA to the package). Read it with PRISMA2020::PRISMA_data(read.csv(FILE)) or upload it to the Shiny app.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
