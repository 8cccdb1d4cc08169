using System.Globalization;
using NJsonSchema.Generation;

namespace Lmec.Content.Schemas.Generation;

/// <summary>
/// Names the definitions of one generated schema after their types, one name per type, and remembers
/// which type each name stands for, so that a definition's type can be found again. One instance serves
/// one generation, on one thread.
/// </summary>
internal sealed class DefinitionNames : ISchemaNameGenerator
{
    private readonly Dictionary<Type, string> _names = [];
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public string Generate(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (_names.TryGetValue(type, out var known))
        {
            return known;
        }

        var baseName = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        var name = baseName;
        for (var i = 2; !_types.TryAdd(name, type); i++)
        {
            name = baseName + i.ToString(CultureInfo.InvariantCulture);
        }

        _names.Add(type, name);
        return name;
    }

    /// <summary>Finds the type a definition was generated from.</summary>
    /// <param name="name">The definition's name.</param>
    /// <returns>The type, or <see langword="null"/> when no type was given that name.</returns>
    internal Type? TypeOf(string name) => _types.GetValueOrDefault(name);
}
