using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Serialization;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// The serializers compared with <see cref="ContentJson"/>, each configured to write and read the same
/// wire format for the same model types.
/// </summary>
internal static class ComparedSerializers
{
    /// <summary>Encodes Newtonsoft's text output as UTF-8, as System.Text.Json writes it: no byte order mark.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Gets System.Text.Json with reflection metadata: the options the source-generated
    /// <see cref="ContentJsonContext"/> declares, resolved at run time instead of at compile time.
    /// </summary>
    public static JsonSerializerOptions Reflection { get; } = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
        Converters = { new TimestampConverter() },
    };

    /// <summary>
    /// Gets Newtonsoft.Json set up for the wire format: camelCase names, enums as camelCase names and
    /// never numbers, nulls left out, dates and timestamps as text (never reinterpreted on read).
    /// </summary>
    /// <remarks>
    /// Newtonsoft.Json builds the model's records with their parameterless constructors and sets the
    /// <c>init</c> properties by reflection (an init accessor is an ordinary setter to it). Lists must be
    /// replaced, not populated: by default it would add to the list a new record already holds, which is
    /// immutable. It does not know C# <c>required</c> members, so it checks less than the other readers.
    /// </remarks>
    public static Newtonsoft.Json.JsonSerializer NewtonsoftJson { get; } = Newtonsoft.Json.JsonSerializer.Create(new Newtonsoft.Json.JsonSerializerSettings
    {
        ContractResolver = new NewtonsoftContractResolver(),
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
        ObjectCreationHandling = Newtonsoft.Json.ObjectCreationHandling.Replace,
        DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
        DateTimeZoneHandling = Newtonsoft.Json.DateTimeZoneHandling.RoundtripKind,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy(), allowIntegerValues: false), new NewtonsoftLocalizedTextConverter() },
    });

    /// <summary>Reads one document with Newtonsoft.Json from UTF-8 bytes.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="utf8Json">The bytes.</param>
    /// <returns>The document.</returns>
    public static T ReadNewtonsoft<T>(byte[] utf8Json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(utf8Json), Utf8));
        return NewtonsoftJson.Deserialize<T>(reader)!;
    }

    /// <summary>Writes one document with Newtonsoft.Json as UTF-8 bytes.</summary>
    /// <param name="value">The document.</param>
    /// <returns>The bytes.</returns>
    public static byte[] WriteNewtonsoft(object value)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8, leaveOpen: true))
        {
            NewtonsoftJson.Serialize(writer, value);
        }

        return stream.ToArray();
    }
}
