using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Lmec.Content.Model;

namespace Lmec.Content.Serialization;

/// <summary>
/// The source-generated serialization metadata of the model. Hosts may chain it into their own
/// resolvers; <see cref="ContentJson"/> adds the strict and lenient reading rules on top of it, so use
/// <see cref="ContentJson.GetOptions(ContentReadMode)"/> rather than <see cref="JsonSerializerContext.Options"/>
/// to read documents as the wire format defines them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    Converters = [typeof(TimestampConverter), typeof(TimeConverter)])]
[JsonSerializable(typeof(NewsletterIssue))]
[JsonSerializable(typeof(ArticleDocument))]
[JsonSerializable(typeof(OrganisationDirectory))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(Speech))]
[JsonSerializable(typeof(Recommendation))]
[JsonSerializable(typeof(Organisation))]
[JsonSerializable(typeof(Person))]
[SuppressMessage("ApiDesign", "RS0041:Public members should not use oblivious types", Justification = "The source generator declares its JsonTypeInfo<T> properties nullable-oblivious on purpose (dotnet/runtime#95341); PublicAPI.Unshipped.txt tracks them with the '~' prefix.")]
public sealed partial class ContentJsonContext : JsonSerializerContext;
