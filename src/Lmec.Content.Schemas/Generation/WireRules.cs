using Lmec.Content.Json;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Generation;

/// <summary>
/// The conventions of the wire format that a schema states for a member from its wire name, for the
/// model's types and for integrators' types alike: members named <c>id</c> or ending in <c>Id</c> or
/// <c>Ids</c> hold ids, <c>countryCode</c> an ISO 3166-1 code, <c>emails</c> e-mail addresses, and so on.
/// </summary>
internal static class WireRules
{
    private static readonly StringRule Text = new(WireFormatLimits.TextMaxLength);

    /// <summary>Gets the rule for dates, <c>yyyy-MM-dd</c>.</summary>
    internal static StringRule Date { get; } = new(10, WireFormat.DatePattern, "date");

    /// <summary>Gets the rule for timestamps with an offset.</summary>
    internal static StringRule Timestamp { get; } = new(35, WireFormat.TimestampPattern, "date-time");

    /// <summary>Gets the rule for the text of a multilingual text in one language.</summary>
    internal static StringRule LocalizedText => Text;

    /// <summary>Gets the rule for a BCP 47 language tag.</summary>
    internal static StringRule LanguageTag { get; } = new(WireFormatLimits.LanguageTagMaxLength, WireFormat.LanguageTagPattern);

    /// <summary>Finds the rule for a string member, or for the strings of a list member.</summary>
    /// <param name="memberName">The wire name of the member.</param>
    /// <returns>The rule: the member's <see cref="WireFormatLimits.MaxLength"/>, and the pattern and format of its convention, if any.</returns>
    internal static StringRule ForString(string memberName)
    {
        var maxLength = WireFormatLimits.MaxLength(memberName);
        return memberName switch
        {
            "$schema" or "website" or "url" => new(maxLength, WireFormat.WebUrlPattern, "uri"),
            "schemaVersion" => new(maxLength, WireFormat.SchemaVersionPattern),
            "language" => new(maxLength, WireFormat.LanguageTagPattern),
            "countryCode" or "countryCodes" => new(maxLength, WireFormat.CountryCodePattern),
            "number" => new(maxLength, WireFormat.E164Pattern),
            "emails" or "email" => new(maxLength, WireFormat.EmailPattern, "email"),
            "id" or "topics" => new(maxLength, WireFormat.IdentifierPattern),
            _ when memberName.EndsWith("Id", StringComparison.Ordinal) || memberName.EndsWith("Ids", StringComparison.Ordinal) => new(maxLength, WireFormat.IdentifierPattern),
            _ => new(maxLength),
        };
    }

    /// <summary>Finds the rule for an integer member.</summary>
    /// <param name="memberName">The wire name of the member.</param>
    /// <param name="clrType">The member's type, which bounds the range when no convention applies.</param>
    /// <returns>The rule.</returns>
    internal static IntegerRule ForInteger(string memberName, Type clrType) => memberName switch
    {
        "year" or "foundedYear" => new(1, 9999),
        "issueNumber" or "ordinal" => new(1, int.MaxValue),
        _ => RangeOf(Nullable.GetUnderlyingType(clrType) ?? clrType),
    };

    private static IntegerRule RangeOf(Type type)
    {
        // Beyond ±(2^53 − 1) a number loses precision in JavaScript and most JSON parsers (RFC 7493); the front end rejects it.
        const long SafeInteger = JsonFrontEnd.MaxSafeInteger;
        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte => new(byte.MinValue, byte.MaxValue),
            TypeCode.SByte => new(sbyte.MinValue, sbyte.MaxValue),
            TypeCode.Int16 => new(short.MinValue, short.MaxValue),
            TypeCode.UInt16 => new(ushort.MinValue, ushort.MaxValue),
            TypeCode.Int32 => new(int.MinValue, int.MaxValue),
            TypeCode.UInt32 => new(uint.MinValue, uint.MaxValue),
            TypeCode.UInt64 => new(0, SafeInteger),
            _ => new(-SafeInteger, SafeInteger),
        };
    }
}
