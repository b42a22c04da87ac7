using System.CommandLine;
using ReviewKit.Data;
using ReviewKit.Interchange;

namespace ReviewKit.Cli;

/// <summary><c>export-qda</c>: the codebook (<c>.qdc</c>) or the study-level coding (<c>.qdpx</c>) for a QDA suite, in REFI-QDA.</summary>
internal static class ExportQdaCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = ReviewKitCommandLine.NotEmpty(
            new Option<string>("--out")
            {
                Description = "The file to write: FILE.qdc for the codebook (REFI-QDA Codebook 1.0), FILE.qdpx for the coding as a project (REFI-QDA Project 1.0).",
                HelpName = "FILE",
                Required = true,
            },
            "a file name");
        output.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (!string.IsNullOrWhiteSpace(value) && Kind(value) is null)
            {
                result.AddError($"--out must end in .qdc (the codebook) or .qdpx (the coding as a project); '{VisibleText.Escape(value)}' does neither.");
            }
            else if (value.Any(char.IsControl) || QdaText.FirstUnwritable(value) is not null)
            {
                result.AddError($"--out '{VisibleText.Escape(value)}' holds a control character; give a file name without one (a .qdpx carries its name inside, in XML, which cannot hold it).");
            }
        });
        var data = ReviewKitCommandLine.DataOption();
        var command = new Command("export-qda", "Write the codebook as a REFI-QDA .qdc, or the coding as a .qdpx project (a case and a coded text source per study), for NVivo, ATLAS.ti, MAXQDA or QualCoder.")
        {
            output, data,
        };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(output)!;
            var directories = parsed.GetValue(data);
            if (OutputPath.InsideDataFolder(file, directories, "export-qda") is { } conflict)
            {
                stderr.WriteLine($"reviewkit: {conflict}");
                return ExitCodes.Usage;
            }

            if (OutputPath.CannotCreateFile(file) is { } outputProblem)
            {
                stderr.WriteLine($"reviewkit: {outputProblem}");
                return ExitCodes.CannotCreateOutput;
            }

            var dataset = ReviewKitCommandLine.LoadOrReport(directories, stderr);
            if (dataset is null)
            {
                return ExitCodes.DataError;
            }

            var withStudies = Kind(file) == ".qdpx";
            if (QdaText.Problems(dataset, withStudies).Count > 0)
            {
                // Found again in the layers' files, so that each problem names its file and line.
                var located = directories is { Length: > 0 } ? QdaText.ProblemsInLayers(directories, withStudies) : [];
                ReviewKitCommandLine.Report(new ReviewDataException(located.Count > 0 ? located : QdaText.Problems(dataset, withStudies)), DataSource(directories), stderr);
                return ExitCodes.DataError;
            }

            var shown = VisibleText.Escape(file);
            if (Kind(file) == ".qdc")
            {
                AtomicFile.WriteAllBytes(file, RefiQda.Codebook(dataset));
                stdout.WriteLine($"Wrote {shown}: a REFI-QDA codebook of {dataset.Codebook.Count} codes under {dataset.Codebook.Select(code => code.Stakeholder).Distinct().Count()} stakeholders.");
            }
            else
            {
                var titles = directories is { Length: > 0 } ? QdaText.TitlesInLayers(directories) : null;
                AtomicFile.WriteAllBytes(file, RefiQda.ProjectArchive(dataset, Path.GetFileNameWithoutExtension(file), titles));
                stdout.WriteLine($"Wrote {shown}: a REFI-QDA project of {dataset.Studies.Count} studies, each a case and a text source of its citation, with {dataset.Codings.Count} coded selections of {dataset.Codebook.Count} codes.");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string DataSource(string[]? directories) => directories is { Length: > 0 } ? string.Join(" + ", directories) : "the embedded dataset";

    /// <summary>The file's kind by extension, <c>.qdc</c> or <c>.qdpx</c>; null for any other.</summary>
    private static string? Kind(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        return extension is ".qdc" or ".qdpx" ? extension : null;
    }
}
