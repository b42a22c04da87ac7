using System.CommandLine;
using ReviewKit.Data;
using ReviewKit.Interchange;
using ReviewKit.Prisma;

namespace ReviewKit.Cli;

/// <summary><c>import-prisma</c>: a filled template of the PRISMA2020 R package or Shiny app as a layer's <c>prisma.csv</c>.</summary>
internal static class ImportPrismaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = ReviewKitCommandLine.InputFile("import-prisma", "A filled PRISMA2020 template (the package's PRISMA.csv, or the CSV the Shiny app downloads).");
        var output = ReviewKitCommandLine.NewLayerFolder();
        var command = new Command(
            "import-prisma",
            "Write a layer (prisma.csv and an empty codings.csv) from a filled PRISMA2020 template: per-database counts kept; NA, xxx and the package's placeholder 0s read as not reported.")
        {
            file, output,
        };
        command.SetAction(parsed =>
        {
            var outputFolder = parsed.GetValue(output)!;
            if (OutputPath.CannotCreateFolder(outputFolder) is { } outputProblem)
            {
                stderr.WriteLine($"reviewkit: {outputProblem}");
                return ExitCodes.CannotCreateOutput;
            }

            var path = parsed.GetValue(file)!;
            var read = ReviewKitCommandLine.LoadOrReport(() => Read(path), path, stderr);
            if (read is null)
            {
                return ExitCodes.DataError;
            }

            var (flow, notKept) = (read.Flow, read.NotKept);
            foreach (var problem in notKept)
            {
                stderr.WriteLine(problem);
            }

            // The empty codings.csv makes the folder a layer that --data takes: a folder with none of the data files is refused as a likely mistake.
            LayerFolder.Write(outputFolder, [(PrismaFlow.FileName, flow.ToCsv()), (ReviewDataset.CodingsFile, StudyImport.EmptyCodingsCsv)]);
            var known = PrismaStages.All.Count(stage => flow.Total(stage) is not null);
            stdout.WriteLine($"Wrote {VisibleText.Escape(Path.Combine(outputFolder, PrismaFlow.FileName))}: {known} of {PrismaStages.All.Count} counts reported"
                + (notKept.Count > 0 ? $"; {notKept.Count} row{(notKept.Count == 1 ? "" : "s")} of arms the flow does not draw left out (listed on stderr)." : "."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Template Read(string path)
    {
        var problems = new ProblemLog();
        var text = CsvTable.ReadText(path, path, problems);
        var (flow, notKept) = text is null ? (null, []) : Prisma2020Template.Read(path, text, problems);
        return flow is null ? throw new ReviewDataException(problems) : new Template(flow, notKept);
    }

    private sealed record Template(PrismaFlow Flow, IReadOnlyList<DataProblem> NotKept);
}
