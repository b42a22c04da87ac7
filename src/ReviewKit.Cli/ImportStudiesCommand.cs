using System.CommandLine;
using ReviewKit.Data;
using ReviewKit.Interchange;

namespace ReviewKit.Cli;

/// <summary><c>import-studies</c>: new studies from RIS or CSL-JSON exports, as a new data layer.</summary>
internal static class ImportStudiesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "RIS (Scopus, Web of Science, EndNote, Zotero) or CSL-JSON (Zotero, Mendeley) exports.",
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError("import-studies needs file names, and an empty one was given.");
            }
        });
        var output = ReviewKitCommandLine.NotEmpty(
            new Option<string>("--out") { Description = "The new layer's folder (must not exist, or be empty).", HelpName = "DIR", Required = true }, "a folder name");
        var data = ReviewKitCommandLine.DataOption(description:
            "The review's data folders (layers, in order) that new records are checked against for duplicates and whose ids they continue (default: the paper's dataset, embedded).");
        var command = new Command(
            "import-studies",
            "Write a new layer from reference-manager exports: studies.csv (study_id,authors,year,title,doi,source) and an empty codings.csv; possible duplicates are listed and left out.")
        {
            files, output, data,
        };
        command.SetAction(parsed =>
        {
            var outputFolder = parsed.GetValue(output)!;
            var directories = parsed.GetValue(data) ?? [];
            if (OutputPath.InsideDataFolder(outputFolder, directories, "import-studies") is { } conflict)
            {
                stderr.WriteLine($"reviewkit: {conflict}");
                return ExitCodes.Usage;
            }

            if (OutputPath.CannotCreateFolder(outputFolder) is { } outputProblem)
            {
                stderr.WriteLine($"reviewkit: {outputProblem}");
                return ExitCodes.CannotCreateOutput;
            }

            var paths = parsed.GetValue(files)!;
            var references = ReviewKitCommandLine.LoadOrReport(() => References.Load(paths), string.Join(", ", paths), stderr);
            if (references is null)
            {
                return ExitCodes.DataError;
            }

            var import = ReviewKitCommandLine.LoadOrReport(
                () => StudyImport.Prepare(references, directories), directories.Length > 0 ? string.Join(" + ", directories) : "the embedded dataset", stderr);
            if (import is null)
            {
                return ExitCodes.DataError;
            }

            foreach (var duplicate in import.Duplicates)
            {
                stderr.WriteLine(duplicate);
            }

            var left = import.Duplicates.Select(duplicate => duplicate.Reference).Distinct().Count();
            if (import.Studies.Count == 0)
            {
                stderr.WriteLine($"reviewkit: no new study: all {left} record{(left == 1 ? "" : "s")} may duplicate studies of the review; nothing was written.");
                return ExitCodes.DataError;
            }

            LayerFolder.Write(outputFolder, [(ReviewDataset.StudiesFile, import.ToStudiesCsv()), (ReviewDataset.CodingsFile, StudyImport.EmptyCodingsCsv)]);
            var shown = VisibleText.Escape(outputFolder);
            var ids = import.Studies.Count == 1 ? import.Studies[0].Id : $"{import.Studies[0].Id}–{import.Studies[^1].Id}";
            stdout.WriteLine($"Wrote {shown}: {import.Studies.Count} new stud{(import.Studies.Count == 1 ? "y" : "ies")} ({VisibleText.Escape(ids)}) from {references.Count} record{(references.Count == 1 ? "" : "s")}"
                + (left > 0 ? $"; {left} possible duplicate{(left == 1 ? "" : "s")} left out (listed on stderr)." : "."));
            var layers = string.Concat(directories.Select(directory => $" --data {VisibleText.Escape(directory)}"));
            stdout.WriteLine($"Next: add one row per (study, code) to {VisibleText.Escape(Path.Combine(outputFolder, ReviewDataset.CodingsFile))}, then check the layer with: reviewkit validate{(layers.Length > 0 ? layers : " --data data")} --data {shown}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
