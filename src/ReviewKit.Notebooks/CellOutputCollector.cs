using System.Text;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace ReviewKit.Notebooks;

/// <summary>Turns the kernel events of one submitted cell into its outputs and failure.</summary>
internal sealed class CellOutputCollector
{
    private const string PlainText = "text/plain";

    private readonly List<CellOutput> _outputs = [];
    private readonly Dictionary<string, int> _outputIndexByDisplayId = new(StringComparer.Ordinal);

    // The text of the stream output that is last so far, appended in place: a cell that prints 20,000 lines is 20,000
    // events, and copying the text gathered so far at each one would cost time quadratic in the output.
    private readonly StringBuilder _openStream = new();
    private bool _openStreamChanged;
    private IReadOnlyDictionary<DisplayEvent, byte[]>? _staticImages;

    internal IReadOnlyList<CellOutput> Outputs
    {
        get
        {
            CloseStream();
            return _outputs;
        }
    }

    internal string? Error { get; private set; }

    internal bool Failed { get; private set; }

    /// <summary>Collects the events of one cell.</summary>
    /// <param name="events">The kernel's events for the cell, in order.</param>
    /// <param name="staticImages">PNG renderings of values the cell showed; each joins its value's output as one more mime type.</param>
    internal void Collect(IEnumerable<KernelEvent> events, IReadOnlyDictionary<DisplayEvent, byte[]>? staticImages = null)
    {
        _staticImages = staticImages;
        foreach (var kernelEvent in events)
        {
            Collect(kernelEvent);
        }
    }

    internal void Collect(KernelEvent kernelEvent)
    {
        switch (kernelEvent)
        {
            case CommandFailed failed:
                Fail(failed.Message);
                break;
            case ErrorProduced error:
                AddError(error.Message);
                break;
            case ReturnValueProduced returned:
                AddFormatted(CellOutputKind.ReturnValue, returned);
                break;
            case DisplayedValueProduced or DisplayedValueUpdated:
                AddOrReplaceDisplay((DisplayEvent)kernelEvent);
                break;
            case StandardOutputValueProduced standardOutput:
                AppendStream(CellOutputKind.StandardOutput, standardOutput.FormattedValues);
                break;
            case StandardErrorValueProduced standardError:
                AppendStream(CellOutputKind.StandardError, standardError.FormattedValues);
                break;
        }
    }

    internal void Fail(string message)
    {
        Failed = true;
        Error ??= message;
        AddError(message);
    }

    private void AddError(string message)
    {
        var alreadyReported = Outputs.Any(output =>
            output.Kind == CellOutputKind.Error && output.GetText(PlainText) == message);
        if (!alreadyReported)
        {
            Add(new CellOutput(CellOutputKind.Error, [new OutputValue(PlainText, message)]));
        }
    }

    private void AddFormatted(CellOutputKind kind, DisplayEvent shown)
    {
        var values = ToOutputValues(shown);
        if (values.Count > 0)
        {
            Add(new CellOutput(kind, values));
        }
    }

    /// <summary>Adds an output after the others; a stream output before it is then complete.</summary>
    private void Add(CellOutput output)
    {
        CloseStream();
        _outputs.Add(output);
    }

    /// <summary>Writes the stream text gathered so far into the last output.</summary>
    private void CloseStream()
    {
        if (_openStreamChanged)
        {
            _outputs[^1] = new CellOutput(_outputs[^1].Kind, [new OutputValue(PlainText, _openStream.ToString())]);
            _openStreamChanged = false;
        }
    }

    /// <summary>An update (such as the progress of a package restore) replaces the display it refers to, as a notebook front end shows it.</summary>
    private void AddOrReplaceDisplay(DisplayEvent display)
    {
        var values = ToOutputValues(display);
        if (values.Count == 0)
        {
            return;
        }

        var output = new CellOutput(CellOutputKind.DisplayedValue, values);
        if (!string.IsNullOrEmpty(display.ValueId) && _outputIndexByDisplayId.TryGetValue(display.ValueId, out var index))
        {
            CloseStream();
            _outputs[index] = output;
            return;
        }

        if (!string.IsNullOrEmpty(display.ValueId))
        {
            _outputIndexByDisplayId[display.ValueId] = _outputs.Count;
        }

        Add(output);
    }

    /// <summary>Adjacent writes to the same stream become one output, as in Jupyter.</summary>
    private void AppendStream(CellOutputKind kind, IEnumerable<FormattedValue> formattedValues)
    {
        var text = string.Concat(ToOutputValues(formattedValues).Select(value => value.Text));
        if (text.Length == 0)
        {
            return;
        }

        if (_outputs.Count > 0 && _outputs[^1].Kind == kind)
        {
            _openStream.Append(text);
            _openStreamChanged = true;
            return;
        }

        Add(new CellOutput(kind, [new OutputValue(PlainText, text)]));
        _openStream.Clear().Append(text);
    }

    /// <summary>The renderings of a shown value, with its static image last when there is one.</summary>
    private List<OutputValue> ToOutputValues(DisplayEvent shown)
    {
        var values = ToOutputValues(shown.FormattedValues);
        if (values.Count > 0 && _staticImages is not null && _staticImages.TryGetValue(shown, out var png))
        {
            values.Add(new OutputValue(NotebookComparison.StaticImageMimeType, Convert.ToBase64String(png)));
        }

        return values;
    }

    private static List<OutputValue> ToOutputValues(IEnumerable<FormattedValue> formattedValues) =>
        formattedValues
            .Where(value => !value.SuppressDisplay)
            .Select(value => new OutputValue(value.MimeType, value.Value))
            .ToList();
}
