using System.Text.Json;

namespace Lmec.Content.Interop.Tests.SchemaOrg;

/// <summary>
/// The schema.org vocabulary as its release file (JSON-LD) defines it: classes (<c>rdfs:Class</c>) with
/// their superclasses (<c>rdfs:subClassOf</c>), properties (<c>rdf:Property</c>) with their
/// <c>schema:domainIncludes</c> and <c>schema:rangeIncludes</c>, and enumeration members with their types.
/// Terms are named without prefix, as a JSON-LD document with the schema.org context writes them.
/// </summary>
internal sealed class SchemaOrgVocabulary
{
    private const string Prefix = "schema:";

    private static readonly Lazy<SchemaOrgVocabulary> Release = new(() => new SchemaOrgVocabulary(ReferenceFiles.Get(ReferenceFiles.SchemaOrgVocabulary)));

    private readonly Dictionary<string, string[]> _superClasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string[] Domain, string[] Range)> _properties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _superseded = new(StringComparer.Ordinal);

    private SchemaOrgVocabulary(string path)
    {
        using var vocabulary = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var node in vocabulary.RootElement.GetProperty("@graph").EnumerateArray())
        {
            var id = node.GetProperty("@id").GetString()!;
            if (!id.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var term = id[Prefix.Length..];
            var types = Ids(node, "@type");
            if (node.TryGetProperty("schema:supersededBy", out _))
            {
                _superseded.Add(term);
            }

            if (types.Contains("rdfs:Class"))
            {
                _superClasses[term] = Terms(node, "rdfs:subClassOf");
            }
            else if (types.Contains("rdf:Property"))
            {
                _properties[term] = (Terms(node, "schema:domainIncludes"), Terms(node, "schema:rangeIncludes"));
            }
            else
            {
                _members[term] = [.. types.Where(static type => type.StartsWith(Prefix, StringComparison.Ordinal)).Select(static type => type[Prefix.Length..])];
            }
        }
    }

    /// <summary>Gets schema.org release 30.0, read from the reference folder.</summary>
    public static SchemaOrgVocabulary Current => Release.Value;

    /// <summary>Tells whether a term is a class (a type, or a data type such as <c>Text</c>).</summary>
    /// <param name="term">The term, such as <c>NewsArticle</c>.</param>
    /// <returns><see langword="true"/> for a class.</returns>
    public bool IsClass(string term) => _superClasses.ContainsKey(term);

    /// <summary>Tells whether a term is a property.</summary>
    /// <param name="term">The term, such as <c>headline</c>.</param>
    /// <returns><see langword="true"/> for a property.</returns>
    public bool IsProperty(string term) => _properties.ContainsKey(term);

    /// <summary>Tells whether a term has been superseded by another.</summary>
    /// <param name="term">The term.</param>
    /// <returns><see langword="true"/> when the vocabulary names a successor.</returns>
    public bool IsSuperseded(string term) => _superseded.Contains(term);

    /// <summary>Gets a class with all its superclasses, transitively.</summary>
    /// <param name="type">The class.</param>
    /// <returns>The class and its ancestors; empty for an unknown class.</returns>
    public IReadOnlySet<string> Ancestors(string type)
    {
        var ancestors = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([type]);
        while (pending.TryPop(out var current))
        {
            if (_superClasses.TryGetValue(current, out var parents) && ancestors.Add(current))
            {
                foreach (var parent in parents)
                {
                    pending.Push(parent);
                }
            }
        }

        return ancestors;
    }

    /// <summary>Gets the classes a property may be used on.</summary>
    /// <param name="property">The property.</param>
    /// <returns>Its <c>schema:domainIncludes</c>.</returns>
    public IReadOnlyList<string> Domain(string property) => _properties[property].Domain;

    /// <summary>Gets the classes a property's values may have.</summary>
    /// <param name="property">The property.</param>
    /// <returns>Its <c>schema:rangeIncludes</c>.</returns>
    public IReadOnlyList<string> Range(string property) => _properties[property].Range;

    /// <summary>Gets the types of an enumeration member, such as <c>MixedEventAttendanceMode</c>.</summary>
    /// <param name="term">The member.</param>
    /// <returns>Its types; empty when the term is no member.</returns>
    public IReadOnlyList<string> MemberTypes(string term) => _members.GetValueOrDefault(term) ?? [];

    private static string[] Terms(JsonElement node, string name) =>
        [.. Ids(node, name).Where(static id => id.StartsWith(Prefix, StringComparison.Ordinal)).Select(static id => id[Prefix.Length..])];

    private static string[] Ids(JsonElement node, string name) => node.TryGetProperty(name, out var value)
        ? value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Object => [value.GetProperty("@id").GetString()!],
            JsonValueKind.Array => [.. value.EnumerateArray().Select(static item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetProperty("@id").GetString()!)],
            _ => [],
        }
        : [];
}
