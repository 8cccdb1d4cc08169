using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Validation;

namespace Lmec.Content.Contract;

/// <summary>
/// The wire contract: every entity of the wire format and every member of each, with all that the format says of
/// it (<see cref="WireMember"/>). It joins what the model's types state — names, required members, JSON types,
/// enumerations, through the serializer's own contract — with the one table of what string and integer members
/// mean. The typed reader, validation, the schema generator and the schema check read it.
/// </summary>
public static class WireContract
{
    /// <summary>The member every root document names its kind in, the discriminator of the three documents.</summary>
    public const string DiscriminatorName = "kind";

    /// <summary>The wire name of a document's extensions, an object of extension URI to content.</summary>
    public const string ExtensionsName = "extensions";

    private static readonly ConcurrentDictionary<Type, WireEntity> Model = new();

    private static readonly Lazy<IReadOnlyList<WireEntity>> AllEntities = new(FindEntities);

    /// <summary>Gets the member that stands for the text of a multilingual text in one language: plain text that is not blank.</summary>
    public static WireMember TextOf { get; } = WireMember.Synthetic("text", ValueCategory.Text);

    /// <summary>Gets the member that stands for the language tags that key a multilingual text.</summary>
    public static WireMember LanguageOfText { get; } = WireMember.Synthetic("language", ValueCategory.LanguageTag);

    /// <summary>Gets every entity of the model, the three documents first, then every entity they hold, each once, by name.</summary>
    public static IReadOnlyList<WireEntity> Entities => AllEntities.Value;

    /// <summary>Gets the entity of a type of the model.</summary>
    /// <param name="type">A type of the model derived from <see cref="ContentObject"/>, such as <see cref="Organisation"/>.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not a concrete type of the model.</exception>
    public static WireEntity Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!IsModelType(type) || type.IsAbstract)
        {
            throw new ArgumentException($"{type} is not a concrete type of the content model.", nameof(type));
        }

        return Model.GetOrAdd(type, static type => Build(ContentJson.GetOptions(ContentReadMode.Strict).GetTypeInfo(type), conventions: false));
    }

    /// <summary>
    /// Describes a type as the wire format would: a type of the model as the contract declares it; an integrator's
    /// own type by the naming conventions of the format (a string member named <c>id</c> or ending in <c>Id</c> or
    /// <c>Ids</c> holds ids, any other string is plain text, an integer lies in the range of its type).
    /// </summary>
    /// <param name="typeInfo">The serializer's contract of the type, an object.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeInfo"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The serializer does not write the type as an object.</exception>
    public static WireEntity Describe(JsonTypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            throw new ArgumentException($"The serializer does not write {typeInfo.Type} as an object.", nameof(typeInfo));
        }

        return IsModelType(typeInfo.Type) ? Of(typeInfo.Type) : Build(typeInfo, conventions: true);
    }

    /// <summary>
    /// Finds the member whose value, or one of whose list items, stands at a JSON Pointer of a document:
    /// <see cref="TextOf"/> for the text of a multilingual text in one language.
    /// </summary>
    /// <param name="documentType">The type of the document, such as <see cref="NewsletterIssue"/>.</param>
    /// <param name="pointer">The RFC 6901 pointer, such as <c>/organisations/0/contact/emails/1</c>.</param>
    /// <returns>The member, or <see langword="null"/> when the pointer names the document itself or no member of the contract.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static WireMember? Resolve(Type documentType, string pointer)
    {
        ArgumentNullException.ThrowIfNull(documentType);
        ArgumentNullException.ThrowIfNull(pointer);
        var entity = Of(documentType);
        WireMember? member = null;
        var expectIndex = false;
        foreach (var segment in JsonPointer.Parse(pointer))
        {
            if (expectIndex)
            {
                expectIndex = false;
                continue;
            }

            if (member is { Category: ValueCategory.LocalizedText })
            {
                member = TextOf;
                continue;
            }

            if (member is { Category: ValueCategory.Entity })
            {
                entity = Of(member.ValueType);
            }
            else if (member is not null)
            {
                return null;
            }

            member = entity.Find(segment);
            if (member is null)
            {
                return null;
            }

            expectIndex = member.IsList;
        }

        return member;
    }

    private static bool IsModelType(Type type) => typeof(ContentObject).IsAssignableFrom(type) && type.Assembly == typeof(ContentObject).Assembly;

    private static WireEntity Build(JsonTypeInfo typeInfo, bool conventions)
    {
        var members = new List<WireMember>(typeInfo.Properties.Count);
        foreach (var property in typeInfo.Properties)
        {
            // Members the serializer neither reads nor writes ([JsonIgnore]) stay in its contract without accessors.
            if (!property.IsExtensionData && (property.Get is not null || property.Set is not null))
            {
                members.Add(WireMember.Describe(property, typeInfo.Options, conventions));
            }
        }

        return new WireEntity(typeInfo.Type, members);
    }

    private static IReadOnlyList<WireEntity> FindEntities()
    {
        var found = new List<WireEntity>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(Enum.GetValues<DocumentKind>().Select(ContentJson.TypeOf));
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            var entity = Of(type);
            found.Add(entity);
            foreach (var member in entity.Members.Where(static member => member.Category == ValueCategory.Entity))
            {
                pending.Enqueue(member.ValueType);
            }
        }

        return [.. found.Take(3), .. found.Skip(3).OrderBy(static entity => entity.Name, StringComparer.Ordinal)];
    }
}
