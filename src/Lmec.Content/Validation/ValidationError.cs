namespace Lmec.Content.Validation;

/// <summary>
/// One finding of validation: what is wrong (a stable <see cref="Code"/>), how serious it is, where it
/// is (an RFC 6901 JSON Pointer with wire names, and the line and column where known), and a message.
/// </summary>
public sealed record ValidationError
{
    /// <summary>Gets the stable code of the finding, such as <c>LMEC201</c>; the built-in codes are listed in <see cref="ValidationCodes"/> and documented in <c>docs/validation-rules.md</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets how serious the finding is.</summary>
    public required ValidationSeverity Severity { get; init; }

    /// <summary>
    /// Gets where the finding is, as an RFC 6901 JSON Pointer with the wire names of the members, such as
    /// <c>/articles/0/speeches/2/speakerId</c>; the empty string is the whole document.
    /// </summary>
    public required string Path { get; init; }

    /// <summary>Gets the message, in the language validation was asked for.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the line of the finding in the source text, from 1.</summary>
    /// <value>The line, or <see langword="null"/> when there is no source text, as for a model built in code.</value>
    public int? Line { get; init; }

    /// <summary>Gets the column of the finding in the source text, from 1, counted in Unicode scalar values.</summary>
    /// <value>The column, or <see langword="null"/> when there is no source text.</value>
    public int? Column { get; init; }

    /// <summary>Returns the finding as <c>line:column: severity code at pointer: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(Line is { } line ? $"{line}:{Column}: " : string.Empty)}{Severity.ToString().ToLowerInvariant()} {Code} at '{Path}': {Message}";
}
