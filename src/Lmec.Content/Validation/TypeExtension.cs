using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Lmec.Content.Validation;

/// <summary>An extension whose content a .NET type reads strictly: no unknown member, every required member, each of its type.</summary>
/// <typeparam name="T">The type of the content.</typeparam>
internal sealed class TypeExtension<T> : ContentExtension
{
    private readonly JsonTypeInfo<T> _typeInfo;

    /// <summary>Initializes the extension.</summary>
    /// <param name="id">The extension's URI.</param>
    /// <param name="typeInfo">The contract of the content, copied with unknown members refused.</param>
    internal TypeExtension(Uri id, JsonTypeInfo<T> typeInfo)
        : base(id)
    {
        var options = new JsonSerializerOptions(typeInfo.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };
        options.MakeReadOnly();
        _typeInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    /// <inheritdoc/>
    public override IEnumerable<ExtensionProblem> Validate(JsonElement content)
    {
        try
        {
            _ = content.Deserialize(_typeInfo);
            return [];
        }
        catch (JsonException exception)
        {
            return [new ExtensionProblem(JsonPointer.FromJsonPath(exception.Path), exception.Message)];
        }
    }
}
