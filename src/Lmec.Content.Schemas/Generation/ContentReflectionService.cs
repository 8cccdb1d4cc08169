using System.Text.Json;
using Namotion.Reflection;
using NJsonSchema.Generation;

namespace Lmec.Content.Schemas.Generation;

/// <summary>
/// Tells NJsonSchema how the serializer writes an enum. NJsonSchema only recognises
/// <see cref="System.Text.Json.Serialization.JsonStringEnumConverter"/>, and names values without the
/// naming policy; the model's enums use their own converter. Asking the serializer itself keeps the
/// schema's values exactly the ones written on the wire.
/// </summary>
internal sealed class ContentReflectionService : SystemTextJsonReflectionService
{
    /// <inheritdoc/>
    public override bool IsStringEnum(ContextualType contextualType, SystemTextJsonSchemaGeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(contextualType);
        ArgumentNullException.ThrowIfNull(settings);
        var type = contextualType.Type;
        if (!type.IsEnum)
        {
            return false;
        }

        var values = Enum.GetValuesAsUnderlyingType(type);
        return values.Length > 0
            && SerializedValues.Of(Enum.ToObject(type, values.GetValue(0)!), settings.SerializerOptions).ValueKind == JsonValueKind.String;
    }

    /// <inheritdoc/>
    public override Func<object, string?> GetEnumValueConverter(SystemTextJsonSchemaGeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = settings.SerializerOptions;
        return value => SerializedValues.Of(value, options).GetString();
    }
}
