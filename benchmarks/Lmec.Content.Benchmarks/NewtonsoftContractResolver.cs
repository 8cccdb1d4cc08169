using System.Reflection;
using Newtonsoft.Json.Serialization;
using StjIgnore = System.Text.Json.Serialization.JsonIgnoreAttribute;
using StjPropertyName = System.Text.Json.Serialization.JsonPropertyNameAttribute;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// Gives Newtonsoft.Json the wire names of the model: camelCase, and the System.Text.Json attributes
/// the model carries (<c>$schema</c>, and <see cref="Model.ContentObject.UnknownMembers"/> left out).
/// </summary>
internal sealed class NewtonsoftContractResolver : DefaultContractResolver
{
    /// <summary>Initialises the resolver with camelCase names; dictionary keys (language tags) are left as they are.</summary>
    public NewtonsoftContractResolver() => NamingStrategy = new CamelCaseNamingStrategy();

    /// <inheritdoc/>
    protected override JsonProperty CreateProperty(MemberInfo member, Newtonsoft.Json.MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        property.Ignored |= member.IsDefined(typeof(StjIgnore));
        if (member.GetCustomAttribute<StjPropertyName>() is { } name)
        {
            property.PropertyName = name.Name;
        }

        return property;
    }
}
