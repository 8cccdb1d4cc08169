using System.Text.Json.Serialization;

namespace Lmec.Content.Tests.Validation.Extensions;

/// <summary>The source-generated contract of <see cref="ReviewExtension"/>, camelCase as the wire format is.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReviewExtension))]
internal sealed partial class ReviewExtensionContext : JsonSerializerContext;
