using System.Text.Json.Serialization;

namespace Lmec.Content.Serialization;

/// <summary>The serialization metadata of <see cref="DocumentHeader"/>: other members are skipped, duplicates rejected.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, AllowDuplicateProperties = false)]
[JsonSerializable(typeof(DocumentHeader))]
internal sealed partial class DocumentHeaderJsonContext : JsonSerializerContext;
