using System.Diagnostics.CodeAnalysis;
using Lmec.Content.Validation;

namespace Lmec.Content.Json;

/// <summary>What <see cref="JsonFrontEnd"/> decided about an input: the text every later step reads, or the findings that reject it.</summary>
public sealed class JsonFrontEndResult
{
    /// <summary>Initialises a result.</summary>
    /// <param name="text">The text accepted, or <see langword="null"/> when the input is rejected.</param>
    /// <param name="report">The findings: none when the text is accepted.</param>
    internal JsonFrontEndResult(JsonText? text, ValidationReport report)
    {
        Text = text;
        Report = report;
    }

    /// <summary>Gets the text accepted.</summary>
    /// <value>The text, or <see langword="null"/> when the input is rejected.</value>
    public JsonText? Text { get; }

    /// <summary>Gets the report: every finding of the front end (<c>LMEC0xx</c>), each with its pointer, line, column and message; empty when the text is accepted.</summary>
    public ValidationReport Report { get; }

    /// <summary>Gets whether the input is accepted, so that <see cref="Text"/> may be read.</summary>
    [MemberNotNullWhen(true, nameof(Text))]
    public bool IsValid => Text is not null;
}
