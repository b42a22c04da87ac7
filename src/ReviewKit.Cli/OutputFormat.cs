using ReviewKit.Data;
using ReviewKit.Presentation;
using Spectre.Console;

namespace ReviewKit.Cli;

/// <summary>How a command prints a table.</summary>
internal enum OutputFormat
{
    /// <summary>An aligned text table for reading in a terminal.</summary>
    Table,

    /// <summary>RFC 4180 CSV, invariant culture, LF.</summary>
    Csv,

    /// <summary>A Markdown table.</summary>
    Md,
}

internal static class TableOutput
{
    public static void Write(ReportTable table, OutputFormat format, TextWriter writer)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                writer.Write(table.ToCsv());
                break;
            case OutputFormat.Md:
                writer.Write(table.ToMarkdown());
                break;
            default:
                WriteAligned(table, writer);
                break;
        }
    }

    private static void WriteAligned(ReportTable table, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        // Text from a data file must not act on the terminal: control characters (ESC, BEL, NUL…) and invisible ones are shown as \uXXXX.
        var grid = new Table { Border = TableBorder.Simple, Title = new TableTitle(Markup.Escape(VisibleText.Escape(table.Title))) };
        foreach (var column in table.Columns)
        {
            grid.AddColumn(new TableColumn(Markup.Escape(VisibleText.Escape(column))));
        }

        foreach (var row in table.Rows)
        {
            grid.AddRow(row.Select(cell => new Text(VisibleText.Escape(cell))).ToArray());
        }

        console.Write(grid);
    }
}
