using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Contract;

/// <summary>
/// One member of an entity of the wire format, with every fact of it in one place: wire name, value category,
/// whether it is required, limits, pattern, enumeration, and the code a violation gets. The typed reader, the
/// validation, the schema generator and the schema check all read these facts, and nothing else names members.
/// </summary>
public sealed class WireMember
{
    private readonly CategoryFacts _facts;

    private WireMember(string name, Type valueType, bool isRequired, bool isList, MemberDeclaration declaration, IReadOnlyList<string>? allowedValues, Func<object, object?>? get)
    {
        Name = name;
        ValueType = valueType;
        IsRequired = isRequired;
        IsList = isList;
        Category = declaration.Category;
        _facts = CategoryFacts.Of(declaration.Category);
        MaxLength = declaration.MaxLength ?? _facts.MaxLength;
        if (declaration.Category == ValueCategory.Integer)
        {
            var (minimum, maximum) = RangeOf(valueType);
            Minimum = declaration.Minimum ?? minimum;
            Maximum = declaration.Maximum ?? maximum;
        }

        AllowedValues = allowedValues;
        Get = get;
    }

    /// <summary>Gets the member's name on the wire, such as <c>countryCode</c>.</summary>
    public string Name { get; }

    /// <summary>Gets what the member's values stand for.</summary>
    public ValueCategory Category { get; }

    /// <summary>Gets whether a document must give the member.</summary>
    public bool IsRequired { get; }

    /// <summary>Gets whether the member holds a list of values of its category; a list of strings names each value once.</summary>
    public bool IsList { get; }

    /// <summary>Gets the .NET type of one value: the member's type, or its items' type for a list, without <see cref="Nullable{T}"/>.</summary>
    public Type ValueType { get; }

    /// <summary>Gets the most Unicode code points a string value may hold; <see langword="null"/> for values that are not strings.</summary>
    public int? MaxLength { get; }

    /// <summary>Gets the smallest value of an integer member; <see langword="null"/> for other members.</summary>
    public long? Minimum { get; }

    /// <summary>Gets the largest value of an integer member; <see langword="null"/> for other members.</summary>
    public long? Maximum { get; }

    /// <summary>Tells whether an integer lies in the member's range, <see cref="Minimum"/> to <see cref="Maximum"/>.</summary>
    /// <param name="value">The integer.</param>
    /// <returns><see langword="true"/> when it does, or when the member states no range.</returns>
    internal bool IsInRange(long value) => !(value < Minimum || value > Maximum);

    /// <summary>Gets the pattern (<see cref="WirePatterns"/>) every string value matches; <see langword="null"/> for none.</summary>
    public string? Pattern => _facts.Pattern;

    /// <summary>Gets the JSON Schema <c>format</c> that names the value's category, <c>email</c> or <c>uri</c>; <see langword="null"/> for none (dates and timestamps have none, as generators turn them into types that do not keep what was written).</summary>
    public string? Format => _facts.Format;

    /// <summary>Gets the wire names of an enumeration's values; <see langword="null"/> for other members.</summary>
    public IReadOnlyList<string>? AllowedValues { get; }

    /// <summary>Gets the code a value that is not of the member's category gets, such as <see cref="ValidationCodes.InvalidCountryCode"/>.</summary>
    public string Code => _facts.Code;

    /// <summary>Gets the code a string longer than <see cref="MaxLength"/> gets: <see cref="ValidationCodes.ValueTooLong"/>, or <see cref="Code"/> where the category's form bounds the length.</summary>
    public string LengthCode => _facts.LengthIsFormat ? _facts.Code : ValidationCodes.ValueTooLong;

    /// <summary>Gets whether the model holds the values as strings (dates, times and timestamps are strings on the wire, but not in the model).</summary>
    public bool IsString => ValueType == typeof(string);

    /// <summary>Gets the getter of the member on an instance of its entity, or <see langword="null"/> for the members of <see cref="WireContract.TextOf"/>.</summary>
    internal Func<object, object?>? Get { get; }

    /// <summary>Describes one member of a serializer contract.</summary>
    /// <param name="property">The member's contract.</param>
    /// <param name="options">The options the contract belongs to, which know the converters of enumerations.</param>
    /// <param name="conventions"><see langword="true"/> for an integrator's type, whose string members the naming conventions describe; <see langword="false"/> for a type of the model, whose string and integer members <see cref="MemberTable"/> must declare.</param>
    /// <returns>The member.</returns>
    /// <exception cref="InvalidOperationException">A member of the model is not declared in <see cref="MemberTable"/>.</exception>
    internal static WireMember Describe(JsonPropertyInfo property, JsonSerializerOptions options, bool conventions)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var isList = type != typeof(string) && ElementTypeOf(type) is not null;
        var valueType = isList ? ElementTypeOf(type)! : type;
        valueType = Nullable.GetUnderlyingType(valueType) ?? valueType;
        IReadOnlyList<string>? allowedValues = null;
        MemberDeclaration declaration;
        if (valueType == typeof(string) || IsInteger(valueType))
        {
            var isInteger = valueType != typeof(string);
            declaration = MemberTable.TryFind(property.Name, out var declared) && (declared.Category == ValueCategory.Integer) == isInteger ? declared
                : conventions ? MemberTable.Convention(property.Name, isInteger)
                : throw new InvalidOperationException($"The member '{property.Name}' of {property.DeclaringType.Name} is not declared in the wire contract (Contract/MemberTable.cs) as a {(isInteger ? "number" : "string")}.");
        }
        else
        {
            declaration = new(CategoryOf(valueType));
            if (declaration.Category == ValueCategory.Enumeration && options.GetTypeInfo(valueType).Converter is IContentEnumConverter converter)
            {
                allowedValues = converter.WireNames;
            }
        }

        return new WireMember(property.Name, valueType, property.IsRequired, isList, declaration, allowedValues, property.Get);
    }

    /// <summary>Describes a member that no type declares, such as the text of a multilingual text in one language.</summary>
    /// <param name="name">What to call it.</param>
    /// <param name="category">Its category.</param>
    /// <returns>The member.</returns>
    internal static WireMember Synthetic(string name, ValueCategory category) => new(name, typeof(string), isRequired: false, isList: false, new(category), null, null);

    /// <summary>Finds the type of the items of a list type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The items' type, or <see langword="null"/> when the type is no list.</returns>
    internal static Type? ElementTypeOf(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return type.GetGenericArguments()[0];
        }

        return null;
    }

    private static bool IsInteger(Type type) =>
        !type.IsEnum &&
        Type.GetTypeCode(type) is TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64;

    private static ValueCategory CategoryOf(Type type) =>
        type == typeof(bool) ? ValueCategory.Boolean
        : type == typeof(DateOnly) ? ValueCategory.Date
        : type == typeof(PartialDate) ? ValueCategory.PartialDate
        : type == typeof(TimeOnly) ? ValueCategory.Time
        : type == typeof(DateTimeOffset) ? ValueCategory.Timestamp
        : type == typeof(LocalizedText) ? ValueCategory.LocalizedText
        : type == typeof(IReadOnlyDictionary<string, JsonElement>) ? ValueCategory.Extensions
        : type.IsEnum ? ValueCategory.Enumeration
        : ValueCategory.Entity;

    private static (long Minimum, long Maximum) RangeOf(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Byte => (byte.MinValue, byte.MaxValue),
        TypeCode.SByte => (sbyte.MinValue, sbyte.MaxValue),
        TypeCode.Int16 => (short.MinValue, short.MaxValue),
        TypeCode.UInt16 => (ushort.MinValue, ushort.MaxValue),
        TypeCode.Int32 => (int.MinValue, int.MaxValue),
        TypeCode.UInt32 => (uint.MinValue, uint.MaxValue),
        TypeCode.UInt64 => (0, WireLimits.MaxSafeInteger),
        _ => (-WireLimits.MaxSafeInteger, WireLimits.MaxSafeInteger),
    };
}
