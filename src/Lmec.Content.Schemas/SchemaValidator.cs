using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Lmec.Content.Contract;
using Lmec.Content.Json;
using Lmec.Content.Localization;
using Lmec.Content.Model;
using Lmec.Content.Schemas.Checking;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas;

/// <summary>
/// Validates raw JSON against the published schemas, offline. A text first passes the JSON front end of
/// <c>Lmec.Content</c> (<see cref="JsonFrontEnd"/>: size and depth limits, UTF-8, RFC 8259 syntax, distinct
/// member names, no lone surrogates, numbers in range), whose findings are those of content validation
/// (<c>LMEC0xx</c>, same code and message); only then does NJsonSchema check it against the schema its
/// <c>kind</c> member names, with format checks that accept what the model reads. Every finding has a code,
/// an RFC 6901 pointer, a line and column and a message from the message catalogue, in the language of the culture.
/// </summary>
/// <remarks>
/// Bad data never throws: it gets findings. Instances are immutable and thread-safe; one can serve every
/// caller. As an <see cref="IStructureValidator"/> it adds the schema check to the content validation of
/// <c>Lmec.Content</c>, fed the text content validation's front end accepted, which it does not check again.
/// </remarks>
[SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "As in JsonSerializer, the overloads differ in the type of their first parameter, which no optional parameter added later can make ambiguous.")]
public sealed class SchemaValidator : IStructureValidator
{
    private static readonly string KindPointer = JsonPointer.Append(JsonPointer.Root, WireContract.DiscriminatorName);

    private readonly JsonFrontEnd _frontEnd;
    private readonly MessageCatalog _messages;

    /// <summary>Initializes a validator with the default limits.</summary>
    public SchemaValidator()
        : this(new ContentLimits())
    {
    }

    /// <summary>Initializes a validator with the limits content validation uses, such as <see cref="LmecContentOptions.Limits"/>.</summary>
    /// <param name="limits">The limits, copied: later changes to them do not reach the validator.</param>
    /// <param name="messages">The messages of its findings; <see langword="null"/> for <see cref="MessageCatalog.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    public SchemaValidator(ContentLimits limits, MessageCatalog? messages = null)
    {
        _messages = messages ?? MessageCatalog.Default;
        _frontEnd = new JsonFrontEnd(limits, _messages);
    }

    /// <summary>Validates a document given as text.</summary>
    /// <param name="json">The JSON text; a leading byte order mark is skipped.</param>
    /// <param name="culture">The language of the messages, which falls back through its parents to English; <see langword="null"/> for English.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(string json, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        return Check(_frontEnd.Read(json, culture), culture);
    }

    /// <summary>Validates a document given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON; a single leading UTF-8 byte order mark is skipped.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for English.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(ReadOnlyMemory<byte> utf8Json, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        return Check(_frontEnd.Read(utf8Json, culture), culture);
    }

    /// <summary>Validates a document read from a stream, reading no more than the size limit allows.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; it is read to its end, or just past the size limit, and left open.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for English.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public ValidationReport Validate(Stream utf8Json, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        return Check(_frontEnd.Read(utf8Json, culture), culture);
    }

    /// <summary>Validates a document read from a stream asynchronously, reading no more than the size limit allows.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; it is read to its end, or just past the size limit, and left open.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for English.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ValidationReport> ValidateAsync(Stream utf8Json, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        culture ??= CultureInfo.InvariantCulture;
        return Check(await _frontEnd.ReadAsync(utf8Json, culture, cancellationToken).ConfigureAwait(false), culture);
    }

    /// <summary>Checks one document for content validation against the schema of <paramref name="kind"/>.</summary>
    /// <param name="json">The document's text, as content validation's front end accepted it; it is not checked again.</param>
    /// <param name="kind">The kind of document, from its <c>kind</c> member.</param>
    /// <param name="culture">The language of the messages, which falls back through its parents to English.</param>
    /// <returns>The findings, with pointer, line and column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ValidationError> Validate(JsonText json, DocumentKind kind, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(culture);
        return Check(json.Utf8Json.Span, kind, culture);
    }

    private ValidationReport Check(JsonFrontEndResult json, CultureInfo culture) =>
        json.IsValid ? new ValidationReport(Check(json.Text.Utf8Json.Span, kind: null, culture)) : json.Report;

    private List<ValidationError> Check(ReadOnlySpan<byte> text, DocumentKind? kind, CultureInfo culture)
    {
        kind ??= ContentJson.DetectKind(text);
        return kind is { } known
            ? SchemaCheck.Run(text, SchemaRegistry.Default.GetSchema(ContentSchemas.ForDocumentKind(known)), ContentSchemas.ForDocumentKind(known).ModelType!, culture, _messages)
            : [NoKind(text, culture, _messages)];
    }

    /// <summary>Reports a document whose <c>kind</c> names no kind of document, so that no schema applies, as the typed validation does.</summary>
    private static ValidationError NoKind(ReadOnlySpan<byte> text, CultureInfo culture, MessageCatalog messages)
    {
        using var parsed = JsonDocument.Parse(text.ToArray());
        var root = parsed.RootElement;
        var (code, pointer, message) = root.ValueKind != JsonValueKind.Object
            ? (ValidationCodes.NotAnObject, JsonPointer.Root, messages.Format(ValidationCodes.NotAnObject, culture, messages.Format(ValidationMessages.TypeKey(root.ValueKind), culture)))
            : !root.TryGetProperty(WireContract.DiscriminatorName, out var kind)
                ? (ValidationCodes.MissingMember, KindPointer, messages.Format(ValidationCodes.MissingMember, culture, WireContract.DiscriminatorName))
                : (ValidationCodes.InvalidEnumValue, KindPointer, messages.Format(ValidationCodes.InvalidEnumValue, culture, ValidationMessages.Display(kind.GetRawText()), string.Join(", ", WireContract.Of(typeof(NewsletterIssue)).Find(WireContract.DiscriminatorName)!.AllowedValues!)));
        var position = JsonSourceMap.Locate(text, [pointer]).GetValueOrDefault(pointer, new SourcePosition(1, 1));
        return new ValidationError { Code = code, Severity = ValidationSeverity.Error, Path = pointer, Message = message, Line = position.Line, Column = position.Column };
    }
}
