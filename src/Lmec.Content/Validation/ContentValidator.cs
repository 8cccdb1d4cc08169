using System.Globalization;
using System.Text;
using System.Text.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation.Rules;
using Lmec.Content.Validation.Structure;
using Lmec.Content.Validation.Text;

namespace Lmec.Content.Validation;

/// <summary>
/// Validates documents of the wire format and reports every problem at once, each with a stable code,
/// a severity, an RFC 6901 JSON Pointer, its line and column where known, and a message from the
/// <see cref="Localization.MessageCatalog"/> in the language asked for. Bad data never throws: only a
/// programmer's mistake, such as a <see langword="null"/> argument, does.
/// </summary>
/// <remarks>
/// <para>
/// Raw JSON passes three layers, each run only on text that passed the layers before it: limits,
/// encoding and strict syntax; structure (the typed read through <see cref="ContentJson"/> and, when it
/// fails, a walk that finds every unknown, missing and mistyped member, then any
/// <see cref="IStructureValidator"/>); and the semantic rules over the model.
/// </para>
/// <para>
/// In strict mode a text no longer than the limits on strings and arrays could be exceeded by is read
/// as a model first: a strict read rejects everything the first layer finds, so the first layer scans
/// only a text that the read rejected, and the report is the same as if it had scanned first.
/// </para>
/// <para>An instance is immutable and thread-safe: register one and share it.</para>
/// </remarks>
public sealed class ContentValidator
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ValidationSettings _settings;
    private readonly IStructureValidator[] _structureValidators;

    /// <summary>Initialises a validator with the default options: strict reading, default limits, messages in the current UI culture.</summary>
    public ContentValidator()
        : this(new LmecContentOptions())
    {
    }

    /// <summary>Initialises a validator.</summary>
    /// <param name="options">The options; the validator takes a snapshot, so later changes do not reach it.</param>
    /// <param name="structureValidators">Structure checks of raw JSON to add, such as the JSON Schema check of the schemas package; <see langword="null"/> adds none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="LmecContentOptions.Validate"/>), or a structure check is <see langword="null"/>.</exception>
    public ContentValidator(LmecContentOptions options, IEnumerable<IStructureValidator>? structureValidators = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _settings = new ValidationSettings(options);
        _structureValidators = structureValidators is null ? [] : [.. structureValidators];
        if (Array.IndexOf(_structureValidators, null) >= 0)
        {
            throw new ArgumentException("The structure checks hold null.", nameof(structureValidators));
        }
    }

    /// <summary>Validates a document given as JSON text.</summary>
    /// <param name="json">The JSON text; a leading byte order mark is skipped.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(string json) => Read<ContentDocument>(json).Report;

    /// <summary>Validates a document given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON; a single leading byte order mark is skipped, UTF-16 and UTF-32 are rejected.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(ReadOnlyMemory<byte> utf8Json) => Read<ContentDocument>(utf8Json).Report;

    /// <summary>Validates a document read from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, or until the size limit is passed, and left open.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public ValidationReport Validate(Stream utf8Json) => Read<ContentDocument>(utf8Json).Report;

    /// <summary>Validates a document read from a stream of UTF-8 JSON, asynchronously.</summary>
    /// <param name="utf8Json">The stream; it is read to its end, or until the size limit is passed, and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public async Task<ValidationReport> ValidateAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        (await ReadAsync<ContentDocument>(utf8Json, cancellationToken).ConfigureAwait(false)).Report;

    /// <summary>
    /// Validates a document of the model, such as one built in code: what the typed reader would reject
    /// (a required member left <see langword="null"/>, a <see langword="null"/> in a list, an undefined
    /// enum value, members kept by a lenient reader), then the rules. Findings carry no line or column.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var findings = new ValidationFindings(_settings.Messages, Culture, _settings.Limits.MaxFindings);
        new ModelWalker(visitor: null, findings, _settings.Mode, checkStructure: true).Walk(document);
        if (!findings.HasErrors)
        {
            RuleRunner.Run(document, _settings, findings, reportUnknownMembers: false);
            if (_structureValidators.Length > 0)
            {
                RunStructureValidators(document, findings);
            }
        }

        return findings.ToReport(_settings, []);
    }

    /// <summary>Reads and validates a document given as JSON text, in one pass.</summary>
    /// <typeparam name="TDocument">The kind of document expected, or <see cref="ContentDocument"/> to accept any kind.</typeparam>
    /// <param name="json">The JSON text; a leading byte order mark is skipped.</param>
    /// <returns>The report, and the document when it could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public ValidationResult<TDocument> Read<TDocument>(string json)
        where TDocument : ContentDocument
    {
        ArgumentNullException.ThrowIfNull(json);
        var findings = new ValidationFindings(_settings.Messages, Culture, _settings.Limits.MaxFindings);

        // A character is at least one byte: a longer string is over the limit without encoding it.
        if (json.Length > _settings.Limits.MaxDocumentBytes)
        {
            JsonTextScanner.ReportTooLarge(_settings.Limits, findings);
            return new ValidationResult<TDocument>(null, findings.ToReport(_settings, []));
        }

        byte[] utf8Json;
        try
        {
            utf8Json = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            utf8Json = EncodeWithLoneSurrogates(json);
        }

        return ReadCore<TDocument>(utf8Json);
    }

    /// <summary>Reads and validates a document given as UTF-8 bytes, in one pass.</summary>
    /// <typeparam name="TDocument">The kind of document expected, or <see cref="ContentDocument"/> to accept any kind.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON; a single leading byte order mark is skipped, UTF-16 and UTF-32 are rejected.</param>
    /// <returns>The report, and the document when it could be read.</returns>
    public ValidationResult<TDocument> Read<TDocument>(ReadOnlyMemory<byte> utf8Json)
        where TDocument : ContentDocument => ReadCore<TDocument>(utf8Json);

    /// <summary>Reads and validates a document from a stream of UTF-8 JSON, in one pass.</summary>
    /// <typeparam name="TDocument">The kind of document expected, or <see cref="ContentDocument"/> to accept any kind.</typeparam>
    /// <param name="utf8Json">The stream; it is read to its end, or until the size limit is passed, and left open.</param>
    /// <returns>The report, and the document when it could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public ValidationResult<TDocument> Read<TDocument>(Stream utf8Json)
        where TDocument : ContentDocument
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new LimitedBuffer(_settings.Limits.MaxDocumentBytes);
        int read;
        while (!buffer.IsFull && (read = utf8Json.Read(buffer.Chunk.Span)) > 0)
        {
            buffer.Append(read);
        }

        return ReadCore<TDocument>(buffer.Content);
    }

    /// <summary>Reads and validates a document from a stream of UTF-8 JSON, asynchronously, in one pass.</summary>
    /// <typeparam name="TDocument">The kind of document expected, or <see cref="ContentDocument"/> to accept any kind.</typeparam>
    /// <param name="utf8Json">The stream; it is read to its end, or until the size limit is passed, and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report, and the document when it could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public async Task<ValidationResult<TDocument>> ReadAsync<TDocument>(Stream utf8Json, CancellationToken cancellationToken = default)
        where TDocument : ContentDocument
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new LimitedBuffer(_settings.Limits.MaxDocumentBytes);
        int read;
        while (!buffer.IsFull && (read = await utf8Json.ReadAsync(buffer.Chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Append(read);
        }

        return ReadCore<TDocument>(buffer.Content);
    }

    private CultureInfo Culture => _settings.Culture ?? CultureInfo.CurrentUICulture;

    /// <summary>
    /// Encodes text that holds a lone surrogate, which has no UTF-8, writing each lone surrogate as the three
    /// bytes of its code point, which UTF-8 forbids: the scan then reports it at its string's pointer, line and
    /// column, as it does when the same document is given as bytes.
    /// </summary>
    private static byte[] EncodeWithLoneSurrogates(string json)
    {
        using var output = new MemoryStream(json.Length + 16);
        var start = 0;
        for (var i = 0; i < json.Length; i++)
        {
            if (char.IsHighSurrogate(json[i]) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(json[i]))
            {
                output.Write(Encoding.UTF8.GetBytes(json, start, i - start));
                int surrogate = json[i];
                output.Write([(byte)(0xE0 | (surrogate >> 12)), (byte)(0x80 | ((surrogate >> 6) & 0x3F)), (byte)(0x80 | (surrogate & 0x3F))]);
                start = i + 1;
            }
        }

        output.Write(Encoding.UTF8.GetBytes(json, start, json.Length - start));
        return output.ToArray();
    }

    private static string WithoutLocation(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(" LineNumber: ", StringComparison.Ordinal) : cut;
        return cut < 0 ? message : message[..cut];
    }

    private ValidationResult<TDocument> ReadCore<TDocument>(ReadOnlyMemory<byte> input)
        where TDocument : ContentDocument
    {
        try
        {
            return ReadLayers<TDocument>(input);
        }
        catch (Exception exception) when (ValidationFindings.IsReportable(exception))
        {
            // A fault of this library, not of the document: reported, never thrown at the caller. The fuzzing
            // harness and the mutation properties count such a report as a failure.
            var findings = new ValidationFindings(_settings.Messages, Culture, _settings.Limits.MaxFindings);
            findings.Add(ValidationCodes.InternalError, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.InternalError, $"{exception.GetType().Name}: {exception.Message}");
            return new ValidationResult<TDocument>(null, findings.ToReport(_settings, []));
        }
    }

    private ValidationResult<TDocument> ReadLayers<TDocument>(ReadOnlyMemory<byte> input)
        where TDocument : ContentDocument
    {
        var findings = new ValidationFindings(_settings.Messages, Culture, _settings.Limits.MaxFindings);
        var text = input.Span.StartsWith("\uFEFF"u8) ? input[3..] : input;
        TDocument? document = null;
        Exception? failure = null;
        var read = input.Length <= _settings.ReadFirstMaxBytes;
        if (read)
        {
            // A strict typed read of a text this short rejects all that the first layer would find, so a
            // document it accepts needs no scan; one it rejects is scanned, for every finding with its place.
            document = Deserialize<TDocument>(text, out failure);
        }

        if (document is null)
        {
            if (!JsonTextScanner.Scan(input.Span, _settings.Limits, findings, out _))
            {
                return new ValidationResult<TDocument>(null, findings.ToReport(_settings, []));
            }

            document = read ? null : Deserialize<TDocument>(text, out failure);
            if (document is null)
            {
                ReportStructure<TDocument>(text, failure, findings);
            }
        }

        if (document is not null)
        {
            RuleRunner.Run(document, _settings, findings, reportUnknownMembers: _settings.Mode == ContentReadMode.Lenient);
        }

        var kind = document?.Kind ?? ContentJson.DetectKind(text.Span);
        if (kind is { } documentKind)
        {
            RunStructureValidators(text, documentKind, findings, static error => error);
        }

        return new ValidationResult<TDocument>(document, findings.ToReport(_settings, text.Span));
    }

    private TDocument? Deserialize<TDocument>(ReadOnlyMemory<byte> text, out Exception? failure)
        where TDocument : ContentDocument
    {
        failure = null;
        try
        {
            var type = typeof(TDocument).IsAbstract && ContentJson.DetectKind(text.Span) is { } kind ? ContentJson.TypeOf(kind) : typeof(TDocument);
            if (!type.IsAbstract && JsonSerializer.Deserialize(text.Span, ContentJson.GetOptions(_settings.Mode).GetTypeInfo(type)) is TDocument document)
            {
                return document;
            }
        }
        catch (Exception exception) when (ValidationFindings.IsReportable(exception))
        {
            failure = exception;
        }

        return null;
    }

    /// <summary>Finds every structural problem of a text the typed reader rejected, not only the first the reader met.</summary>
    private void ReportStructure<TDocument>(ReadOnlyMemory<byte> text, Exception? failure, ValidationFindings findings)
        where TDocument : ContentDocument
    {
        try
        {
            using var parsed = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = _settings.Limits.MaxDepth + 1, AllowDuplicateProperties = false });
            new StructureWalker(_settings.Mode, findings).WalkDocument(parsed.RootElement, typeof(TDocument));
        }
        catch (Exception exception) when (ValidationFindings.IsReportable(exception))
        {
            findings.Add(ValidationCodes.InternalError, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.InternalError, exception.Message);
        }

        if (!findings.HasErrors)
        {
            // The walk and the reader disagree; the reader has the last word, so the document is never reported valid.
            if (failure is JsonException jsonFailure)
            {
                findings.Add(ValidationCodes.UnreadableDocument, ValidationSeverity.Error, JsonPointer.FromJsonPath(jsonFailure.Path), ValidationCodes.UnreadableDocument, WithoutLocation(jsonFailure.Message));
            }
            else
            {
                findings.Add(ValidationCodes.InternalError, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.InternalError, failure?.Message ?? "no document was read");
            }
        }
    }

    private void RunStructureValidators(ContentDocument document, ValidationFindings findings)
    {
        byte[] json;
        try
        {
            json = ContentJson.SerializeToUtf8Bytes(document);
        }
        catch (Exception exception) when (ValidationFindings.IsReportable(exception))
        {
            findings.Add(ValidationCodes.InternalError, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.InternalError, exception.Message);
            return;
        }

        RunStructureValidators(json, document.Kind, findings, static error => error with { Line = null, Column = null });
    }

    private void RunStructureValidators(ReadOnlyMemory<byte> text, DocumentKind kind, ValidationFindings findings, Func<ValidationError, ValidationError> adjust)
    {
        foreach (var validator in _structureValidators)
        {
            try
            {
                foreach (var error in validator.Validate(text, kind, findings.Culture) ?? [])
                {
                    // A fault the typed validation found too is reported once, as it found it (in lenient mode an
                    // unknown member stays a warning); the check's finding stays only where it adds something.
                    if (error is not null && !findings.Contains(error.Code, error.Path))
                    {
                        findings.Add(adjust(error));
                    }
                }
            }
            catch (Exception exception) when (ValidationFindings.IsReportable(exception))
            {
                findings.Add(ValidationCodes.StructureValidatorFailed, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.StructureValidatorFailed, validator.GetType().Name, exception.Message);
            }
        }
    }
}
