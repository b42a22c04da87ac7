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
            Description = "RIS (Scopus, Web of Science, EndNote, Zotero) or CSL-JSON (Zotero, Mendeley) exports, in UTF-8 or UTF-16 with a byte-order mark.",
            Arity = ArgumentArity.OneOrMore,
        };
        files.Validators.Add(result =>
        {
            if (result.Tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                result.AddError("import-studies needs file names, and an empty one was given.");
            }
        });
        var output = ReviewKitCommandLine.NewLayerFolder();
        var data = ReviewKitCommandLine.DataOption(description:
            "The review's data folders (layers, in order) that new records are checked against for duplicates and whose ids they continue (default: the paper's dataset, embedded).");
        var skipIncomplete = new Option<bool>("--skip-incomplete")
        {
            Description = "Import the complete records and list each one without author or year on stderr as FILE:LINE: skipped: why, instead of refusing the files.",
        };
        var encoding = new Option<string>("--encoding")
        {
            Description = $"The encoding of RIS files without a byte-order mark: utf-8 (the default) or {ExportText.Windows1252Name} (older Windows tools). CSL-JSON is always UTF-8 or UTF-16.",
            HelpName = "ENCODING",
            DefaultValueFactory = _ => "utf-8",
        };
        encoding.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && ParseEncoding(result.Tokens[^1].Value) is null)
            {
                result.AddError($"--encoding takes utf-8 or {ExportText.Windows1252Name}, not '{VisibleText.Escape(result.Tokens[^1].Value)}'.");
            }
        });
        var command = new Command(
            "import-studies",
            "Write a new layer from reference-manager exports: studies.csv (study_id,authors,year,title,doi,source) and an empty codings.csv; possible duplicates are listed and left out.")
        {
            files, output, data, skipIncomplete, encoding,
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
            var skipping = parsed.GetValue(skipIncomplete);
            var loaded = References.Load(paths, skipping, windows1252: ParseEncoding(parsed.GetValue(encoding)!) == true);
            foreach (var note in loaded.EncodingNotes)
            {
                stderr.WriteLine(note);
            }

            if (loaded.Failure is { } failure)
            {
                ReviewKitCommandLine.Report(failure, string.Join(", ", paths), stderr);
                if (loaded.IncompleteRecords > 0)
                {
                    var records = loaded.IncompleteRecords == 1 ? "1 record has" : $"{loaded.IncompleteRecords} records have";
                    stderr.WriteLine($"reviewkit: {records} no author or no year; --skip-incomplete imports the complete records and lists the others.");
                }

                return ExitCodes.DataError;
            }

            foreach (var skipped in loaded.Skipped)
            {
                stderr.WriteLine(skipped);
            }

            var references = loaded.References;
            if (references.Count == 0)
            {
                stderr.WriteLine($"reviewkit: no complete record: all {loaded.Skipped.Count} record{(loaded.Skipped.Count == 1 ? " was" : "s were")} skipped; nothing was written.");
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
            var skippedCount = loaded.Skipped.Count;
            stdout.WriteLine($"Wrote {shown}: {import.Studies.Count} new stud{(import.Studies.Count == 1 ? "y" : "ies")} ({VisibleText.Escape(ids)}) from {references.Count} record{(references.Count == 1 ? "" : "s")}"
                + (left > 0 ? $"; {left} possible duplicate{(left == 1 ? "" : "s")} left out (listed on stderr)" : "")
                + (skippedCount > 0 ? $"; {skippedCount} incomplete record{(skippedCount == 1 ? "" : "s")} skipped (listed on stderr)." : "."));
            var layers = string.Concat(directories.Select(directory => $" --data {VisibleText.Escape(directory)}"));
            stdout.WriteLine($"Next: add one row per (study, code) to {VisibleText.Escape(Path.Combine(outputFolder, ReviewDataset.CodingsFile))}, then check the layer with: reviewkit validate{(layers.Length > 0 ? layers : " --data data")} --data {shown}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>True for Windows-1252, false for UTF-8, null for a name neither, in the spellings people use (<c>cp1252</c>, <c>UTF8</c>).</summary>
    private static bool? ParseEncoding(string name) => name.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => false,
        ExportText.Windows1252Name or "windows1252" or "cp1252" => true,
        _ => null,
    };
}
