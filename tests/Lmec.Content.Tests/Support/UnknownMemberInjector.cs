using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Tests.Generators;

namespace Lmec.Content.Tests.Support;

/// <summary>
/// Adds unknown members to the JSON of a document, as a writer of a newer minor version would: only
/// to objects of the model (the root and nested entities), never inside multilingual text, whose
/// members are language tags.
/// </summary>
internal static class UnknownMemberInjector
{
    /// <summary>Writes <paramref name="document"/> and adds the members of <paramref name="plan"/> to it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="plan">The members to add.</param>
    /// <returns>The JSON, and the path of the first added member in document order.</returns>
    public static (JsonObject Json, string FirstPath) Inject(ContentDocument document, UnknownMemberPlan plan)
    {
        var json = JsonNode.Parse(ContentJson.Serialize(document))!.AsObject();
        var options = ContentJson.GetOptions(ContentReadMode.Lenient);
        var targets = ModelObjects(json, options.GetTypeInfo(document.GetType())).ToList();
        var added = new HashSet<(JsonObject Owner, string Name)>();
        foreach (var member in plan.Members)
        {
            var target = targets[member.Target % targets.Count];
            if (!target.ContainsKey(member.Name))
            {
                target.Insert(member.Position % (target.Count + 1), member.Name, JsonNode.Parse(member.Value));
                added.Add((target, member.Name));
            }
        }

        var (owner, name) = MembersInDocumentOrder(json).First(added.Contains);
        return (json, PathOf(owner, name));
    }

    /// <summary>Gets the path <see cref="System.Text.Json.JsonException.Path"/> gives a member.</summary>
    /// <param name="owner">The object that has the member.</param>
    /// <param name="name">The member's name.</param>
    /// <returns>The path, such as <c>$.articles[0].zz</c> or <c>$['a.b']</c>.</returns>
    public static string PathOf(JsonObject owner, string name) =>
        owner.GetPath() + new JsonObject { [name] = 0 }[name]!.GetPath()[1..];

    private static IEnumerable<JsonObject> ModelObjects(JsonNode? node, JsonTypeInfo typeInfo)
    {
        if (node is JsonObject model && typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            yield return model;
            foreach (var property in typeInfo.Properties)
            {
                if (model[property.Name] is { } value)
                {
                    foreach (var inner in ModelObjects(value, typeInfo.Options.GetTypeInfo(property.PropertyType)))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array && typeInfo is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } elementType })
        {
            var elementInfo = typeInfo.Options.GetTypeInfo(elementType);
            foreach (var inner in array.SelectMany(item => ModelObjects(item, elementInfo)))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<(JsonObject Owner, string Name)> MembersInDocumentOrder(JsonNode? node) => node switch
    {
        JsonObject members => members.SelectMany(member => MembersInDocumentOrder(member.Value).Prepend((members, member.Key))),
        JsonArray items => items.SelectMany(MembersInDocumentOrder),
        _ => [],
    };
}
