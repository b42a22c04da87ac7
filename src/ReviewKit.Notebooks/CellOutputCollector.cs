using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace ReviewKit.Notebooks;

/// <summary>Turns the kernel events of one submitted cell into its outputs and failure.</summary>
internal sealed class CellOutputCollector
{
    private const string PlainText = "text/plain";

    private readonly List<CellOutput> _outputs = [];
    private readonly Dictionary<string, int> _outputIndexByDisplayId = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<DisplayEvent, byte[]>? _staticImages;

    internal IReadOnlyList<CellOutput> Outputs => _outputs;

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
        var alreadyReported = _outputs.Any(output =>
            output.Kind == CellOutputKind.Error && output.GetText(PlainText) == message);
        if (!alreadyReported)
        {
            _outputs.Add(new CellOutput(CellOutputKind.Error, [new OutputValue(PlainText, message)]));
        }
    }

    private void AddFormatted(CellOutputKind kind, DisplayEvent shown)
    {
        var values = ToOutputValues(shown);
        if (values.Count > 0)
        {
            _outputs.Add(new CellOutput(kind, values));
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
            _outputs[index] = output;
            return;
        }

        if (!string.IsNullOrEmpty(display.ValueId))
        {
            _outputIndexByDisplayId[display.ValueId] = _outputs.Count;
        }

        _outputs.Add(output);
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
            text = _outputs[^1].GetText(PlainText) + text;
            _outputs[^1] = new CellOutput(kind, [new OutputValue(PlainText, text)]);
            return;
        }

        _outputs.Add(new CellOutput(kind, [new OutputValue(PlainText, text)]));
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
