using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Schemas.Checking;
using Lmec.Content.Serialization;
using Lmec.Content.Localization;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas;

/// <summary>
/// Validates raw JSON against the published schemas, offline. A text first passes strict checks (size
/// and depth limits, UTF-8, RFC 8259 syntax without comments or trailing commas, distinct member names,
/// no lone surrogates, numbers within ±(2^53 − 1)); only then does NJsonSchema check it against the schema
/// its <c>kind</c> member names, with format checks that accept what the model reads. Every finding has
/// a code (LMEC3xx), an RFC 6901 pointer, a line and column and a message in English or Chinese.
/// </summary>
/// <remarks>
/// Bad data never throws: it gets findings. Instances are immutable and thread-safe; one can serve every
/// caller. As an <see cref="IStructureValidator"/> it adds the schema check to the content validation of
/// <c>Lmec.Content</c>.
/// </remarks>
[SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "As in JsonSerializer, the overloads differ in the type of their first parameter, which no optional parameter added later can make ambiguous.")]
public sealed class SchemaValidator : IStructureValidator
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SchemaValidatorOptions _options;

    /// <summary>Initializes a validator with the default limits.</summary>
    public SchemaValidator()
        : this(new SchemaValidatorOptions())
    {
    }

    /// <summary>Initializes a validator with the given limits, copied: later changes to <paramref name="options"/> do not affect it.</summary>
    /// <param name="options">The limits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public SchemaValidator(SchemaValidatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDocumentBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDepth, nameof(options));
        _options = new SchemaValidatorOptions { MaxDocumentBytes = options.MaxDocumentBytes, MaxDepth = options.MaxDepth };
    }

    /// <summary>Validates a document given as text.</summary>
    /// <param name="json">The JSON text; a leading byte order mark is skipped.</param>
    /// <param name="culture">The language of the messages: Chinese for <c>zh-Hans</c> and the cultures under it, English otherwise; <see langword="null"/> for English.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(string json, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException exception)
        {
            // A .NET string may hold a lone surrogate, which no UTF-8 text can.
            var before = StrictUtf8.GetBytes(json[..exception.Index]);
            var position = SourceText.PositionOf(before, before.Length);
            return new ValidationReport(
            [
                new ValidationError
                {
                    Code = SchemaErrorCodes.InvalidString,
                    Severity = ValidationSeverity.Error,
                    Path = JsonPointer.Root,
                    Message = Messages.Format(SchemaErrorCodes.InvalidString, Messages.IsChinese(culture ?? CultureInfo.InvariantCulture)),
                    Line = position.Line,
                    Column = position.Column,
                },
            ]);
        }

        return Validate(utf8, culture);
    }

    /// <summary>Validates a document given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON; a leading UTF-8 byte order mark is skipped.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for English.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(ReadOnlySpan<byte> utf8Json, CultureInfo? culture = null) =>
        new(Check(utf8Json, kind: null, culture ?? CultureInfo.InvariantCulture));

    /// <summary>Validates a document read from a stream, reading no more than the size limit allows.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; it is read to its end, or just past the size limit, and left open.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for English.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(Stream utf8Json, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= _options.MaxDocumentBytes && (read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return Validate(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), culture);
    }

    /// <summary>Validates a document read from a stream asynchronously, reading no more than the size limit allows.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; it is read to its end, or just past the size limit, and left open.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for English.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ValidationReport> ValidateAsync(Stream utf8Json, CultureInfo? culture = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= _options.MaxDocumentBytes && (read = await utf8Json.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return Validate(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), culture);
    }

    /// <summary>
    /// Checks one document for content validation against the schema of <paramref name="kind"/>. The
    /// strict checks run again: they are cheap, and NJsonSchema must never see text that fails them.
    /// </summary>
    /// <param name="utf8Json">The document's UTF-8 JSON, without a byte order mark.</param>
    /// <param name="kind">The kind of document, from its <c>kind</c> member.</param>
    /// <param name="culture">The language for messages: English, or Chinese for <c>zh-Hans</c>.</param>
    /// <returns>The findings, with pointer, line and column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ValidationError> Validate(ReadOnlyMemory<byte> utf8Json, DocumentKind kind, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Check(utf8Json.Span, kind, culture);
    }

    private List<ValidationError> Check(ReadOnlySpan<byte> document, DocumentKind? kind, CultureInfo culture)
    {
        var errors = StrictJsonCheck.Check(document, _options, Messages.IsChinese(culture), out var start);
        if (errors.Count > 0)
        {
            return errors;
        }

        var text = document[start..];
        kind ??= ContentJson.DetectKind(text);
        return kind is { } known
            ? SchemaCheck.Run(text, SchemaRegistry.Default.GetSchema(ContentSchemas.ForDocumentKind(known)), ContentJson.TypeOf(known), culture)
            : [NoKind(text, culture)];
    }

    /// <summary>Reports a document whose <c>kind</c> names no kind of document, so that no schema applies, as the typed validation does.</summary>
    private static ValidationError NoKind(ReadOnlySpan<byte> text, CultureInfo culture)
    {
        using var parsed = JsonDocument.Parse(text.ToArray());
        var root = parsed.RootElement;
        var (code, pointer, message) = root.ValueKind != JsonValueKind.Object
            ? (ValidationCodes.NotAnObject, JsonPointer.Root, MessageCatalog.Default.Format(ValidationCodes.NotAnObject, culture, MessageCatalog.Default.Format(ValidationMessages.TypeKey(root.ValueKind), culture)))
            : !root.TryGetProperty("kind", out var kind)
                ? (ValidationCodes.MissingMember, "/kind", MessageCatalog.Default.Format(ValidationCodes.MissingMember, culture, "kind"))
                : (ValidationCodes.InvalidEnumValue, "/kind", MessageCatalog.Default.Format(ValidationCodes.InvalidEnumValue, culture, ValidationMessages.Display(kind.GetRawText()), string.Join(", ", WireContract.Of(typeof(NewsletterIssue)).Find("kind")!.AllowedValues!)));
        var position = JsonSourceMap.Locate(text, [pointer]).GetValueOrDefault(pointer, new SourcePosition(1, 1));
        return new ValidationError { Code = code, Severity = ValidationSeverity.Error, Path = pointer, Message = message, Line = position.Line, Column = position.Column };
    }
}
