using System.Globalization;
using System.Text.Json;
using Lmec.Content.Contract;
using Lmec.Content.Json;
using Lmec.Content.Localization;
using Lmec.Content.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using JsonException = Newtonsoft.Json.JsonException;
using NjsError = NJsonSchema.Validation.ValidationError;
using ValidationError = Lmec.Content.Validation.ValidationError;

namespace Lmec.Content.Schemas.Checking;

/// <summary>
/// Validates a text that passed the JSON front end against a schema with NJsonSchema, and turns its findings into
/// the SDK's: the code the typed validation gives the same fault (the wire contract's code of the member at the
/// pointer, <see cref="WireMember.Code"/>), an RFC 6901 pointer with wire names (NJsonSchema says <c>#/a[0].b</c>),
/// line and column, and the same message. Where NJsonSchema departs from JSON Schema it is corrected: <c>6.0</c> is
/// an integer, lengths count Unicode code points, not UTF-16 units, and <c>required</c> applies to objects only.
/// A fault several keywords find (an e-mail address against its pattern, format and length) is reported once. Its
/// exceptions become a finding.
/// </summary>
internal static class SchemaCheck
{
    /// <summary>The validator, with format checks that accept what the patterns accept.</summary>
    internal static readonly JsonSchemaValidator Validator = new(new JsonSchemaValidatorSettings { FormatValidators = FormatCheck.All });

    /// <summary>Validates a text against the schema of a kind of document.</summary>
    /// <param name="text">The UTF-8 text, without a byte order mark, that passed the JSON front end.</param>
    /// <param name="schema">The schema.</param>
    /// <param name="documentType">The model type of the document, whose contract names the members.</param>
    /// <param name="culture">The language of the messages.</param>
    /// <param name="messages">The message catalogue.</param>
    /// <returns>The findings, each fault once, in the order of their positions.</returns>
    internal static List<ValidationError> Run(ReadOnlySpan<byte> text, JsonSchema schema, Type documentType, CultureInfo culture, MessageCatalog messages)
    {
        var findings = new List<(string Code, string Pointer, string Message)>();
        try
        {
            var errors = Validator.Validate(Parse(text), schema);
            if (errors.Count == 0)
            {
                return [];
            }

            var seen = new HashSet<(string, string)>();
            foreach (var error in errors.SelectMany(Leaves))
            {
                foreach (var finding in Translate(error, documentType, culture, messages))
                {
                    if (seen.Add((finding.Code, finding.Pointer)))
                    {
                        findings.Add(finding);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or System.Text.Json.JsonException or InvalidCastException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            // NJsonSchema throws on input it cannot handle, as InvalidCastException on integers beyond long.
            findings = [(ValidationCodes.StructureValidatorFailed, JsonPointer.Root, messages.Format(ValidationCodes.StructureValidatorFailed, culture, "NJsonSchema", $"{exception.GetType().Name}: {exception.Message}"))];
        }

        if (findings.Count == 0)
        {
            // No finding needs a position: the text is not read a second time.
            return [];
        }

        var positions = JsonSourceMap.Locate(text, findings.Select(static finding => finding.Pointer));
        return
        [
            .. findings
                .Select(finding => new ValidationError
                {
                    Code = finding.Code,
                    Severity = ValidationSeverity.Error,
                    Path = finding.Pointer,
                    Message = finding.Message,
                    Line = positions.TryGetValue(finding.Pointer, out var at) ? at.Line : null,
                    Column = positions.TryGetValue(finding.Pointer, out at) ? at.Column : null,
                })
                .OrderBy(static error => error.Line ?? 0)
                .ThenBy(static error => error.Column ?? 0),
        ];
    }

    /// <summary>
    /// Reads JSON text as NJsonSchema validates it, straight from its UTF-8 bytes (<see cref="Utf8TokenBuilder"/>):
    /// dates kept as strings, floats as <see cref="double"/>, no depth limit (the front end has one).
    /// </summary>
    /// <param name="utf8Json">The UTF-8 text, without a byte order mark, that passed the JSON front end.</param>
    /// <returns>The token.</returns>
    internal static JToken Parse(ReadOnlySpan<byte> utf8Json) => Utf8TokenBuilder.Build(utf8Json);

    /// <summary>Lists the errors that find a fault themselves, not those that only hold others.</summary>
    /// <param name="error">An error of NJsonSchema.</param>
    /// <returns>Its leaves.</returns>
    internal static IEnumerable<NjsError> Leaves(NjsError error) =>
        error is ChildSchemaValidationError parent ? parent.Errors.Values.SelectMany(static errors => errors).SelectMany(Leaves) : [error];

    private static IEnumerable<(string Code, string Pointer, string Message)> Translate(NjsError error, Type documentType, CultureInfo culture, MessageCatalog messages)
    {
        var token = error.Token!;
        var schema = error.Schema;
        var pointer = PointerOf(token);
        (string, string, string) Finding(string code, string key, params object?[] arguments) => (code, pointer, messages.Format(key, culture, arguments));
        switch (error.Kind)
        {
            case ValidationErrorKind.PropertyRequired when token is not JObject:
                // NJsonSchema applies `required` to any value; JSON Schema only to objects, and the wrong type is reported already.
                break;
            case ValidationErrorKind.PropertyRequired:
                yield return (ValidationCodes.MissingMember, JsonPointer.Append(pointer, error.Property!), messages.Format(ValidationCodes.MissingMember, culture, error.Property));
                break;
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                var name = ValidationMessages.Display(((JProperty)token).Name);
                yield return schema.PatternProperties.Count == 0 ? Finding(ValidationCodes.UnknownMember, ValidationCodes.UnknownMember, name)
                    : Member(documentType, pointer[..pointer.LastIndexOf('/')]) is { Category: ValueCategory.Extensions } ? Finding(ValidationCodes.UnknownExtension, ValidationCodes.UnknownExtension, name)
                    : Finding(ValidationCodes.InvalidLanguageTag, ValidationCodes.InvalidLanguageTag, name);
                break;
            case ValidationErrorKind.IntegerExpected when token.Type == JTokenType.Float:
                // JSON Schema compares values, not spellings: 6.0 is the integer 6.
                if (!WireValues.IsWhole(token.Value<double>()))
                {
                    yield return Finding(ValidationCodes.InvalidInteger, ValidationCodes.InvalidInteger, Raw(token));
                }

                break;
            case ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
                or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
                or ValidationErrorKind.NullExpected or ValidationErrorKind.NoTypeValidates:
                yield return WrongType(Member(documentType, pointer), token, schema, culture, messages, Finding);
                break;
            case ValidationErrorKind.NotInEnumeration:
                yield return token.Type == JTokenType.Null
                    ? Finding(ValidationCodes.NullValue, ValidationCodes.NullValue)
                    : Finding(ValidationCodes.InvalidEnumValue, ValidationCodes.InvalidEnumValue, Raw(token), string.Join(", ", schema.Enumeration.Select(static value => value?.ToString())));
                break;
            case ValidationErrorKind.StringTooLong when CodePoints(token.Value<string>()!) <= schema.MaxLength:
                // NJsonSchema counts UTF-16 units; JSON Schema counts code points.
                break;
            case ValidationErrorKind.StringTooLong when Member(documentType, pointer) is { } member && member.LengthCode == ValidationCodes.ValueTooLong:
                yield return Finding(ValidationCodes.ValueTooLong, ValidationCodes.ValueTooLong, CodePoints(token.Value<string>()!), member.MaxLength);
                break;
            case ValidationErrorKind.StringTooShort or ValidationErrorKind.StringTooLong or ValidationErrorKind.PatternMismatch
                or ValidationErrorKind.EmailExpected or ValidationErrorKind.UriExpected:
                yield return Malformed(Member(documentType, pointer), token.Value<string>()!, Finding);
                break;
            case ValidationErrorKind.NumberTooSmall or ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig:
                yield return Finding(ValidationCodes.InvalidInteger, "LMEC108.range", Raw(token), Bound(schema.Minimum), Bound(schema.Maximum));
                break;
            case ValidationErrorKind.ItemsNotUnique:
                foreach (var (index, earlier, value) in Repeats((JArray)token))
                {
                    yield return (ValidationCodes.DuplicateListItem, JsonPointer.Append(pointer, index), messages.Format(ValidationCodes.DuplicateListItem, culture, value, earlier));
                }

                break;
            case ValidationErrorKind.TooFewProperties:
                yield return Finding(ValidationCodes.BlankText, "LMEC214.noLanguage");
                break;
            default:
                // No published schema uses another keyword: a finding that cannot be translated is a fault of this package.
                yield return Finding(ValidationCodes.StructureValidatorFailed, ValidationCodes.StructureValidatorFailed, "NJsonSchema", error.Kind);
                break;
        }
    }

    /// <summary>
    /// Reports a string that is not of its member's category, with the code and message the typed validation gives
    /// it. A string the contract names no member for would be a fault of this package, not of the document.
    /// </summary>
    private static (string, string, string) Malformed(WireMember? member, string value, Func<string, string, object?[], (string, string, string)> finding) =>
        member switch
        {
            null => finding(ValidationCodes.StructureValidatorFailed, ValidationCodes.StructureValidatorFailed, ["NJsonSchema", "no member of the contract holds the value"]),
            { Category: ValueCategory.Text } => finding(ValidationCodes.BlankText, ValidationCodes.BlankText, []),
            _ when WireValues.CodeOf(member.Category, value) == ValidationCodes.NonAsciiDigits => NonAsciiDigits(value, finding),
            _ => finding(member.Code, member.Code, [ValidationMessages.Display(value)]),
        };

    private static (string, string, string) NonAsciiDigits(string value, Func<string, string, object?[], (string, string, string)> finding) =>
        finding(ValidationCodes.NonAsciiDigits, ValidationCodes.NonAsciiDigits, [ValidationMessages.Display(value), ValidationMessages.Display(ValidationMessages.WithAsciiDigits(value))]);

    /// <summary>
    /// Reports a value of the wrong JSON type as the typed validation does: <see langword="null"/> as no value, a
    /// value of an enumeration, a date, a timestamp or an integer member as not of the member's category (the typed
    /// reader reads those by their form), anything else as of the wrong type.
    /// </summary>
    private static (string, string, string) WrongType(WireMember? member, JToken token, JsonSchema schema, CultureInfo culture, MessageCatalog messages, Func<string, string, object?[], (string, string, string)> finding)
    {
        var scalar = !schema.Type.HasFlag(JsonObjectType.Array) && !schema.Type.HasFlag(JsonObjectType.Object);
        if (token.Type == JTokenType.Null)
        {
            return finding(ValidationCodes.NullValue, ValidationCodes.NullValue, []);
        }

        if (scalar && member?.Category is ValueCategory.Integer && token.Type == JTokenType.String && WireValues.CodeOf(member.Category, token.Value<string>()!) == ValidationCodes.NonAsciiDigits)
        {
            return NonAsciiDigits(token.Value<string>()!, finding);
        }

        if (scalar && member?.Category is ValueCategory.Enumeration)
        {
            return finding(member.Code, member.Code, [Raw(token), string.Join(", ", member.AllowedValues ?? [])]);
        }

        if (scalar && (member?.Category is ValueCategory.Date or ValueCategory.PartialDate or ValueCategory.Time or ValueCategory.Timestamp || (member?.Category is ValueCategory.Integer && token.Type is JTokenType.Float or JTokenType.Integer)))
        {
            return finding(member!.Code, member.Code, [Raw(token)]);
        }

        return finding(ValidationCodes.WrongType, ValidationCodes.WrongType, [messages.Format(ExpectedType(member, schema), culture), messages.Format(ValidationMessages.TypeKey(KindOf(token.Type)), culture)]);
    }

    private static WireMember? Member(Type documentType, string pointer) => WireContract.Resolve(documentType, pointer);

    private static string ExpectedType(WireMember? member, JsonSchema schema) =>
        member is { Category: ValueCategory.LocalizedText, IsList: false } ? "type.text"
        : schema.Type switch
        {
            JsonObjectType.String => "type.string",
            JsonObjectType.Integer => "type.integer",
            JsonObjectType.Boolean => "type.boolean",
            JsonObjectType.Array => "type.array",
            _ => "type.object",
        };

    private static JsonValueKind KindOf(JTokenType type) => type switch
    {
        JTokenType.Object => JsonValueKind.Object,
        JTokenType.Array => JsonValueKind.Array,
        JTokenType.Integer or JTokenType.Float => JsonValueKind.Number,
        JTokenType.Boolean => JsonValueKind.True,
        JTokenType.Null => JsonValueKind.Null,
        _ => JsonValueKind.String,
    };

    private static IEnumerable<(int Index, int Earlier, string Value)> Repeats(JArray array)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < array.Count; index++)
        {
            var key = array[index].ToString(Formatting.None);
            if (!first.TryAdd(key, index))
            {
                yield return (index, first[key], ValidationMessages.Display(array[index].Type == JTokenType.String ? array[index].Value<string>()! : key));
            }
        }
    }

    private static string Raw(JToken token) => ValidationMessages.Display(token.ToString(Formatting.None));

    /// <summary>Writes the RFC 6901 pointer of a token, a member's name included.</summary>
    /// <param name="token">The token.</param>
    /// <returns>The pointer.</returns>
    internal static string PointerOf(JToken token)
    {
        var names = new List<string>();
        if (token is JProperty member)
        {
            names.Add(member.Name);
        }

        for (var current = token; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case JProperty property:
                    names.Add(property.Name);
                    break;
                case JArray array:
                    names.Add(array.IndexOf(current).ToString(CultureInfo.InvariantCulture));
                    break;
            }
        }

        var pointer = JsonPointer.Root;
        for (var i = names.Count - 1; i >= 0; i--)
        {
            pointer = JsonPointer.Append(pointer, names[i]);
        }

        return pointer;
    }

    private static int CodePoints(string text) => text.EnumerateRunes().Count();

    private static string Bound(decimal? bound) => bound?.ToString(CultureInfo.InvariantCulture) ?? "∞";
}
