using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Lmec.Content.Contract;
using Lmec.Content.Localization;
using Lmec.Content.Validation;

namespace Lmec.Content.Json;

/// <summary>
/// The JSON front end: the one place that decides whether raw input is a JSON text every later step may
/// read — size, depth, encoding, strict RFC 8259 syntax, duplicate members, number range, string and array
/// lengths. Content validation, the schema check of <c>Lmec.Content.Schemas</c> and canonicalization all
/// start here, so the same fault gets the same finding (code <c>LMEC0xx</c>, RFC 6901 pointer, line,
/// column, message) on every path, and no later step checks syntax again.
/// </summary>
/// <remarks>
/// <para>
/// Encoding: a single UTF-8 byte order mark is skipped; UTF-16 and UTF-32 (by byte order mark, or by
/// zero bytes among the first two) are rejected, as are invalid UTF-8 and lone surrogates, escaped or not.
/// Numbers: every number must lie within ±<see cref="WireLimits.MaxSafeInteger"/>, however it is written (beyond it,
/// every double is a whole number whose digits a reader may change), so <c>1e400</c>, <c>9007199254740992</c>
/// and <c>1e20</c> are out of range, and <c>6.0</c>, <c>1e2</c> and <c>0.5</c> are not.
/// </para>
/// <para>Bad input never throws: it gets findings. An instance is immutable and thread-safe.</para>
/// </remarks>
[SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "As in JsonSerializer, the overloads differ in the type of their first parameter, which no optional parameter added later can make ambiguous.")]
public sealed class JsonFrontEnd
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly MessageCatalog _messages;

    private readonly ContentLimits _limits;

    /// <summary>Initialises a front end with the default limits.</summary>
    public JsonFrontEnd()
        : this(new ContentLimits())
    {
    }

    /// <summary>Initialises a front end.</summary>
    /// <param name="limits">The limits; the front end takes a copy, so later changes do not reach it.</param>
    /// <param name="messages">The messages of its findings; <see langword="null"/> for <see cref="MessageCatalog.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    public JsonFrontEnd(ContentLimits limits, MessageCatalog? messages = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.ThrowIfInvalid();
        _limits = limits.Clone();
        _messages = messages ?? MessageCatalog.Default;
    }

    /// <summary>Reads a JSON text given as a .NET string.</summary>
    /// <param name="json">The text; a leading byte order mark is skipped. A lone surrogate, which no UTF-8 can hold, is a finding at its string.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The result: the text, or the findings that reject it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public JsonFrontEndResult Read(string json, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (ToUtf8(json) is { } utf8Json)
        {
            return Read(utf8Json, culture);
        }

        var findings = Findings(culture);
        ReportTooLarge(findings);
        return new JsonFrontEndResult(null, findings.ToReport());
    }

    /// <summary>Reads a JSON text given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The bytes as received; a single leading UTF-8 byte order mark is skipped.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The result: the text, or the findings that reject it.</returns>
    public JsonFrontEndResult Read(ReadOnlyMemory<byte> utf8Json, CultureInfo? culture = null)
    {
        var findings = Findings(culture);
        var text = Check(utf8Json, findings);
        return new JsonFrontEndResult(text, findings.ToReport());
    }

    /// <summary>Reads a JSON text from a stream, no further than one byte past the size limit.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; it is read to its end, or until the size limit is passed, and left open.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for the current UI culture.</param>
    /// <returns>The result: the text, or the findings that reject it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public JsonFrontEndResult Read(Stream utf8Json, CultureInfo? culture = null) => Read(ReadToLimit(utf8Json), culture);

    /// <summary>Reads a JSON text from a stream asynchronously, no further than one byte past the size limit.</summary>
    /// <param name="utf8Json">The stream of UTF-8 JSON; it is read to its end, or until the size limit is passed, and left open.</param>
    /// <param name="culture">The language of the messages; <see langword="null"/> for the current UI culture.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The result: the text, or the findings that reject it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<JsonFrontEndResult> ReadAsync(Stream utf8Json, CultureInfo? culture = null, CancellationToken cancellationToken = default) =>
        Read(await ReadToLimitAsync(utf8Json, cancellationToken).ConfigureAwait(false), culture);

    /// <summary>Skips a single leading UTF-8 byte order mark, the one the front end allows.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The bytes after the byte order mark, or all of them when there is none.</returns>
    internal static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> utf8Json) => utf8Json[ByteOrderMarkLength(utf8Json)..];

    /// <summary>
    /// Encodes a JSON text given as a .NET string as <see cref="Read(string, CultureInfo?)"/> reads it: a lone surrogate,
    /// which no UTF-8 can hold, as the bytes of its code point, which the front end rejects at its string.
    /// </summary>
    /// <param name="json">The text.</param>
    /// <returns>The bytes, or <see langword="null"/> when the text is over the size limit, which a character is at least one byte of.</returns>
    internal byte[]? ToUtf8(string json)
    {
        if (json.Length > _limits.MaxDocumentBytes)
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            return EncodeWithLoneSurrogates(json);
        }
    }

    /// <summary>
    /// Prepares an input for a typed read that makes the scan's checks as it reads, so that a read that succeeds
    /// proves the text acceptable without the scan (<see cref="Proven"/>): the reader of the serializer checks strict
    /// syntax, a single value and depth up to its own limit, the serializer rejects duplicate members, and the
    /// model's converters check what the reader does not (<see cref="JsonTokenCheck"/>; the caller makes sure no value
    /// kept as JSON failed them, <see cref="Serialization.UnknownMemberConverter.ReadRejectedValue"/>). The input must pass the checks
    /// of the whole input (size, encoding, emptiness), and the limits that no read knows must be such that no text of
    /// its length can break them. When this says no, or the read fails, <see cref="Read(ReadOnlyMemory{byte}, CultureInfo?)"/>
    /// decides, and reports.
    /// </summary>
    /// <param name="input">The bytes as received.</param>
    /// <param name="readerMaxDepth">The depth the typed read's reader allows.</param>
    /// <param name="readerDecodesNamesStrictly">
    /// Whether the typed read rejects every member name that is not UTF-8. A lenient read does not: the serializer
    /// decodes the name of a member the model does not define with replacement characters, so then only a text that is
    /// UTF-8 throughout can be proved.
    /// </param>
    /// <param name="text">The text to read, without its byte order mark.</param>
    /// <returns><see langword="true"/> when a typed read of <paramref name="text"/> that succeeds proves it.</returns>
    internal bool TryPrepareProof(ReadOnlyMemory<byte> input, int readerMaxDepth, bool readerDecodesNamesStrictly, out ReadOnlyMemory<byte> text) =>
        CheckWhole(input, findings: null, out text)
        && (readerDecodesNamesStrictly || Utf8.IsValid(text.Span))
        && readerMaxDepth <= _limits.MaxDepth
        && text.Length <= _limits.MaxStringLength
        // An array of n values takes at least 2n + 1 bytes: one for each value and each comma between them, and two brackets.
        && text.Length / 2 <= _limits.MaxArrayLength;

    /// <summary>Accepts a text that a typed read proved (<see cref="TryPrepareProof"/>), without scanning it.</summary>
    /// <param name="text">The text <see cref="TryPrepareProof"/> gave.</param>
    /// <returns>The text, as the front end gives it.</returns>
    internal static JsonText Proven(ReadOnlyMemory<byte> text) => new(text);

    /// <summary>Reads a stream to its end, or until one byte past the size limit, so that a document over the limit is rejected without reading the rest.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <returns>The bytes read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    internal ReadOnlyMemory<byte> ReadToLimit(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new LimitedBuffer(_limits.MaxDocumentBytes);
        int read;
        while (!buffer.IsFull && (read = utf8Json.Read(buffer.Chunk.Span)) > 0)
        {
            buffer.Append(read);
        }

        return buffer.Content;
    }

    /// <summary>Reads a stream asynchronously to its end, or until one byte past the size limit.</summary>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The bytes read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    internal async Task<ReadOnlyMemory<byte>> ReadToLimitAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new LimitedBuffer(_limits.MaxDocumentBytes);
        int read;
        while (!buffer.IsFull && (read = await utf8Json.ReadAsync(buffer.Chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Append(read);
        }

        return buffer.Content;
    }

    private static int ByteOrderMarkLength(ReadOnlySpan<byte> utf8Json) => utf8Json.StartsWith("\uFEFF"u8) ? 3 : 0;

    private static string? DetectWideEncoding(ReadOnlySpan<byte> input)
    {
        if (input.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || input.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "encoding.utf32";
        }

        if (input.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || input.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "encoding.utf16";
        }

        // JSON text starts with an ASCII character, so a zero among the first two bytes means UTF-16 or UTF-32 (RFC 4627, section 3).
        if (input.Length >= 2 && (input[0] == 0 || input[1] == 0))
        {
            return input.Length >= 4 && ((input[0] == 0 && input[1] == 0) || (input[1] == 0 && input[2] == 0 && input[3] == 0))
                ? "encoding.utf32"
                : "encoding.utf16";
        }

        return null;
    }

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

    private ValidationFindings Findings(CultureInfo? culture) => new(_messages, culture ?? CultureInfo.CurrentUICulture, _limits.MaxFindings);

    private void ReportTooLarge(ValidationFindings findings) =>
        findings.AddAt(ValidationCodes.DocumentTooLarge, JsonPointer.Root, new SourcePosition(1, 1), ValidationCodes.DocumentTooLarge, _limits.MaxDocumentBytes);

    /// <summary>Makes the checks of the whole input: size, encoding, emptiness.</summary>
    /// <param name="input">The bytes as received.</param>
    /// <param name="findings">Where to report what rejects the input, or <see langword="null"/> to only say whether something does.</param>
    /// <param name="text">The text without its byte order mark.</param>
    /// <returns><see langword="true"/> when the input passes.</returns>
    private bool CheckWhole(ReadOnlyMemory<byte> input, ValidationFindings? findings, out ReadOnlyMemory<byte> text)
    {
        text = input;
        var start = new SourcePosition(1, 1);
        if (input.Length > _limits.MaxDocumentBytes)
        {
            if (findings is not null)
            {
                ReportTooLarge(findings);
            }

            return false;
        }

        if (DetectWideEncoding(input.Span) is { } encoding)
        {
            findings?.AddAt(ValidationCodes.NotUtf8, JsonPointer.Root, start, ValidationCodes.NotUtf8, findings.Format(encoding));
            return false;
        }

        text = input[ByteOrderMarkLength(input.Span)..];
        if (text.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            findings?.AddAt(ValidationCodes.EmptyDocument, JsonPointer.Root, start, ValidationCodes.EmptyDocument);
            return false;
        }

        return true;
    }

    private JsonText? Check(ReadOnlyMemory<byte> input, ValidationFindings findings)
    {
        if (!CheckWhole(input, findings, out var text))
        {
            return null;
        }

        var scan = new JsonScan(text.Span, _limits);
        scan.Run();
        if (scan.Problems.Count == 0)
        {
            return new JsonText(text);
        }

        var positions = JsonSourceMap.ToPositions(text.Span, scan.Problems.Select(static problem => (long)problem.Offset));
        foreach (var problem in scan.Problems)
        {
            findings.AddAt(problem.Code, problem.Path, positions[problem.Offset], problem.MessageKey, problem.Arguments);
        }

        return null;
    }
}
