using System.Globalization;
using System.Text.Json;
using Lmec.Content.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation.Rules;
using Lmec.Content.Validation.Structure;

namespace Lmec.Content.Validation;

/// <summary>
/// Validates documents of the wire format and reports every problem at once, each with a stable code,
/// a severity, an RFC 6901 JSON Pointer, its line and column where known, and a message from the message
/// catalogue in the language of the culture. Bad data never throws: only a programmer's mistake, such as a <see langword="null"/> argument, does.
/// </summary>
/// <remarks>
/// <para>
/// Raw JSON passes three layers, each run only on text that passed the layers before it: the JSON front
/// end (<see cref="JsonFrontEnd"/>: limits, encoding and strict syntax), always first; structure (the
/// typed read through <see cref="ContentJson"/> and, when it fails, a walk that finds every unknown,
/// missing and mistyped member, then any <see cref="IStructureValidator"/>, fed the front end's
/// <see cref="JsonText"/>); and the semantic rules over the model.
/// </para>
/// <para>An instance is immutable and thread-safe: register one and share it.</para>
/// </remarks>
public sealed class ContentValidator
{
    private readonly ValidationSettings _settings;
    private readonly JsonFrontEnd _frontEnd;
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
        _frontEnd = new JsonFrontEnd(_settings.Limits, _settings.Messages);
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
        try
        {
            return _frontEnd.ToUtf8(json) is { } utf8Json
                ? ReadLayers<TDocument>(utf8Json)
                : new ValidationResult<TDocument>(null, _frontEnd.Read(json, Culture).Report);
        }
        catch (Exception exception) when (ValidationFindings.IsReportable(exception))
        {
            return InternalError<TDocument>(exception);
        }
    }

    /// <summary>Reads and validates a document given as UTF-8 bytes, in one pass.</summary>
    /// <typeparam name="TDocument">The kind of document expected, or <see cref="ContentDocument"/> to accept any kind.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON; a single leading byte order mark is skipped, UTF-16 and UTF-32 are rejected.</param>
    /// <returns>The report, and the document when it could be read.</returns>
    public ValidationResult<TDocument> Read<TDocument>(ReadOnlyMemory<byte> utf8Json)
        where TDocument : ContentDocument
    {
        try
        {
            return ReadLayers<TDocument>(utf8Json);
        }
        catch (Exception exception) when (ValidationFindings.IsReportable(exception))
        {
            return InternalError<TDocument>(exception);
        }
    }

    /// <summary>Reads and validates a document from a stream of UTF-8 JSON, in one pass.</summary>
    /// <typeparam name="TDocument">The kind of document expected, or <see cref="ContentDocument"/> to accept any kind.</typeparam>
    /// <param name="utf8Json">The stream; it is read to its end, or until the size limit is passed, and left open.</param>
    /// <returns>The report, and the document when it could be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public ValidationResult<TDocument> Read<TDocument>(Stream utf8Json)
        where TDocument : ContentDocument
    {
        // Read outside the layers, so that the stream's own failure reaches the caller as the IOException it is.
        var content = _frontEnd.ReadToLimit(utf8Json);
        return Read<TDocument>(content);
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
        var content = await _frontEnd.ReadToLimitAsync(utf8Json, cancellationToken).ConfigureAwait(false);
        return Read<TDocument>(content);
    }

    /// <summary>Validates a document and issues its receipt (<see cref="ValidationReceipt"/>), to send with it.</summary>
    /// <param name="utf8Json">The document's bytes, exactly as they will be sent.</param>
    /// <returns>The receipt.</returns>
    public ValidationReceipt CreateReceipt(ReadOnlyMemory<byte> utf8Json) => CreateReceipt(utf8Json, Validate(utf8Json));

    /// <summary>Issues the receipt of a document this validator has validated, without validating it again.</summary>
    /// <param name="utf8Json">The document's bytes, exactly as they will be sent.</param>
    /// <param name="report">The report this validator gave on <paramref name="utf8Json"/>.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public ValidationReceipt CreateReceipt(ReadOnlyMemory<byte> utf8Json, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (digest, canonical) = ValidationReceipt.DigestOf(utf8Json.Span, _settings.Limits);
        return new ValidationReceipt(
            digest,
            canonical,
            ContentDocument.CurrentSchemaVersion,
            ValidationReceipt.CurrentRuleCatalogue,
            ValidationReceipt.CurrentToolVersion,
            _settings.Mode,
            _settings.Disabled,
            _settings.Severities,
            _settings.PartnerRules,
            _structureValidators.Select(static check => check.GetType().FullName!),
            _settings.Extensions.Keys,
            report.IsValid,
            report.Errors.Select(static error => error.Code));
    }

    /// <summary>
    /// Checks a receipt against the document it came with: the document's digest must be the receipt's, this validator must
    /// have the receipt's settings, and it must give the document the receipt's verdict today.
    /// </summary>
    /// <param name="utf8Json">The document's bytes, as received.</param>
    /// <param name="receipt">The receipt, as received (<see cref="ValidationReceipt.Parse"/>).</param>
    /// <returns>What the check found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is <see langword="null"/>.</exception>
    public ReceiptVerification VerifyReceipt(ReadOnlyMemory<byte> utf8Json, ValidationReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var report = Validate(utf8Json);
        return new ReceiptVerification(receipt, CreateReceipt(utf8Json, report), report);
    }

    /// <summary>
    /// Validates many documents in parallel and yields their reports in the order of <paramref name="documents"/>, reading
    /// no further ahead of the caller than <see cref="ParallelValidationOptions.MaxDocumentsInFlight"/>.
    /// </summary>
    /// <param name="documents">The documents' UTF-8 bytes; each is read as <see cref="Validate(ReadOnlyMemory{byte})"/> reads one.</param>
    /// <param name="options">How many at once and how far ahead; <see langword="null"/> for the defaults (every core).</param>
    /// <param name="cancellationToken">Stops the validation: the enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The reports, one a document, in order. A failure of <paramref name="documents"/> is thrown after the reports of the documents before it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<ValidationReport> ValidateManyAsync(IAsyncEnumerable<ReadOnlyMemory<byte>> documents, ParallelValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return OrderedPipeline.RunAsync(documents, Validate, options ?? new(), cancellationToken);
    }

    /// <summary>
    /// Reads and validates the documents of many items of the caller's (files, messages, rows) in parallel, and yields what
    /// <paramref name="resultSelector"/> makes of each item and its result, in the order of <paramref name="items"/>, reading
    /// no further ahead of the caller than <see cref="ParallelValidationOptions.MaxDocumentsInFlight"/>. The selector runs
    /// on the validating threads, so what it does is done in parallel too, and what it drops (such as the document read,
    /// when only the report is wanted) is not held while earlier items are waited for.
    /// </summary>
    /// <typeparam name="TItem">The caller's items.</typeparam>
    /// <typeparam name="TResult">What the caller keeps of each.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="contentOf">
    /// Gives an item's document as UTF-8 bytes, or <see langword="null"/> for an item without one (such as a file that
    /// could not be read), which is given to <paramref name="resultSelector"/> without a result, in its place; called on the
    /// validating threads.
    /// </param>
    /// <param name="resultSelector">Makes the caller's result of an item and the result of reading and validating its document (<see langword="null"/> when it has none).</param>
    /// <param name="options">How many at once and how far ahead; <see langword="null"/> for the defaults (every core).</param>
    /// <param name="cancellationToken">Stops the validation: the enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>
    /// The caller's results, in order. A failure of <paramref name="items"/> is thrown after the results before it; an
    /// exception of <paramref name="contentOf"/> or <paramref name="resultSelector"/> at its item's place.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public IAsyncEnumerable<TResult> ReadManyAsync<TItem, TResult>(IAsyncEnumerable<TItem> items, Func<TItem, ReadOnlyMemory<byte>?> contentOf, Func<TItem, ValidationResult<ContentDocument>?, TResult> resultSelector, ParallelValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(contentOf);
        ArgumentNullException.ThrowIfNull(resultSelector);
        return OrderedPipeline.RunAsync(
            items,
            item => resultSelector(item, contentOf(item) is { } content ? Read<ContentDocument>(content) : null),
            options ?? new(),
            cancellationToken);
    }

    /// <summary>
    /// Validates the documents of an <c>.ndjson</c> archive, one a line (<see cref="ContentArchive.ReadLinesAsync"/>), in
    /// parallel, and yields their reports in the order of the archive, reading no further ahead of the caller than
    /// <see cref="ParallelValidationOptions.MaxDocumentsInFlight"/>, so that memory does not grow with the archive.
    /// </summary>
    /// <param name="ndjson">The archive; it is read to its end and left open.</param>
    /// <param name="options">How many at once and how far ahead; <see langword="null"/> for the defaults (every core).</param>
    /// <param name="cancellationToken">Stops the validation: the enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The reports, one a document, with lines and findings' lines counted in the archive; blank lines have none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ndjson"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public IAsyncEnumerable<ArchiveLineReport> ValidateLinesAsync(Stream ndjson, ParallelValidationOptions? options = null, CancellationToken cancellationToken = default) =>
        OrderedPipeline.RunAsync(
            ContentArchive.ReadLinesAsync(ndjson, _settings.Limits.MaxDocumentBytes, cancellationToken),
            line => new ArchiveLineReport(line.Number, InArchive(line.Number, Validate(line.Content))),
            options ?? new(),
            cancellationToken);

    private CultureInfo Culture => _settings.Culture ?? CultureInfo.CurrentUICulture;

    private static ValidationReport InArchive(int line, ValidationReport report) =>
        report.Errors.Count == 0 ? report : new ValidationReport(report.Errors.Select(error => error with { Line = ContentArchive.LineInArchive(line, error) }));

    private static string WithoutLocation(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        cut = cut < 0 ? message.IndexOf(" LineNumber: ", StringComparison.Ordinal) : cut;
        return cut < 0 ? message : message[..cut];
    }

    // A fault of this library, not of the document: reported, never thrown at the caller. The fuzzing harness and
    // the mutation properties count such a report as a failure.
    private ValidationResult<TDocument> InternalError<TDocument>(Exception exception)
        where TDocument : ContentDocument
    {
        var findings = new ValidationFindings(_settings.Messages, Culture, _settings.Limits.MaxFindings);
        findings.Add(ValidationCodes.InternalError, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.InternalError, $"{exception.GetType().Name}: {exception.Message}");
        return new ValidationResult<TDocument>(null, findings.ToReport(_settings, []));
    }

    private ValidationResult<TDocument> ReadLayers<TDocument>(ReadOnlyMemory<byte> input)
        where TDocument : ContentDocument
    {
        // The typed read makes the front end's checks as it reads, so a read that succeeds on a text the front end
        // lets it prove, and keeps no value the front end rejects, needs no scan before it. Else the front end decides:
        // a text it rejects gets its findings, as every path reports them; a text it accepts keeps the read's outcome,
        // which reading again would repeat.
        TDocument? document = null;
        Exception? failure = null;
        JsonText? text = null;
        var read = _frontEnd.TryPrepareProof(input, ContentJson.GetOptions(_settings.Mode).MaxDepth, _settings.Mode == ContentReadMode.Strict, out var utf8Json);
        if (read)
        {
            UnknownMemberConverter.StartWatching();
            document = Deserialize<TDocument>(utf8Json, out failure);
        }

        if (document is null || UnknownMemberConverter.ReadRejectedValue)
        {
            var json = _frontEnd.Read(input, Culture);
            if (!json.IsValid)
            {
                return new ValidationResult<TDocument>(null, json.Report);
            }

            text = json.Text;
            utf8Json = text.Utf8Json;
            if (!read)
            {
                document = Deserialize<TDocument>(utf8Json, out failure);
            }
        }

        var findings = new ValidationFindings(_settings.Messages, Culture, _settings.Limits.MaxFindings);
        if (document is null)
        {
            ReportStructure<TDocument>(utf8Json, failure, findings);
        }
        else
        {
            RuleRunner.Run(document, _settings, findings, reportUnknownMembers: _settings.Mode == ContentReadMode.Lenient);
        }

        if (_structureValidators.Length > 0 && (document?.Kind ?? ContentJson.DetectKind(utf8Json.Span)) is { } kind)
        {
            RunStructureValidators(text ?? JsonFrontEnd.Proven(utf8Json), kind, findings, static error => error);
        }

        return new ValidationResult<TDocument>(document, findings.ToReport(_settings, utf8Json.Span));
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
        JsonFrontEndResult json;
        try
        {
            json = _frontEnd.Read(ContentJson.SerializeToUtf8Bytes(document), findings.Culture);
        }
        catch (Exception exception) when (ValidationFindings.IsReportable(exception))
        {
            findings.Add(ValidationCodes.InternalError, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.InternalError, exception.Message);
            return;
        }

        if (!json.IsValid)
        {
            // The model's JSON breaks a limit or holds what the front end rejects (such as a number out of range in
            // a member kept by a lenient reader): as the same document given as text would be reported, without a place in a text.
            foreach (var error in json.Report.Errors)
            {
                findings.Add(error with { Line = null, Column = null });
            }

            return;
        }

        RunStructureValidators(json.Text, document.Kind, findings, static error => error with { Line = null, Column = null });
    }

    private void RunStructureValidators(JsonText text, DocumentKind kind, ValidationFindings findings, Func<ValidationError, ValidationError> adjust)
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
