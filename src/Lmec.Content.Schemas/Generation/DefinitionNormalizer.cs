using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Contract;
using Lmec.Content.Model;
using Namotion.Reflection;

namespace Lmec.Content.Schemas.Generation;

/// <summary>
/// Brings one definition that NJsonSchema generated into the form the published schemas take: members
/// named, ordered and required as the serializer's contract says, no <see langword="null"/> (the wire
/// format omits absent values), no additional members, enums as their wire values, and the constraints
/// of the wire contract (<see cref="WireContract"/>). References stay local (<c>#/definitions/Name</c>) for the layout to place.
/// </summary>
/// <param name="options">The serializer options whose contract the schema describes.</param>
internal sealed class DefinitionNormalizer(JsonSerializerOptions options)
{
    /// <summary>The prefix of a reference to a definition of the same document.</summary>
    internal const string LocalReferencePrefix = "#/definitions/";

    /// <summary>Normalizes the definition of a type.</summary>
    /// <param name="name">The definition's name.</param>
    /// <param name="type">The type it describes.</param>
    /// <param name="generated">What NJsonSchema generated for it.</param>
    /// <returns>The normalized definition.</returns>
    /// <exception cref="InvalidOperationException">NJsonSchema and the serializer's contract disagree about the type's members.</exception>
    internal JsonObject Normalize(string name, Type type, JsonObject generated)
    {
        var schema = new JsonObject { ["title"] = name };
        if (Descriptions.FromSummary(type.GetXmlDocsSummary()) is { } description)
        {
            schema["description"] = description;
        }

        if (type == typeof(LocalizedText))
        {
            AddLocalizedText(schema);
        }
        else if (type.IsEnum)
        {
            schema["type"] = "string";
            schema["enum"] = generated["enum"]!.DeepClone();
        }
        else
        {
            AddObject(schema, type, generated);
        }

        return schema;
    }

    /// <summary>
    /// Writes multilingual text as a map, the form every generator keeps as a map of strings (quicktype drops
    /// <c>patternProperties</c>, and with it the text): its keys checked by <c>propertyNames</c>, its values by
    /// <c>additionalProperties</c>. NJsonSchema, which ignores <c>propertyNames</c>, reads the same rule as
    /// <c>patternProperties</c> (<see cref="Checking.NJsonSchemaForm"/>).
    /// </summary>
    private static void AddLocalizedText(JsonObject schema)
    {
        var text = new JsonObject { ["type"] = "string" };
        ApplyString(text, WireContract.TextOf);
        schema["type"] = "object";
        schema["minProperties"] = 1;
        schema["propertyNames"] = new JsonObject { ["pattern"] = WireContract.LanguageOfText.Pattern! };
        schema["additionalProperties"] = text;
    }

    /// <summary>Writes what the contract says of a member's strings: at least one character, its length, pattern and format.</summary>
    private static void ApplyString(JsonObject schema, WireMember contract)
    {
        schema["minLength"] = 1;
        schema["maxLength"] = contract.MaxLength;
        if (contract.Pattern is { } pattern)
        {
            schema["pattern"] = pattern;
        }

        if (contract.Format is { } format)
        {
            schema["format"] = format;
        }
    }

    private static JsonObject Member(WireMember contract, JsonObject generated, bool withDescription)
    {
        var member = new JsonObject();
        if (withDescription && Descriptions.FromSummary((string?)generated["description"]) is { } description)
        {
            member["description"] = description;
        }

        var core = WithoutNull(generated);
        if (core["$ref"] is { } reference)
        {
            // No keyword beside $ref, which generators read badly (json-schema-to-typescript copies the target type
            // once per such $ref): a member with a description of its own refers to its type through allOf.
            var target = new JsonObject { ["$ref"] = reference.DeepClone() };
            return member.Count == 0 ? target : new JsonObject { ["description"] = member["description"]!.DeepClone(), ["allOf"] = new JsonArray(target) };
        }

        var type = (string?)core["type"] ?? throw new InvalidOperationException($"NJsonSchema gave the member '{contract.Name}' no type: {core.ToJsonString()}");
        member["type"] = type;
        switch (type)
        {
            case "string":
                ApplyString(member, contract);
                break;
            case "integer":
                member["minimum"] = contract.Minimum;
                member["maximum"] = contract.Maximum;
                break;
            case "array":
                var items = Member(contract, core["items"]!.AsObject(), withDescription: false);
                // A list the model holds as strings names each value once (LMEC219); a list of dates is in increasing order, which EventDaysRule checks.
                if (contract.IsString)
                {
                    member["uniqueItems"] = true;
                }

                member["items"] = items;
                break;
            case "object":
                foreach (var (key, value) in core)
                {
                    if (key is not "type" and not "description")
                    {
                        member[key] = value?.DeepClone();
                    }
                }

                break;
        }

        return member;
    }

    private static JsonObject WithoutNull(JsonObject schema)
    {
        if (schema["type"] is JsonArray types)
        {
            var copy = schema.DeepClone().AsObject();
            var kept = types.Select(static type => (string?)type).Where(static type => type != "null").ToArray();
            copy["type"] = kept.Length == 1 ? kept[0] : throw new InvalidOperationException($"A member may have one type besides null: {schema.ToJsonString()}");
            return copy;
        }

        foreach (var keyword in (ReadOnlySpan<string>)["oneOf", "anyOf", "allOf"])
        {
            if (schema[keyword] is JsonArray alternatives)
            {
                var kept = alternatives.OfType<JsonObject>().Where(static alternative => (string?)alternative["type"] != "null").ToArray();
                return kept.Length == 1 ? WithoutNull(kept[0]) : throw new InvalidOperationException($"A member may have one schema besides null: {schema.ToJsonString()}");
            }
        }

        return schema;
    }

    private void AddObject(JsonObject schema, Type type, JsonObject generated)
    {
        var contract = options.GetTypeInfo(type);
        if (contract.Kind != JsonTypeInfoKind.Object)
        {
            throw new InvalidOperationException($"The serializer does not write {type} as an object, so no schema can be generated for it.");
        }

        var generatedMembers = generated["properties"]?.AsObject() ?? [];
        var members = new JsonObject();
        var required = new JsonArray();
        foreach (var property in WireContract.Describe(contract).Members)
        {
            var generatedMember = generatedMembers[property.Name]?.AsObject()
                ?? throw new InvalidOperationException($"NJsonSchema generated no member '{property.Name}' for {type}, which the serializer writes.");
            members[property.Name] = property.Name == WireContract.DiscriminatorName && typeof(ContentDocument).IsAssignableFrom(type)
                ? DocumentKindMember(type, generatedMember)
                : property.Category == ValueCategory.Extensions
                    ? ExtensionsMember(generatedMember)
                    : Member(property, generatedMember, withDescription: true);
            if (property.IsRequired)
            {
                required.Add(property.Name);
            }
        }

        var unknown = generatedMembers.Select(static member => member.Key).Where(name => !members.ContainsKey(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"NJsonSchema generated members of {type} that the serializer does not write: {string.Join(", ", unknown)}.");
        }

        schema["type"] = "object";
        schema["additionalProperties"] = false;
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        schema["properties"] = members;
    }

    /// <summary>
    /// Writes a document's extensions as a map, as multilingual text is: keys that are web links (the extensions' URIs),
    /// values of any JSON, which each extension's own schema, registered where documents are validated, describes.
    /// </summary>
    private static JsonObject ExtensionsMember(JsonObject generated)
    {
        var member = new JsonObject();
        if (Descriptions.FromSummary((string?)generated["description"]) is { } description)
        {
            member["description"] = description;
        }

        member["type"] = "object";
        member["propertyNames"] = new JsonObject { ["pattern"] = WirePatterns.WebLink };
        member["additionalProperties"] = new JsonObject();
        return member;
    }

    private JsonObject DocumentKindMember(Type type, JsonObject generated)
    {
        // A document's kind is fixed by its type: read it from an instance that was never constructed,
        // since every document type returns a constant.
        var kind = ((ContentDocument)RuntimeHelpers.GetUninitializedObject(type)).Kind;
        var member = new JsonObject();
        if (Descriptions.FromSummary((string?)generated["description"]) is { } description)
        {
            member["description"] = description;
        }

        member["type"] = "string";
        member["enum"] = new JsonArray(JsonValue.Create(SerializedValues.Of(kind, options)));
        return member;
    }
}
