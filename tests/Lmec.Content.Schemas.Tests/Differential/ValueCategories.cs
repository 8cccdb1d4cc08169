using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lmec.Content.Schemas.Tests.Conformance;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>
/// Tells a value's category from the committed schema alone, by its keywords and by which typical value its
/// pattern accepts, so that the test follows the published schemas rather than the code under test.
/// </summary>
internal static class ValueCategories
{
    /// <summary>Typical values, most specific first: the first one a string's pattern accepts names its category.</summary>
    private static readonly (string Example, ValueCategory Category)[] Exemplars =
    [
        ("+861082268242", ValueCategory.PhoneNumber),
        ("1.0", ValueCategory.SchemaVersion),
        ("li.xia@fecomce.org.cn", ValueCategory.Email),
        ("https://en.lmec.org.cn/", ValueCategory.Url),
        ("zh-Hans", ValueCategory.LanguageTag),
        ("CN", ValueCategory.CountryCode),
        ("lmec-2023", ValueCategory.Identifier),
        ("2023-06-25", ValueCategory.Date),
        ("2023-06-25T09:30:00+08:00", ValueCategory.Timestamp),
    ];

    /// <summary>The category of each subschema, found once: a run asks for it at every value of every document.</summary>
    private static readonly ConcurrentDictionary<JsonObject, ValueCategory> Known = new(ReferenceEqualityComparer.Instance);

    /// <summary>Gets the category of the values a subschema describes.</summary>
    /// <param name="schema">The subschema, with <c>$ref</c> followed.</param>
    /// <returns>The category.</returns>
    internal static ValueCategory Of(SchemaSite schema) => Known.GetOrAdd(schema.Node, static (_, site) => Find(site), schema);

    private static ValueCategory Find(SchemaSite schema)
    {
        if (schema.Has("enum"))
        {
            return ValueCategory.Enum;
        }

        return schema.Text("type") switch
        {
            "integer" => ValueCategory.Integer,
            "boolean" => ValueCategory.Boolean,
            "array" => ValueCategory.Array,
            "object" when schema.Node["additionalProperties"] is JsonObject { } values && (string?)values["type"] == "string" => ValueCategory.LocalizedText,
            "object" => ValueCategory.Object,
            _ => schema.Text("format") switch
            {
                _ when schema.Text("pattern") == Lmec.Content.Contract.WirePatterns.Date => ValueCategory.Date,
                _ when schema.Text("pattern") == Lmec.Content.Contract.WirePatterns.Timestamp => ValueCategory.Timestamp,
                _ when schema.Text("pattern") == Lmec.Content.Contract.WirePatterns.PartialDate => ValueCategory.PartialDate,
                _ when schema.Text("pattern") == Lmec.Content.Contract.WirePatterns.Time => ValueCategory.Time,
                _ when schema.Text("pattern") == Lmec.Content.Contract.WirePatterns.UtcOffset => ValueCategory.UtcOffset,
                _ when schema.Text("pattern") == Lmec.Content.Contract.WirePatterns.Duration => ValueCategory.Duration,
                "email" => ValueCategory.Email,
                _ when schema.Text("pattern") == Lmec.Content.Contract.WirePatterns.NotBlank => ValueCategory.Text,
                _ when schema.Text("pattern") is { } pattern => Exemplars.FirstOrDefault(exemplar => Regex.IsMatch(exemplar.Example, pattern)) is { Example: not null } match
                    ? match.Category
                    : throw new InvalidOperationException($"No category is known for the pattern {pattern}."),
                _ => ValueCategory.Text,
            },
        };
    }

    /// <summary>Gets the pattern of the keys of a multilingual text.</summary>
    /// <param name="schema">The multilingual text's subschema.</param>
    /// <returns>The key pattern.</returns>
    internal static string KeyPattern(SchemaSite schema) => (string)schema.Node["propertyNames"]!["pattern"]!;

    /// <summary>Gets an integer keyword, such as <c>maxLength</c>, or <see langword="null"/> when the subschema lacks it.</summary>
    /// <param name="schema">The subschema.</param>
    /// <param name="keyword">The keyword.</param>
    /// <returns>Its value.</returns>
    internal static long? Number(SchemaSite schema, string keyword) => schema.Node[keyword] is JsonValue value ? value.GetValue<long>() : null;
}
