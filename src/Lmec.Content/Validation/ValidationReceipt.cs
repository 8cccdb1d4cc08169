using System.Buffers;
using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lmec.Content.Canonicalization;
using Lmec.Content.Serialization;
using Lmec.Content.Validation.Rules;

namespace Lmec.Content.Validation;

/// <summary>
/// A validation receipt: a small JSON record that binds the digest of the exact document checked to what checked it
/// (the schema version, the rule catalogue, the library's version and the settings that change a verdict) and to the
/// verdict with every code found. The sender writes it with <see cref="ContentValidator.CreateReceipt(ReadOnlyMemory{byte})"/>
/// (<c>lmec-content validate --receipt</c>) and sends it with the document; the receiver checks with
/// <see cref="ContentValidator.VerifyReceipt"/> (<c>lmec-content verify-receipt</c>) that it holds the same document and that
/// validation gives it the same verdict today. Immutable and thread-safe.
/// </summary>
public sealed class ValidationReceipt
{
    /// <summary>The value of the receipt's <c>receipt</c> member, which names its format and the version of that format.</summary>
    public const string FormatName = "lmec-content-validation-receipt/1";

    private static readonly Lazy<string> Catalogue = new(Fingerprint);

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, NewLine = "\n" };

    internal ValidationReceipt(
        ContentDigest digest,
        bool digestIsCanonical,
        string schemaVersion,
        string ruleCatalogue,
        string toolVersion,
        ContentReadMode readMode,
        IEnumerable<string> disabledRules,
        IEnumerable<KeyValuePair<string, ValidationSeverity>> severities,
        IEnumerable<string> partnerRules,
        IEnumerable<string> structureChecks,
        IEnumerable<string> extensions,
        bool isValid,
        IEnumerable<string> codes)
    {
        Digest = digest;
        DigestIsCanonical = digestIsCanonical;
        SchemaVersion = schemaVersion;
        RuleCatalogue = ruleCatalogue;
        ToolVersion = toolVersion;
        ReadMode = readMode;
        DisabledRules = Sorted(disabledRules);
        Severities = severities.OrderBy(static pair => pair.Key, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
        PartnerRules = Sorted(partnerRules);
        StructureChecks = Sorted(structureChecks);
        Extensions = Sorted(extensions);
        IsValid = isValid;
        Codes = Sorted(codes);
    }

    /// <summary>
    /// Gets the digest of the document: the SHA-256 of its RFC 8785 canonical form, as <c>lmec-content digest</c> prints it;
    /// for a text that is not JSON the SHA-256 of its bytes (<see cref="DigestIsCanonical"/> is then <see langword="false"/>).
    /// </summary>
    public ContentDigest Digest { get; }

    /// <summary>Gets whether <see cref="Digest"/> is that of the canonical form, which every writing of the same JSON shares.</summary>
    public bool DigestIsCanonical { get; }

    /// <summary>Gets the version of the wire format the validator checks, such as <c>1.0</c>.</summary>
    public string SchemaVersion { get; }

    /// <summary>
    /// Gets the version of the rule catalogue: <c>sha256:</c> and 16 hexadecimal digits of a digest over every code and
    /// the default severity of every built-in rule, which changes whenever a code or a rule's default severity does.
    /// </summary>
    public string RuleCatalogue { get; }

    /// <summary>Gets the version of the library that validated, such as <c>1.0.0-preview.1</c>, with its source revision when built with one.</summary>
    public string ToolVersion { get; }

    /// <summary>Gets how strictly the document was read.</summary>
    public ContentReadMode ReadMode { get; }

    /// <summary>Gets the codes switched off, sorted.</summary>
    public IReadOnlyList<string> DisabledRules { get; }

    /// <summary>Gets the severities that replaced a code's default, by code.</summary>
    public IReadOnlyDictionary<string, ValidationSeverity> Severities { get; }

    /// <summary>Gets the codes of the partners' own rules that ran, sorted.</summary>
    public IReadOnlyList<string> PartnerRules { get; }

    /// <summary>Gets the full type names of the structure checks that ran, such as <c>Lmec.Content.Schemas.SchemaValidator</c>, sorted.</summary>
    public IReadOnlyList<string> StructureChecks { get; }

    /// <summary>Gets the URIs of the extensions registered, whose content was checked, sorted.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>Gets whether the document was valid: no finding of severity error.</summary>
    public bool IsValid { get; }

    /// <summary>Gets every code found, errors and warnings, each once, sorted.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Gets the version of this library's rule catalogue (see <see cref="RuleCatalogue"/>).</summary>
    internal static string CurrentRuleCatalogue => Catalogue.Value;

    /// <summary>Gets the version of this library.</summary>
    internal static string CurrentToolVersion { get; } =
        typeof(ValidationReceipt).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ValidationReceipt).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Reads a receipt written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The receipt's JSON text.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="json"/> is not a receipt of this format: not JSON, another format, or a member missing or of the wrong form.</exception>
    public static ValidationReceipt Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (Text(root, "receipt") != FormatName)
            {
                throw new FormatException($"Not a receipt of the format '{FormatName}'.");
            }

            var subject = Member(root, "document");
            var settings = Member(root, "settings");
            var verdict = Member(root, "verdict");
            return new ValidationReceipt(
                ContentDigest.Parse(Text(subject, "digest")),
                Member(subject, "canonical").GetBoolean(),
                Text(root, "schemaVersion"),
                Text(root, "ruleCatalogue"),
                Text(root, "tool"),
                Enum.Parse<ContentReadMode>(Text(settings, "readMode"), ignoreCase: true),
                Texts(settings, "disabledRules"),
                Member(settings, "severities").EnumerateObject().Select(static member => KeyValuePair.Create(member.Name, Enum.Parse<ValidationSeverity>(member.Value.GetString()!, ignoreCase: true))),
                Texts(settings, "partnerRules"),
                Texts(settings, "structureChecks"),
                Texts(settings, "extensions"),
                Member(verdict, "valid").GetBoolean(),
                Texts(verdict, "codes"));
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            throw new FormatException($"Not a receipt of the format '{FormatName}': {exception.Message}", exception);
        }
    }

    /// <summary>Writes the receipt as JSON, indented, with <c>\n</c> line ends.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("receipt", FormatName);
            writer.WriteStartObject("document");
            writer.WriteString("digest", Digest.ToString());
            writer.WriteBoolean("canonical", DigestIsCanonical);
            writer.WriteEndObject();
            writer.WriteString("schemaVersion", SchemaVersion);
            writer.WriteString("ruleCatalogue", RuleCatalogue);
            writer.WriteString("tool", ToolVersion);
            writer.WriteStartObject("settings");
            writer.WriteString("readMode", Name(ReadMode));
            WriteTexts(writer, "disabledRules", DisabledRules);
            writer.WriteStartObject("severities");
            foreach (var (code, severity) in Severities)
            {
                writer.WriteString(code, Name(severity));
            }

            writer.WriteEndObject();
            WriteTexts(writer, "partnerRules", PartnerRules);
            WriteTexts(writer, "structureChecks", StructureChecks);
            WriteTexts(writer, "extensions", Extensions);
            writer.WriteEndObject();
            writer.WriteStartObject("verdict");
            writer.WriteBoolean("valid", IsValid);
            WriteTexts(writer, "codes", Codes);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Tells whether another receipt was issued with the same settings, so that its verdict can be compared with this one's.</summary>
    /// <param name="other">The other receipt.</param>
    /// <returns><see langword="true"/> when read mode, switched-off codes, severities, partner rules, structure checks and extensions are the same.</returns>
    internal bool HasSettingsOf(ValidationReceipt other) =>
        ReadMode == other.ReadMode
        && DisabledRules.SequenceEqual(other.DisabledRules, StringComparer.Ordinal)
        && Severities.Count == other.Severities.Count && Severities.All(pair => other.Severities.TryGetValue(pair.Key, out var severity) && severity == pair.Value)
        && PartnerRules.SequenceEqual(other.PartnerRules, StringComparer.Ordinal)
        && StructureChecks.SequenceEqual(other.StructureChecks, StringComparer.Ordinal)
        && Extensions.SequenceEqual(other.Extensions, StringComparer.Ordinal);

    /// <summary>Computes the digest a receipt binds: the canonical one, or that of the bytes when the text cannot be canonicalized.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <param name="limits">The limits the document was validated with.</param>
    /// <returns>The digest, and whether it is canonical.</returns>
    internal static (ContentDigest Digest, bool Canonical) DigestOf(ReadOnlySpan<byte> utf8Json, ContentLimits limits)
    {
        try
        {
            return (CanonicalJson.ComputeDigest(utf8Json, limits), true);
        }
        catch (ContentValidationException)
        {
            return (ContentDigest.FromHash(SHA256.HashData(utf8Json)), false);
        }
    }

    private static string Fingerprint()
    {
        var lines = ValidationCodes.All.Order(StringComparer.Ordinal)
            .Concat(BuiltInRules.All.Select(static rule => $"{rule.Code} {Name(rule.DefaultSeverity)}").Order(StringComparer.Ordinal));
        return $"{ContentDigest.Algorithm}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16]}";
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static IReadOnlyList<string> Sorted(IEnumerable<string> values) => [.. values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : throw new KeyNotFoundException($"The member '{name}' is missing.");

    private static string Text(JsonElement element, string name) =>
        Member(element, name).GetString() ?? throw new KeyNotFoundException($"The member '{name}' is null.");

    private static IEnumerable<string> Texts(JsonElement element, string name) =>
        [.. Member(element, name).EnumerateArray().Select(static item => item.GetString() ?? throw new InvalidOperationException("A list holds null."))];

    private static void WriteTexts(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
