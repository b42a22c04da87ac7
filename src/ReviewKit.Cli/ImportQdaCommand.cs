using System.CommandLine;
using System.Text;
using ReviewKit.Data;
using ReviewKit.Interchange;
using ReviewKit.Reliability;

namespace ReviewKit.Cli;

/// <summary><c>import-qda</c>: a REFI-QDA project (<c>.qdpx</c>) as a data layer, with a coder file per user when several coded.</summary>
internal static class ImportQdaCommand
{
    /// <summary>The layer's subfolder for the coders' files.</summary>
    public const string CodersFolder = "coders";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = ReviewKitCommandLine.InputFile("import-qda", "A REFI-QDA project (.qdpx) exported by NVivo, ATLAS.ti, MAXQDA, QualCoder or export-qda.");
        var output = ReviewKitCommandLine.NewLayerFolder();
        var command = new Command(
            "import-qda",
            "Write a layer (codebook.csv, studies.csv, codings.csv) from a REFI-QDA project: its cases, or else its coded sources, become studies; with several users, coders/USER.csv for agreement.")
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
            var project = ReviewKitCommandLine.LoadOrReport(() => RefiQda.ReadArchive(path), path, stderr);
            if (project is null)
            {
                return ExitCodes.DataError;
            }

            var coderFiles = CoderFileNames(project.Coders);
            LayerFolder.Write(outputFolder,
            [
                (ReviewDataset.CodebookFile, project.ToCodebookCsv()),
                (ReviewDataset.StudiesFile, project.ToStudiesCsv()),
                (ReviewDataset.CodingsFile, project.ToCodingsCsv()),
                .. project.Coders.Select((coder, i) => (Path.Combine(CodersFolder, coderFiles[i]), QdaProject.ToCoderCsv(coder))),
            ]);
            var shown = VisibleText.Escape(outputFolder);
            stdout.WriteLine($"Wrote {shown}: {project.Codebook.Count} codes, {project.Studies.Count} studies, {project.Codings.Count} codings.");
            if (project.OnlyCoder is { } coder)
            {
                stderr.WriteLine($"reviewkit: one coder is seen ({VisibleText.Escape(coder)} created every coding of the sources), so no agreement can be computed.");
            }

            if (project.Coders.Count > 0)
            {
                var coders = string.Concat(coderFiles.Select(name => $" --coder {VisibleText.Escape(Path.Combine(outputFolder, CodersFolder, name))}"));
                stdout.WriteLine($"{project.Coders.Count} users coded the sources; each one's coding is in {VisibleText.Escape(Path.Combine(outputFolder, CodersFolder))}. Compare them with: reviewkit agreement --data {shown}{coders}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Room for the <c>-N</c> of a repeated name and <c>.csv</c> within the 255 bytes a file name may have.</summary>
    private const int LongestCoderStem = 200;

    /// <summary>A file name per coder from the user's name: letters, digits, <c>-</c>, <c>_</c> and <c>.</c> kept, other characters as <c>-</c>; a repeated name gets <c>-2</c>, <c>-3</c>, ….</summary>
    internal static IReadOnlyList<string> CoderFileNames(IReadOnlyList<Coder> coders)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var coder in coders)
        {
            var safe = new StringBuilder();
            foreach (var c in coder.Name.Trim())
            {
                safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-');
            }

            var stem = safe.ToString().Trim('-', '.') is { Length: > 0 } trimmed ? trimmed : "coder";
            stem = stem.Length > LongestCoderStem ? stem[..LongestCoderStem] : stem;
            var name = stem;
            for (var n = 2; !taken.Add(name); n++)
            {
                name = $"{stem}-{n}";
            }

            names.Add(name + ".csv");
        }

        return names;
    }
}
