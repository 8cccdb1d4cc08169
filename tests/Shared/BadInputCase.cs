using System.Text;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Testing;

/// <summary>
/// One hostile input of <c>bad-inputs.md</c> and the finding validation must answer it with, the same at every
/// raw-JSON entry point and through the tool.
/// </summary>
internal sealed record BadInputCase
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Gets a short name that says what is wrong, unique among the cases.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the input as bytes.</summary>
    public required byte[] Utf8 { get; init; }

    /// <summary>Gets the code expected, or <see langword="null"/> when the input must be valid without any finding.</summary>
    public required string? Code { get; init; }

    /// <summary>Gets the JSON Pointer of the expected finding.</summary>
    public string Path { get; init; } = JsonPointer.Root;

    /// <summary>Gets the severity of the expected finding; a warning leaves the document valid.</summary>
    public ValidationSeverity Severity { get; init; } = ValidationSeverity.Error;

    /// <summary>Gets the line of the expected finding, or <see langword="null"/> to accept any line.</summary>
    public int? Line { get; init; }

    /// <summary>Gets the column of the expected finding, or <see langword="null"/> to accept any column.</summary>
    public int? Column { get; init; }

    /// <summary>Gets the read mode to validate with.</summary>
    public ContentReadMode Mode { get; init; } = ContentReadMode.Strict;

    /// <summary>
    /// Gets the input as a .NET string for the text entry point: the bytes decoded when they are UTF-8, or a
    /// string of its own (such as one holding a lone surrogate); <see langword="null"/> when the input has no
    /// form as text (invalid UTF-8, UTF-16).
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Gets whether the input must be reported valid.</summary>
    public bool IsValid => Code is null || Severity == ValidationSeverity.Warning;

    /// <summary>Makes a case of JSON text, whose bytes are its UTF-8.</summary>
    /// <param name="name">The name.</param>
    /// <param name="json">The text.</param>
    /// <param name="code">The code expected, or <see langword="null"/> for none.</param>
    /// <param name="path">The pointer expected.</param>
    /// <returns>The case.</returns>
    public static BadInputCase OfText(string name, string json, string? code, string path = JsonPointer.Root) =>
        new() { Name = name, Utf8 = Encoding.UTF8.GetBytes(json), Text = json, Code = code, Path = path };

    /// <summary>Makes a case of bytes; its text is their strict UTF-8 decoding, or none when they are not UTF-8.</summary>
    /// <param name="name">The name.</param>
    /// <param name="utf8">The bytes.</param>
    /// <param name="code">The code expected.</param>
    /// <param name="path">The pointer expected.</param>
    /// <returns>The case.</returns>
    public static BadInputCase OfBytes(string name, byte[] utf8, string? code, string path = JsonPointer.Root) =>
        new() { Name = name, Utf8 = utf8, Text = TryDecode(utf8), Code = code, Path = path };

    /// <summary>Tells what in a report does not match this case, for an assertion message.</summary>
    /// <param name="isValid">Whether the report says the document is valid.</param>
    /// <param name="findings">The report's findings.</param>
    /// <returns><see langword="null"/> when the report matches; otherwise what is wrong, with every finding.</returns>
    public string? Mismatch(bool isValid, IReadOnlyCollection<ValidationError> findings)
    {
        var matches = Code is null
            ? findings.Count == 0
            : findings.Any(finding => finding.Code == Code && finding.Path == Path && finding.Severity == Severity
                && (Line is null || finding.Line == Line) && (Column is null || finding.Column == Column));
        return matches && isValid == IsValid
            ? null
            : $"{Name}: expected {(Code is null ? "no finding" : $"{Severity} {Code} at '{Path}' ({Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"}:{Column?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*"})")}, "
                + $"valid: {IsValid}; got valid: {isValid}, findings:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}";
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static string? TryDecode(byte[] utf8)
    {
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
