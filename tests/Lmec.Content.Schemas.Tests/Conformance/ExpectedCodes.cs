using System.Text.Json.Nodes;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>
/// The code a broken schema keyword gets at a pointer: the code the typed validation gives the same fault, read
/// from the member's contract, so that the corpus states one code per fault whichever validator finds it.
/// </summary>
internal static class ExpectedCodes
{
    /// <summary>Finds the code of a fault.</summary>
    /// <param name="kind">The kind of the document.</param>
    /// <param name="pointer">Where the fault stands.</param>
    /// <param name="keyword">The schema keyword the value breaks.</param>
    /// <param name="value">The value written there, or <see langword="null"/> for none.</param>
    /// <returns>The code.</returns>
    internal static string For(DocumentKind kind, string pointer, string keyword, JsonNode? value)
    {
        var member = WireContract.Resolve(ContentSchemas.ForDocumentKind(kind).ModelType!, pointer);
        return keyword switch
        {
            "required" => ValidationCodes.MissingMember,
            "additionalProperties" => ValidationCodes.UnknownMember,
            "propertyNames" => ValidationCodes.InvalidLanguageTag,
            "type" when value is null => ValidationCodes.NullValue,
            "type" when value is JsonObject or JsonArray => ValidationCodes.WrongType,
            "type" when member?.Category is ValueCategory.Enumeration or ValueCategory.Date or ValueCategory.PartialDate or ValueCategory.Time or ValueCategory.Timestamp => member.Code,
            "type" => ValidationCodes.WrongType,
            "enum" => ValidationCodes.InvalidEnumValue,
            "minimum" or "maximum" => ValidationCodes.InvalidInteger,
            "uniqueItems" => ValidationCodes.DuplicateListItem,
            "minProperties" => ValidationCodes.BlankText,
            "maxLength" => member!.LengthCode,
            "minLength" or "pattern" or "format" when member is null or { Category: ValueCategory.Text } => ValidationCodes.BlankText,
            "minLength" or "pattern" or "format" => member.Code,
            _ => throw new ArgumentException($"No code is known for the keyword {keyword}.", nameof(keyword)),
        };
    }
}
