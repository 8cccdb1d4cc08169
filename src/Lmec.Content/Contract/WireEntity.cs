namespace Lmec.Content.Contract;

/// <summary>An entity of the wire format (a document, an organisation, an address, …) and its members, in the order the serializer writes them.</summary>
public sealed class WireEntity
{
    private readonly Dictionary<string, WireMember> _byName;

    /// <summary>Initialises an entity.</summary>
    /// <param name="type">The .NET type.</param>
    /// <param name="members">Its members.</param>
    internal WireEntity(Type type, IReadOnlyList<WireMember> members)
    {
        Type = type;
        Members = members;
        _byName = members.ToDictionary(static member => member.Name, StringComparer.Ordinal);
    }

    /// <summary>Gets the .NET type that holds the entity.</summary>
    public Type Type { get; }

    /// <summary>Gets the entity's name, the name of its definition in the published schemas, such as <c>Organisation</c>.</summary>
    public string Name => Type.Name;

    /// <summary>Gets the members, in the order the serializer writes them.</summary>
    public IReadOnlyList<WireMember> Members { get; }

    /// <summary>Finds a member by its wire name, compared exactly.</summary>
    /// <param name="name">The wire name.</param>
    /// <returns>The member, or <see langword="null"/> when the entity has none of that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public WireMember? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.GetValueOrDefault(name);
    }
}
