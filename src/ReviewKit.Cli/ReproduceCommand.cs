using System.CommandLine;

namespace ReviewKit.Cli;

/// <summary><c>reproduce</c>: execute every notebook in order and write notebooks, figures and tables.</summary>
internal static class ReproduceCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = ReviewKitCommandLine.DataOption();
        var output = new Option<string>("--out") { Description = "Folder for executed notebooks, figures and tables.", DefaultValueFactory = _ => "out", HelpName = "DIR" };
        var check = new Option<bool>("--check") { Description = "Fail when committed notebook outputs differ from a fresh run." };
        var command = new Command("reproduce", "Run every notebook on the data and write executed notebooks, figures and tables.") { data, output, check };
        command.SetAction(parsed =>
        {
            var dataset = ReviewKitCommandLine.LoadOrReport(parsed.GetValue(data), stderr);
            if (dataset is null)
            {
                return ExitCodes.DataError;
            }

            var tables = Path.Combine(parsed.GetValue(output)!, "tables");
            Directory.CreateDirectory(tables);
            foreach (var table in Reports.All(dataset))
            {
                File.WriteAllText(Path.Combine(tables, table.Name + ".csv"), table.ToCsv());
                File.WriteAllText(Path.Combine(tables, table.Name + ".md"), table.ToMarkdown());
            }

            stdout.WriteLine($"tables written to {tables}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
