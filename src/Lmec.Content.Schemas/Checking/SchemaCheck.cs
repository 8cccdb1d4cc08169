using System.Globalization;
using System.Text;
using Lmec.Content.Json;
using Lmec.Content.Validation;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NjsError = NJsonSchema.Validation.ValidationError;
using ValidationError = Lmec.Content.Validation.ValidationError;

namespace Lmec.Content.Schemas.Checking;

/// <summary>
/// Validates a text that the JSON front end accepted against a schema with NJsonSchema, and turns
/// its findings into the SDK's: a code, an RFC 6901 pointer with wire names (NJsonSchema says
/// <c>#/a[0].b</c>, ambiguous when names hold dots or brackets), line and column, and a message. Where
/// NJsonSchema departs from JSON Schema it is corrected: <c>6.0</c> is an integer, lengths count
/// Unicode code points, not UTF-16 units, and <c>required</c> applies to objects only. Its exceptions become a finding.
/// </summary>
internal static class SchemaCheck
{
    private static readonly JsonSchemaValidator Validator = new(new JsonSchemaValidatorSettings { FormatValidators = FormatCheck.All });

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Ignore,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    /// <summary>Validates a text against a schema.</summary>
    /// <param name="text">The UTF-8 text, without a byte order mark, that the JSON front end accepted.</param>
    /// <param name="schema">The schema.</param>
    /// <param name="chinese">Whether to write messages in Chinese.</param>
    /// <returns>The findings, in the order of their positions.</returns>
    internal static List<ValidationError> Run(ReadOnlySpan<byte> text, JsonSchema schema, bool chinese)
    {
        List<(string Code, string Pointer, string Message)> findings;
        try
        {
            var token = Parse(Encoding.UTF8.GetString(text));
            findings = [.. Validator.Validate(token, schema).SelectMany(Leaves).Select(error => Translate(error, chinese)).OfType<(string, string, string)>()];
        }
        catch (Exception exception) when (exception is JsonException or InvalidCastException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            // NJsonSchema throws on input it cannot handle, as InvalidCastException on integers beyond long.
            findings = [(SchemaErrorCodes.ValidatorFailure, JsonPointer.Root, Messages.Format(SchemaErrorCodes.ValidatorFailure, chinese, $"{exception.GetType().Name}: {exception.Message}"))];
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

    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            // Dates stay strings: Newtonsoft would otherwise turn them into DateTime and write them back differently.
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = null,
        };
        return JToken.ReadFrom(reader, LoadSettings);
    }

    private static IEnumerable<NjsError> Leaves(NjsError error) =>
        error is ChildSchemaValidationError parent ? parent.Errors.Values.SelectMany(static errors => errors).SelectMany(Leaves) : [error];

    private static (string Code, string Pointer, string Message)? Translate(NjsError error, bool chinese)
    {
        var token = error.Token!;
        var schema = error.Schema;
        var pointer = PointerOf(token);
        switch (error.Kind)
        {
            case ValidationErrorKind.PropertyRequired when token is not JObject:
                // NJsonSchema applies `required` to any value; JSON Schema only to objects, and the wrong type is reported already.
                return null;
            case ValidationErrorKind.PropertyRequired:
                return (SchemaErrorCodes.MissingMember, JsonPointer.Append(pointer, error.Property!), Messages.Format(SchemaErrorCodes.MissingMember, chinese, Messages.Quote(error.Property!)));
            case ValidationErrorKind.NoAdditionalPropertiesAllowed:
                var name = ((JProperty)token).Name;
                return schema.PatternProperties.Count > 0
                    ? (SchemaErrorCodes.InvalidLanguageTag, pointer, Messages.Format(SchemaErrorCodes.InvalidLanguageTag, chinese, Messages.Quote(name)))
                    : (SchemaErrorCodes.UnknownMember, pointer, Messages.Format(SchemaErrorCodes.UnknownMember, chinese, Messages.Quote(name)));
            case ValidationErrorKind.IntegerExpected when token.Type == JTokenType.Float && Math.Truncate(token.Value<double>()) == token.Value<double>():
                // JSON Schema compares values, not spellings: 6.0 is the integer 6.
                return null;
            case ValidationErrorKind.StringExpected or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected
                or ValidationErrorKind.BooleanExpected or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected
                or ValidationErrorKind.NullExpected or ValidationErrorKind.NoTypeValidates:
                return (SchemaErrorCodes.WrongType, pointer, Messages.Format(SchemaErrorCodes.WrongType, chinese, Messages.Describe(TypeName(schema.Type), chinese), Messages.Describe(TypeName(token.Type), chinese)));
            case ValidationErrorKind.NotInEnumeration:
                var allowed = string.Join(", ", schema.Enumeration.Select(static value => Messages.Quote(value?.ToString() ?? "null")));
                return (SchemaErrorCodes.ValueNotAllowed, pointer, Messages.Format(SchemaErrorCodes.ValueNotAllowed, chinese, token.ToString(Formatting.None), allowed));
            case ValidationErrorKind.StringTooShort:
                return (SchemaErrorCodes.StringTooShort, pointer, Messages.Format(SchemaErrorCodes.StringTooShort, chinese, schema.MinLength));
            case ValidationErrorKind.StringTooLong:
                var length = CodePoints(token.Value<string>()!);
                return length <= schema.MaxLength
                    ? null
                    : (SchemaErrorCodes.StringTooLong, pointer, Messages.Format(SchemaErrorCodes.StringTooLong, chinese, length, schema.MaxLength));
            case ValidationErrorKind.PatternMismatch:
                return (SchemaErrorCodes.PatternMismatch, pointer, Messages.Format(SchemaErrorCodes.PatternMismatch, chinese, Messages.Quote(token.Value<string>()!), Messages.Describe(schema.Pattern!, chinese)));
            case ValidationErrorKind.DateExpected or ValidationErrorKind.DateTimeExpected or ValidationErrorKind.EmailExpected or ValidationErrorKind.UriExpected:
                return (SchemaErrorCodes.InvalidFormat, pointer, Messages.Format(SchemaErrorCodes.InvalidFormat, chinese, Messages.Quote(token.Value<string>()!), Messages.Describe(schema.Format!, chinese)));
            case ValidationErrorKind.NumberTooSmall or ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig:
                return (SchemaErrorCodes.ValueOutOfRange, pointer, Messages.Format(SchemaErrorCodes.ValueOutOfRange, chinese, token.ToString(Formatting.None), Bound(schema.Minimum, "−∞"), Bound(schema.Maximum, "∞")));
            case ValidationErrorKind.ItemsNotUnique:
                return (SchemaErrorCodes.DuplicateItem, pointer, Messages.Format(SchemaErrorCodes.DuplicateItem, chinese));
            case ValidationErrorKind.TooFewProperties:
                return (SchemaErrorCodes.WrongMemberCount, pointer, Messages.Format(SchemaErrorCodes.WrongMemberCount, chinese, ((JObject)token).Count, schema.MinProperties));
            case ValidationErrorKind.TooManyProperties:
                return (SchemaErrorCodes.WrongMemberCount, pointer, Messages.Format(SchemaErrorCodes.WrongMemberCount + ".max", chinese, ((JObject)token).Count, schema.MaxProperties));
            default:
                return (SchemaErrorCodes.SchemaViolation, pointer, Messages.Format(SchemaErrorCodes.SchemaViolation, chinese, error.Kind));
        }
    }

    private static string PointerOf(JToken token)
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

    private static string Bound(decimal? bound, string none) => bound?.ToString(CultureInfo.InvariantCulture) ?? none;

    private static string TypeName(JsonObjectType type) => type switch
    {
        JsonObjectType.String => "string",
        JsonObjectType.Integer => "integer",
        JsonObjectType.Number => "number",
        JsonObjectType.Boolean => "boolean",
        JsonObjectType.Object => "object",
        JsonObjectType.Array => "array",
        JsonObjectType.Null => "null",
        _ => type.ToString(),
    };

    private static string TypeName(JTokenType type) => type switch
    {
        JTokenType.Integer => "integer",
        JTokenType.Float => "number",
        _ => type.ToString().ToLowerInvariant(),
    };
}
