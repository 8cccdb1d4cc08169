using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Lmec.Content.Json;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.Serialization;

/// <summary>
/// Reads and writes the root documents of the wire format, version 1: camelCase members, enums as
/// camelCase strings, dates as <c>yyyy-MM-dd</c>, timestamps with their offset, no <see langword="null"/>
/// and no empty list written, Chinese text left readable and HTML-sensitive characters escaped.
/// </summary>
/// <remarks>
/// Reading throws <see cref="JsonException"/> for text that is not a document of the requested kind;
/// the exception's <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and
/// <see cref="JsonException.BytePositionInLine"/> say where. To collect every problem of a document
/// instead of the first, validate it. A single leading UTF-8 byte order mark is skipped everywhere.
/// All members are thread-safe.
/// </remarks>
[SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "As in JsonSerializer, the overloads differ in the type of their first parameter, which no optional parameter added later can make ambiguous.")]
public static class ContentJson
{
    private static readonly JsonSerializerOptions StrictOptions = CreateOptions(ContentReadMode.Strict, indented: false);
    private static readonly JsonSerializerOptions LenientOptions = CreateOptions(ContentReadMode.Lenient, indented: false);
    private static readonly JsonSerializerOptions IndentedOptions = CreateOptions(ContentReadMode.Lenient, indented: true);

    // The document type of each kind, indexed by the kind's value.
    private static readonly Type[] DocumentTypes = [typeof(NewsletterIssue), typeof(ArticleDocument), typeof(OrganisationDirectory)];

    /// <summary>
    /// Gets the serializer options for a reading mode, for hosts that call <see cref="JsonSerializer"/>
    /// themselves. Both write the same text, except that options for <see cref="ContentReadMode.Strict"/>
    /// do not write <see cref="ContentObject.UnknownMembers"/>; <see cref="Serialize(ContentDocument, bool)"/> writes them.
    /// </summary>
    /// <param name="mode">The reading mode.</param>
    /// <returns>Shared, read-only options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public static JsonSerializerOptions GetOptions(ContentReadMode mode) => mode switch
    {
        ContentReadMode.Strict => StrictOptions,
        ContentReadMode.Lenient => LenientOptions,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown reading mode."),
    };

    /// <summary>Writes a document as JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented"><see langword="true"/> to indent by two spaces; the default writes no white space.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static string Serialize(ContentDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, TypeInfoOf(document, indented));
    }

    /// <summary>Writes a document as UTF-8 JSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented"><see langword="true"/> to indent by two spaces.</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static byte[] SerializeToUtf8Bytes(ContentDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.SerializeToUtf8Bytes(document, TypeInfoOf(document, indented));
    }

    /// <summary>Writes a document as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented"><see langword="true"/> to indent by two spaces.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Serialize(Stream utf8Json, ContentDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(document);
        JsonSerializer.Serialize(utf8Json, document, TypeInfoOf(document, indented));
    }

    /// <summary>Writes a document as UTF-8 JSON to a stream, asynchronously.</summary>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented"><see langword="true"/> to indent by two spaces.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static Task SerializeAsync(Stream utf8Json, ContentDocument document, bool indented = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.SerializeAsync(utf8Json, document, TypeInfoOf(document, indented), cancellationToken);
    }

    /// <summary>Reads a document from JSON text.</summary>
    /// <typeparam name="TDocument">
    /// The kind of document expected, or <see cref="ContentDocument"/> to accept any kind, recognised by
    /// its <c>kind</c> member.
    /// </typeparam>
    /// <param name="json">The JSON text.</param>
    /// <param name="mode">How strictly to read; the default is <see cref="ContentReadMode.Strict"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not a document of the expected kind.</exception>
    public static TDocument Deserialize<TDocument>(string json, ContentReadMode mode = ContentReadMode.Strict)
        where TDocument : ContentDocument
    {
        ArgumentNullException.ThrowIfNull(json);

        // Transcoding here rather than in the serializer keeps one path for every input: the serializer
        // throws ArgumentException for a lone surrogate, and Encoding.UTF8 would silently replace it.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(json));
        try
        {
            if (Utf8.FromUtf16(json, buffer, out _, out var length, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw At("The text has a lone surrogate: it is not valid UTF-16, so not JSON text.", "$", buffer, length);
            }

            return Deserialize<TDocument>(buffer.AsSpan(0, length), mode);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    /// <summary>Reads a document from UTF-8 JSON.</summary>
    /// <typeparam name="TDocument">The kind of document expected, or <see cref="ContentDocument"/> for any.</typeparam>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="mode">How strictly to read; the default is <see cref="ContentReadMode.Strict"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="JsonException">The text is not a document of the expected kind.</exception>
    public static TDocument Deserialize<TDocument>(ReadOnlySpan<byte> utf8Json, ContentReadMode mode = ContentReadMode.Strict)
        where TDocument : ContentDocument
    {
        utf8Json = JsonFrontEnd.SkipByteOrderMark(utf8Json);
        var type = DocumentTypeOf<TDocument>(utf8Json);
        return NotNull<TDocument>(JsonSerializer.Deserialize(utf8Json, GetOptions(mode).GetTypeInfo(type)));
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON.</summary>
    /// <typeparam name="TDocument">The kind of document expected, or <see cref="ContentDocument"/> for any.</typeparam>
    /// <param name="utf8Json">The stream; it is read to its end and left open.</param>
    /// <param name="mode">How strictly to read; the default is <see cref="ContentReadMode.Strict"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not a document of the expected kind.</exception>
    public static TDocument Deserialize<TDocument>(Stream utf8Json, ContentReadMode mode = ContentReadMode.Strict)
        where TDocument : ContentDocument
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Deserialize<TDocument>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), mode);
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON, asynchronously.</summary>
    /// <typeparam name="TDocument">The kind of document expected, or <see cref="ContentDocument"/> for any.</typeparam>
    /// <param name="utf8Json">The stream; it is read to its end and left open.</param>
    /// <param name="mode">How strictly to read; the default is <see cref="ContentReadMode.Strict"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not a document of the expected kind.</exception>
    public static async ValueTask<TDocument> DeserializeAsync<TDocument>(Stream utf8Json, ContentReadMode mode = ContentReadMode.Strict, CancellationToken cancellationToken = default)
        where TDocument : ContentDocument
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Deserialize<TDocument>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), mode);
    }

    /// <summary>Finds the kind of a document from its top-level <c>kind</c> member, without reading the rest into a model.</summary>
    /// <param name="utf8Json">The UTF-8 JSON of the document.</param>
    /// <returns>The kind, or <see langword="null"/> when the text is not a JSON object with a known <c>kind</c>.</returns>
    public static DocumentKind? DetectKind(ReadOnlySpan<byte> utf8Json) => FindKind(JsonFrontEnd.SkipByteOrderMark(utf8Json))?.Kind;

    /// <summary>Gets the name the wire format writes for a value of one of the model's enums, such as <c>newsletterIssue</c> or <c>panelDiscussion</c>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The camelCase wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value of <typeparamref name="TEnum"/>.</exception>
    public static string GetWireName<TEnum>(TEnum value)
        where TEnum : struct, Enum => ContentEnumConverter<TEnum>.GetWireName(value);

    /// <summary>Says that a document is of another kind than expected.</summary>
    /// <param name="expected">The kind of the type being read.</param>
    /// <param name="actual">The kind the document says it is.</param>
    /// <returns>The message.</returns>
    internal static string KindMismatch(DocumentKind expected, DocumentKind actual) =>
        $"Expected a document of kind '{GetWireName(expected)}' but the document says '{GetWireName(actual)}'.";

    private static JsonSerializerOptions CreateOptions(ContentReadMode mode, bool indented)
    {
        var resolver = ContentJsonContext.Default.WithAddedModifier(ContentContract.ApplyWireRules);
        if (mode == ContentReadMode.Strict)
        {
            resolver = resolver.WithAddedModifier(ContentContract.ApplyStrictRules);
        }

        var options = new JsonSerializerOptions(ContentJsonContext.Default.Options)
        {
            TypeInfoResolver = resolver,
            Encoder = ContentJsonEncoder.Instance,
            WriteIndented = indented,
            IndentSize = 2,
            MaxDepth = ContentLimits.DefaultMaxDepth,
        };
        options.Converters.Add(new UnknownMemberConverter());
        options.Converters.Add(new WholeNumberConverter());
        options.MakeReadOnly();
        return options;
    }

    private static JsonTypeInfo TypeInfoOf(ContentDocument document, bool indented) =>
        (indented ? IndentedOptions : LenientOptions).GetTypeInfo(document.GetType());

    /// <summary>Gets the model type of a document kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The type, such as <see cref="NewsletterIssue"/>.</returns>
    internal static Type TypeOf(DocumentKind kind) => DocumentTypes[(int)kind];

    /// <summary>
    /// Finds the type to read: the requested one, or for <see cref="ContentDocument"/> the one the
    /// <c>kind</c> member names. A <c>kind</c> naming another type than the one requested is rejected
    /// where it stands: the serializer sets <c>kind</c> only after reading the rest of the object, so it
    /// would first report the other kind's members as unknown.
    /// </summary>
    private static Type DocumentTypeOf<TDocument>(ReadOnlySpan<byte> utf8Json)
        where TDocument : ContentDocument
    {
        if (FindKind(utf8Json) is not { } found)
        {
            // Without a kind to go by, the serializer says what is wrong and where, as for any other error.
            return typeof(TDocument).IsAbstract ? TypeOf(ReadHeader(utf8Json).Kind) : typeof(TDocument);
        }

        var type = TypeOf(found.Kind);
        if (!typeof(TDocument).IsAssignableFrom(type))
        {
            var expected = (DocumentKind)Array.IndexOf(DocumentTypes, typeof(TDocument));
            throw At(KindMismatch(expected, found.Kind), "$.kind", utf8Json, found.Offset);
        }

        return type;
    }

    /// <summary>Finds the top-level <c>kind</c> member quickly: it is normally the first or second member.</summary>
    /// <returns>The kind and the offset of its value, or <see langword="null"/> when the text is not an object with a known kind before any syntax error.</returns>
    private static (DocumentKind Kind, long Offset)? FindKind(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKind = reader.ValueTextEquals(WireContract.DiscriminatorName);
                reader.Read();
                if (isKind)
                {
                    return ContentEnumConverter<DocumentKind>.TryRead(ref reader, out var kind) ? (kind, reader.TokenStartIndex) : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A syntax error: reported by the serializer, which knows the path.
        }

        return null;
    }

    private static DocumentHeader ReadHeader(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, DocumentHeaderJsonContext.Default.DocumentHeader) ?? throw NullDocument();

    /// <summary>Creates the exception for a problem at <paramref name="offset"/>, with its line and position counted as the serializer counts them.</summary>
    private static JsonException At(string message, string path, ReadOnlySpan<byte> utf8Json, long offset)
    {
        var before = utf8Json[..(int)offset];
        return new JsonException(message, path, before.Count((byte)'\n'), before.Length - (before.LastIndexOf((byte)'\n') + 1));
    }

    private static TDocument NotNull<TDocument>(object? document)
        where TDocument : ContentDocument =>
        document as TDocument ?? throw NullDocument();

    private static JsonException NullDocument() => new("The document is null; expected a JSON object.", "$", 0, 0);
}
