using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Contract;
using Lmec.Content.Model;

namespace Lmec.Content.Serialization;

/// <summary>
/// The rules of the wire format that attributes cannot say, applied to the generated contract as
/// <see cref="JsonTypeInfo"/> modifiers.
/// </summary>
internal static class ContentContract
{
    /// <summary>
    /// Applies the rules of both reading modes: <see cref="ContentObject.UnknownMembers"/> is no member of the
    /// wire format, so a member of that name is unknown like any other (the serializer would otherwise skip
    /// it silently, as it skips every ignored property); empty lists are not written; a list holding
    /// <see langword="null"/> is rejected; a document's <c>kind</c> is required and must match its type.
    /// </summary>
    /// <param name="typeInfo">The contract of one type.</param>
    internal static void ApplyWireRules(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || !typeof(ContentObject).IsAssignableFrom(typeInfo.Type))
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i] is { DeclaringType: var declaringType, IsExtensionData: false } && declaringType == typeof(ContentObject))
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }

        List<JsonPropertyInfo>? lists = null;
        foreach (var property in typeInfo.Properties)
        {
            // The wire format never holds null: an optional value is left out, never written null.
            if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
            {
                property.IsSetNullable = false;
            }

            if (property.PropertyType == typeof(IReadOnlyDictionary<string, JsonElement>))
            {
                // A document's extensions, like a list, are left out when there are none.
                property.ShouldSerialize = static (_, value) => value is IReadOnlyDictionary<string, JsonElement> { Count: > 0 };
            }
            else if (IsList(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is IContentList { Count: > 0 };
                (lists ??= []).Add(property);
            }
            else if (property.Name == WireContract.DiscriminatorName && typeof(ContentDocument).IsAssignableFrom(typeInfo.Type))
            {
                property.IsRequired = true;
                property.Set = static (document, kind) =>
                {
                    var expected = ((ContentDocument)document).Kind;
                    if (!expected.Equals(kind))
                    {
                        throw new JsonException(ContentJson.KindMismatch(expected, (DocumentKind)kind!));
                    }
                };
            }
        }

        if (lists is not null)
        {
            var listProperties = lists.ToArray();
            typeInfo.OnDeserialized = instance => RejectNullElements(instance, listProperties);
        }
    }

    /// <summary>
    /// Applies strict reading: a member the model does not define is an error, reported where it stands.
    /// </summary>
    /// <param name="typeInfo">The contract of one type.</param>
    internal static void ApplyStrictRules(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].IsExtensionData)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }

        typeInfo.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }

    private static bool IsList(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    private static void RejectNullElements(object instance, JsonPropertyInfo[] lists)
    {
        foreach (var property in lists)
        {
            if (property.Get?.Invoke(instance) is IContentList list && list.IndexOfNull() is var index and >= 0)
            {
                throw new JsonException($"The list '{property.Name}' holds null at index {index}; lists hold values only.");
            }
        }
    }
}
