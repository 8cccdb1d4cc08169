using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Validation.Structure;

/// <summary>
/// The all-errors structure check of a text that the typed reader rejected: it walks the parsed JSON
/// guided by the model's own serialization contract (member names, types, required members,
/// nullability, enum wire names, the shapes of text, dates and timestamps) and reports every unknown,
/// missing, <see langword="null"/> or mistyped member, not only the first the reader met.
/// </summary>
internal sealed class StructureWalker
{
    private static readonly string KindPointer = JsonPointer.Append(JsonPointer.Root, WireContract.DiscriminatorName);

    private readonly JsonSerializerOptions _options;
    private readonly bool _lenient;
    private readonly ValidationFindings _findings;

    /// <summary>Initialises a walker for one validation.</summary>
    /// <param name="mode">The reading mode: unknown members are errors when strict, warnings when lenient.</param>
    /// <param name="findings">Where findings go.</param>
    internal StructureWalker(ContentReadMode mode, ValidationFindings findings)
    {
        _options = ContentJson.GetOptions(mode);
        _lenient = mode == ContentReadMode.Lenient;
        _findings = findings;
    }

    /// <summary>Checks a document.</summary>
    /// <param name="root">The parsed document.</param>
    /// <param name="requested">The type asked for: a concrete document type, or <see cref="ContentDocument"/> for any kind.</param>
    internal void WalkDocument(JsonElement root, Type requested)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            _findings.Add(ValidationCodes.NotAnObject, ValidationSeverity.Error, JsonPointer.Root, ValidationCodes.NotAnObject, _findings.Format(ValidationMessages.TypeKey(root.ValueKind)));
            return;
        }

        var type = requested;
        if (requested.IsAbstract)
        {
            if (!root.TryGetProperty(WireContract.DiscriminatorName, out var kind))
            {
                _findings.Add(ValidationCodes.MissingMember, ValidationSeverity.Error, KindPointer, ValidationCodes.MissingMember, WireContract.DiscriminatorName);
                return;
            }

            var index = kind.ValueKind == JsonValueKind.String ? IndexOf(ContentEnumConverter<DocumentKind>.WireNames, kind.GetString()!) : -1;
            if (index < 0)
            {
                AddInvalidEnum(kind, KindPointer, ContentEnumConverter<DocumentKind>.WireNames);
                return;
            }

            type = ContentJson.TypeOf((DocumentKind)index);
        }
        else if (root.TryGetProperty(WireContract.DiscriminatorName, out var kind) && kind.ValueKind == JsonValueKind.String && IndexOf(ContentEnumConverter<DocumentKind>.WireNames, kind.GetString()!) >= 0)
        {
            // A document of another kind: its members would all be reported as unknown or missing, which says less than this.
            var before = _findings.Count;
            CheckKind(kind, type, KindPointer);
            if (_findings.Count > before)
            {
                return;
            }
        }

        WalkObject(root, _options.GetTypeInfo(type), JsonPointer.Root);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void WalkObject(JsonElement element, JsonTypeInfo info, string pointer)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            AddWrongType(element, pointer, "type.object");
            return;
        }

        var properties = info.Properties;
        var entity = typeof(ContentObject).IsAssignableFrom(info.Type) ? WireContract.Of(info.Type) : null;
        var seen = new bool[properties.Count];
        foreach (var member in element.EnumerateObject())
        {
            var memberPointer = JsonPointer.Append(pointer, member.Name);
            var index = Find(properties, member.Name, StringComparison.Ordinal);
            if (index < 0)
            {
                AddUnknown(properties, member.Name, memberPointer);
                continue;
            }

            seen[index] = true;
            var property = properties[index];
            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                // The wire format never holds null: an absent value is left out, as the writer does.
                _findings.Add(ValidationCodes.NullValue, ValidationSeverity.Error, memberPointer, ValidationCodes.NullValue);
            }
            else if (property.PropertyType == typeof(DocumentKind) && typeof(ContentDocument).IsAssignableFrom(info.Type))
            {
                CheckKind(member.Value, info.Type, memberPointer);
            }
            else
            {
                WalkValue(member.Value, property.PropertyType, memberPointer, entity?.Find(property.Name));
            }
        }

        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].IsRequired && !seen[i])
            {
                _findings.Add(ValidationCodes.MissingMember, ValidationSeverity.Error, JsonPointer.Append(pointer, properties[i].Name), ValidationCodes.MissingMember, properties[i].Name);
            }
        }
    }

    private static int Find(IList<JsonPropertyInfo> properties, string name, StringComparison comparison)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (!properties[i].IsExtensionData && string.Equals(properties[i].Name, name, comparison))
            {
                return i;
            }
        }

        return -1;
    }

    private void AddUnknown(IList<JsonPropertyInfo> properties, string name, string pointer)
    {
        var shown = ValidationMessages.Display(name);
        if (_lenient)
        {
            _findings.Add(ValidationCodes.UnknownMember, ValidationSeverity.Warning, pointer, "LMEC101.lenient", shown);
            return;
        }

        var near = Find(properties, name, StringComparison.OrdinalIgnoreCase);
        if (near >= 0)
        {
            _findings.Add(ValidationCodes.UnknownMember, ValidationSeverity.Error, pointer, "LMEC101.suggest", shown, properties[near].Name);
        }
        else
        {
            _findings.Add(ValidationCodes.UnknownMember, ValidationSeverity.Error, pointer, ValidationCodes.UnknownMember, shown);
        }
    }

    private void CheckKind(JsonElement element, Type documentType, string pointer)
    {
        var names = ContentEnumConverter<DocumentKind>.WireNames;
        var index = element.ValueKind == JsonValueKind.String ? IndexOf(names, element.GetString()!) : -1;
        if (index < 0)
        {
            AddInvalidEnum(element, pointer, names);
            return;
        }

        var expected = Enum.GetValues<DocumentKind>().First(kind => ContentJson.TypeOf(kind) == documentType);
        if ((DocumentKind)index != expected)
        {
            _findings.Add(ValidationCodes.KindMismatch, ValidationSeverity.Error, pointer, ValidationCodes.KindMismatch, names[(int)expected], names[index]);
        }
    }

    private void WalkValue(JsonElement element, Type type, string pointer, WireMember? contract = null)
    {
        if (_findings.IsFull)
        {
            return;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (element.ValueKind == JsonValueKind.Null)
        {
            _findings.Add(ValidationCodes.NullValue, ValidationSeverity.Error, pointer, ValidationCodes.NullValue);
        }
        else if (target == typeof(string))
        {
            Expect(element, JsonValueKind.String, pointer, "type.string");
        }
        else if (target == typeof(int))
        {
            if (element.ValueKind == JsonValueKind.String && AddMalformed(element, ValueCategory.Integer, pointer))
            {
                return;
            }

            if (Expect(element, JsonValueKind.Number, pointer, "type.integer"))
            {
                CheckInteger(element, contract, pointer);
            }
        }
        else if (target == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                AddWrongType(element, pointer, "type.boolean");
            }
        }
        else if (target == typeof(DateOnly))
        {
            if ((element.ValueKind != JsonValueKind.String || !WireValues.TryParseDate(element.GetString(), out _)) && !AddMalformed(element, ValueCategory.Date, pointer))
            {
                _findings.Add(ValidationCodes.InvalidDate, ValidationSeverity.Error, pointer, ValidationCodes.InvalidDate, ValidationMessages.Display(element.GetRawText()));
            }
        }
        else if (target == typeof(PartialDate))
        {
            if ((element.ValueKind != JsonValueKind.String || !PartialDate.TryParse(element.GetString(), out _)) && !AddMalformed(element, ValueCategory.PartialDate, pointer))
            {
                _findings.Add(ValidationCodes.InvalidDate, ValidationSeverity.Error, pointer, ValidationCodes.InvalidDate, ValidationMessages.Display(element.GetRawText()));
            }
        }
        else if (target == typeof(TimeOnly))
        {
            if ((element.ValueKind != JsonValueKind.String || !WireValues.TryParseTime(element.GetString(), out _)) && !AddMalformed(element, ValueCategory.Time, pointer))
            {
                _findings.Add(ValidationCodes.InvalidTime, ValidationSeverity.Error, pointer, ValidationCodes.InvalidTime, ValidationMessages.Display(element.GetRawText()));
            }
        }
        else if (target == typeof(DateTimeOffset))
        {
            if ((element.ValueKind != JsonValueKind.String || !TimestampConverter.TryParse(element.GetString(), out _)) && !AddMalformed(element, ValueCategory.Timestamp, pointer))
            {
                var code = element.ValueKind == JsonValueKind.String && WireValues.IsTimestamp(element.GetString()!) ? ValidationCodes.TimestampOutOfRange : ValidationCodes.InvalidTimestamp;
                _findings.Add(code, ValidationSeverity.Error, pointer, code, ValidationMessages.Display(element.GetRawText()));
            }
        }
        else if (target == typeof(LocalizedText))
        {
            WalkText(element, pointer);
        }
        else
        {
            WalkContract(element, _options.GetTypeInfo(target), pointer);
        }
    }

    private void CheckInteger(JsonElement element, WireMember? contract, string pointer)
    {
        // The front end has rejected numbers that are not finite or beyond ±(2^53 − 1), so the value is exact.
        var number = element.GetDouble();
        if (!WireValues.IsWhole(number) || number is < int.MinValue or > int.MaxValue)
        {
            _findings.Add(ValidationCodes.InvalidInteger, ValidationSeverity.Error, pointer, ValidationCodes.InvalidInteger, ValidationMessages.Display(element.GetRawText()));
        }
        else if (contract is not null && (number < contract.Minimum || number > contract.Maximum))
        {
            _findings.Add(ValidationCodes.InvalidInteger, ValidationSeverity.Error, pointer, "LMEC108.range", (long)number, contract.Minimum, contract.Maximum);
        }
    }

    private void WalkContract(JsonElement element, JsonTypeInfo info, string pointer)
    {
        if (info.Converter is IContentEnumConverter enumConverter)
        {
            var names = enumConverter.WireNames;
            if (element.ValueKind != JsonValueKind.String || IndexOf(names, element.GetString()!) < 0)
            {
                AddInvalidEnum(element, pointer, names);
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            if (Expect(element, JsonValueKind.Array, pointer, "type.array"))
            {
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    WalkValue(item, info.ElementType!, JsonPointer.Append(pointer, index++));
                }
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Object)
        {
            WalkObject(element, info, pointer);
        }
        else if (info.Kind == JsonTypeInfoKind.Dictionary)
        {
            // A document's extensions: any content under each URI, which the extension check looks at once the document reads.
            Expect(element, JsonValueKind.Object, pointer, "type.object");
        }
    }

    private void WalkText(JsonElement element, string pointer)
    {
        if (!Expect(element, JsonValueKind.Object, pointer, "type.text"))
        {
            return;
        }

        var tags = new List<string>(2);
        foreach (var entry in element.EnumerateObject())
        {
            var entryPointer = JsonPointer.Append(pointer, entry.Name);
            if (tags.Exists(tag => string.Equals(tag, entry.Name, StringComparison.OrdinalIgnoreCase)))
            {
                _findings.Add(ValidationCodes.DuplicateLanguage, ValidationSeverity.Error, entryPointer, ValidationCodes.DuplicateLanguage, ValidationMessages.Display(entry.Name));
            }

            tags.Add(entry.Name);
            WalkValue(entry.Value, typeof(string), entryPointer);
        }
    }

    /// <summary>
    /// Reports a string read as digits that holds the digits of another script, with the code
    /// <see cref="WireValues.CodeOf"/> gives it (<see cref="ValidationCodes.NonAsciiDigits"/>), which says what to write
    /// instead; any other fault of the value is left to the caller.
    /// </summary>
    /// <returns><see langword="true"/> when it was reported.</returns>
    private bool AddMalformed(JsonElement element, ValueCategory category, string pointer)
    {
        if (element.ValueKind != JsonValueKind.String || element.GetString() is not { } value || WireValues.CodeOf(category, value) != ValidationCodes.NonAsciiDigits)
        {
            return false;
        }

        _findings.Add(ValidationCodes.NonAsciiDigits, ValidationSeverity.Error, pointer, ValidationCodes.NonAsciiDigits, ValidationMessages.Display(value), ValidationMessages.Display(ValidationMessages.WithAsciiDigits(value)));
        return true;
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string pointer, string expected)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        AddWrongType(element, pointer, expected);
        return false;
    }

    private void AddWrongType(JsonElement element, string pointer, string expected) =>
        _findings.Add(ValidationCodes.WrongType, ValidationSeverity.Error, pointer, ValidationCodes.WrongType, _findings.Format(expected), _findings.Format(ValidationMessages.TypeKey(element.ValueKind)));

    private void AddInvalidEnum(JsonElement element, string pointer, IReadOnlyList<string> names) =>
        _findings.Add(ValidationCodes.InvalidEnumValue, ValidationSeverity.Error, pointer, ValidationCodes.InvalidEnumValue, ValidationMessages.Display(element.GetRawText()), string.Join(", ", names));
}
