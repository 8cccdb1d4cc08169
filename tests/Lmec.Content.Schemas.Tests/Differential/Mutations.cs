using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>
/// Structure-aware mutations: for a value of a document and the subschema that applies to it, the changes
/// that probe its category — edge values, wrong JSON types, null, removal, unknown members, repeated and
/// null items, language keys in other cases.
/// </summary>
internal static class Mutations
{
    private static readonly string[] UnknownNames = ["unexpectedMember", "$type", "$id", "Id", "KIND"];

    /// <summary>Generates one mutation of a value.</summary>
    /// <param name="site">The value and its subschema.</param>
    /// <returns>The generator.</returns>
    internal static Gen<Mutation> Of(InstanceSite site)
    {
        var category = ValueCategories.Of(site.Schema);
        var choices = new List<(int Weight, Gen<Mutation> Gen)>
        {
            (1, Gen.Elements<string>(EdgeValues.OfEveryType()).Select(value => new Mutation("wrong type", site.Pointer, value))),
        };
        if (site.Value?.Parent is JsonObject)
        {
            choices.Add((1, Gen.Constant(new Mutation("remove member", site.Pointer, null))));
        }

        var edges = EdgeValues.For(category, site.Schema);
        if (edges.Count > 0)
        {
            choices.Add((8, Gen.Elements<string>(edges).Select(value => new Mutation($"edge {category}", site.Pointer, value))));
        }

        switch (site.Value)
        {
            case JsonObject obj when category == ValueCategory.LocalizedText:
                choices.Add((4, LanguageKey(site.Pointer, obj)));
                break;
            case JsonObject:
                choices.Add((2, Gen.Elements(UnknownNames).Select(name => new Mutation("unknown member", JsonPointer.Append(site.Pointer, name), "\"x\""))));
                break;
            case JsonArray array:
                choices.Add((2, ListItem(site, array)));
                break;
        }

        if (category == ValueCategory.Enum && site.Value is JsonValue enumValue && enumValue.TryGetValue<string>(out var name) && name.Length > 0)
        {
            choices.Add((3, Gen.Elements(char.ToUpperInvariant(name[0]) + name[1..], name.ToUpperInvariant(), name + " ", "notDefined", "0")
                .Select(value => new Mutation("enum variant", site.Pointer, value == "0" ? value : JsonValue.Create(value).ToJsonString()))));
        }

        return Gen.Frequency([.. choices]);
    }

    private static Gen<Mutation> LanguageKey(string pointer, JsonObject text)
    {
        var added = Gen.Elements<string>(EdgeValues.LanguageKeys()).Select(key => new Mutation("language key added", JsonPointer.Append(pointer, key), "\"x\""));
        var variants = text
            .SelectMany(static member => new[] { member.Key.ToUpperInvariant(), member.Key.ToLowerInvariant(), member.Key.Length == 0 ? member.Key : char.ToUpperInvariant(member.Key[0]) + member.Key[1..] }
                .Select(variant => (Variant: variant, Value: member.Value?.ToJsonString(EdgeValues.Writing) ?? "null")))
            .Where(variant => !text.ContainsKey(variant.Variant))
            .Select(variant => new Mutation("language key in another case", JsonPointer.Append(pointer, variant.Variant), variant.Value))
            .ToArray();
        return variants.Length == 0 ? added : Gen.OneOf(added, Gen.Elements(variants));
    }

    private static Gen<Mutation> ListItem(InstanceSite site, JsonArray array)
    {
        var choices = new List<Gen<Mutation>>
        {
            Gen.Constant(new Mutation("empty list", site.Pointer, "[]")),
            Gen.Constant(new Mutation("null item", site.Pointer, new JsonArray([.. array.Select(static item => item?.DeepClone()), null]).ToJsonString(EdgeValues.Writing))),
        };
        if (array.Count > 0)
        {
            choices.Add(Gen.Constant(new Mutation("repeated item", site.Pointer, new JsonArray([.. array.Select(static item => item?.DeepClone()), array[0]?.DeepClone()]).ToJsonString(EdgeValues.Writing))));
        }

        return Gen.OneOf([.. choices]);
    }
}
