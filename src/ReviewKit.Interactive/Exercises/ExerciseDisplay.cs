using System.Net;
using Microsoft.DotNet.Interactive.Formatting;

namespace ReviewKit.Interactive;

/// <summary>Shows an exercise's result as its message alone, keeping its line breaks, instead of a tree of its properties.</summary>
internal static class ExerciseDisplay
{
    internal static void Register()
    {
        Formatter.Register<ExerciseResult>((result, writer) => writer.Write(ToHtml(result)), HtmlFormatter.MimeType);
        Formatter.Register<ExerciseResult>((result, writer) => writer.Write(result.Message), PlainTextFormatter.MimeType);
    }

    internal static string ToHtml(ExerciseResult result) =>
        $"<div style=\"white-space: pre-wrap\">{WebUtility.HtmlEncode(result.Message)}</div>";
}
