using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Lmec.Content.Interop.Tests.SchemaOrg;

/// <summary>
/// Checks a JSON-LD text with the schema.org context against the vocabulary: every <c>@type</c> is a
/// current class; every property is a current property used on a node one of whose types (or their
/// superclasses) is in its domain; every value fits the property's range — a node of a type in the
/// range, a reference to such a node, a literal of a data type in the range (an ISO 8601 date for
/// <c>Date</c>, an ISO 8601 duration for <c>Duration</c>, as schema.org asks, a whole number for <c>Integer</c>), or an enumeration member of a type in the range.
/// A <c>Role</c> may stand for a value, holding the property itself, as schema.org prescribes.
/// </summary>
internal sealed class JsonLdVocabularyCheck
{
    private const string SchemaOrg = "https://schema.org";

    private static readonly string[] Strings = ["Text", "URL"];

    private readonly SchemaOrgVocabulary _vocabulary;
    private readonly Dictionary<string, string[]> _nodeTypes = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    private JsonLdVocabularyCheck(SchemaOrgVocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>Checks a JSON-LD text.</summary>
    /// <param name="vocabulary">The vocabulary.</param>
    /// <param name="jsonLd">The text: an object with <c>@context</c> and <c>@graph</c>.</param>
    /// <returns>Every problem, with the JSON path where it is; empty when the text keeps to the vocabulary.</returns>
    public static IReadOnlyList<string> Check(SchemaOrgVocabulary vocabulary, string jsonLd)
    {
        using var document = JsonDocument.Parse(jsonLd);
        var check = new JsonLdVocabularyCheck(vocabulary);
        var root = document.RootElement;
        if (!root.TryGetProperty("@context", out var context) || context.ValueKind != JsonValueKind.String || context.GetString() != SchemaOrg)
        {
            check._problems.Add($"$: the @context is not \"{SchemaOrg}\"");
        }

        if (!root.TryGetProperty("@graph", out var graph) || graph.ValueKind != JsonValueKind.Array)
        {
            check._problems.Add("$: there is no @graph");
            return check._problems;
        }

        check.CollectNodeTypes(graph);
        var index = 0;
        foreach (var node in graph.EnumerateArray())
        {
            check.CheckNode(node, $"$['@graph'][{index++}]", roleOf: null);
        }

        return check._problems;
    }

    /// <summary>Finds the references in a JSON-LD text that name no node in it.</summary>
    /// <param name="jsonLd">The text.</param>
    /// <returns>The <c>@id</c>s referred to but not described.</returns>
    public static IReadOnlyList<string> DanglingReferences(string jsonLd)
    {
        using var document = JsonDocument.Parse(jsonLd);
        var described = new HashSet<string>(StringComparer.Ordinal);
        var referred = new List<string>();
        Walk(document.RootElement);
        return [.. referred.Where(id => !described.Contains(id)).Distinct(StringComparer.Ordinal)];

        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
            else if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("@id", out var id))
                {
                    var target = IsReference(element) ? (ICollection<string>)referred : described;
                    target.Add(id.GetString()!);
                }

                foreach (var member in element.EnumerateObject())
                {
                    Walk(member.Value);
                }
            }
        }
    }

    private static bool IsReference(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("@id", out _) && element.EnumerateObject().Count() == 1;

    private void CollectNodeTypes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectNodeTypes(item);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("@id", out var id) && element.TryGetProperty("@type", out _))
            {
                _nodeTypes[id.GetString()!] = TypesOf(element);
            }

            foreach (var member in element.EnumerateObject())
            {
                CollectNodeTypes(member.Value);
            }
        }
    }

    /// <summary>Checks a node's types and every property it holds.</summary>
    /// <param name="node">The node.</param>
    /// <param name="path">Where it is.</param>
    /// <param name="roleOf">For a Role, the property it stands in for, which it may hold outside its own domain.</param>
    private void CheckNode(JsonElement node, string path, string? roleOf)
    {
        var types = TypesOf(node);
        if (types.Length == 0)
        {
            _problems.Add($"{path}: a node without @type");
        }

        foreach (var type in types.Where(type => !_vocabulary.IsClass(type) || _vocabulary.IsSuperseded(type)))
        {
            _problems.Add($"{path}: '{type}' is not a current schema.org class");
        }

        var ancestors = types.SelectMany(_vocabulary.Ancestors).ToHashSet(StringComparer.Ordinal);
        foreach (var member in node.EnumerateObject())
        {
            var memberPath = $"{path}.{member.Name}";
            if (member.Name is "@type" or "@id")
            {
                continue;
            }

            if (!_vocabulary.IsProperty(member.Name) || _vocabulary.IsSuperseded(member.Name))
            {
                _problems.Add($"{memberPath}: '{member.Name}' is not a current schema.org property");
                continue;
            }

            if (member.Name != roleOf && !_vocabulary.Domain(member.Name).Any(ancestors.Contains))
            {
                _problems.Add($"{memberPath}: '{member.Name}' is not a property of {string.Join(", ", types)} (its domain is {string.Join(", ", _vocabulary.Domain(member.Name))})");
            }

            var values = member.Value.ValueKind == JsonValueKind.Array ? [.. member.Value.EnumerateArray()] : new[] { member.Value };
            for (var i = 0; i < values.Length; i++)
            {
                CheckValue(member.Name, values[i], member.Value.ValueKind == JsonValueKind.Array ? $"{memberPath}[{i}]" : memberPath);
            }
        }
    }

    private void CheckValue(string property, JsonElement value, string path)
    {
        var range = _vocabulary.Range(property);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when value.TryGetProperty("@value", out var literal):
                if (literal.ValueKind != JsonValueKind.String || !range.Any(Strings.Contains))
                {
                    _problems.Add($"{path}: a language-tagged text where '{property}' takes {string.Join(", ", range)}");
                }

                break;
            case JsonValueKind.Object when IsReference(value):
                var id = value.GetProperty("@id").GetString()!;
                if (_nodeTypes.TryGetValue(id, out var referencedTypes) && !FitsRange(referencedTypes, range))
                {
                    _problems.Add($"{path}: {id} is a {string.Join(", ", referencedTypes)}, but '{property}' takes {string.Join(", ", range)}");
                }

                break;
            case JsonValueKind.Object:
                var types = TypesOf(value);
                var isRole = types.Any(type => _vocabulary.Ancestors(type).Contains("Role"));
                if (isRole)
                {
                    if (!value.TryGetProperty(property, out _))
                    {
                        _problems.Add($"{path}: a Role standing for '{property}' that does not hold '{property}'");
                    }
                }
                else if (!FitsRange(types, range))
                {
                    _problems.Add($"{path}: a {string.Join(", ", types)} where '{property}' takes {string.Join(", ", range)}");
                }

                CheckNode(value, path, isRole ? property : null);
                break;
            case JsonValueKind.String:
                CheckText(property, value.GetString()!, range, path);
                break;
            case JsonValueKind.Number:
                var isWhole = value.TryGetInt64(out _);
                if (!range.Any(type => type is "Number" or "Float" || (type == "Integer" && isWhole)))
                {
                    _problems.Add($"{path}: a number where '{property}' takes {string.Join(", ", range)}");
                }

                break;
            case JsonValueKind.True or JsonValueKind.False:
                if (!range.Contains("Boolean"))
                {
                    _problems.Add($"{path}: a boolean where '{property}' takes {string.Join(", ", range)}");
                }

                break;
            default:
                _problems.Add($"{path}: a {value.ValueKind} value");
                break;
        }
    }

    private void CheckText(string property, string text, IReadOnlyList<string> range, string path)
    {
        var fits = range.Contains("Text")
            || (range.Contains("URL") && Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out _))
            || (range.Contains("Date") && IsDate(text))
            || (range.Contains("Duration") && IsDuration(text))
            || (range.Contains("DateTime") && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out _) && text.Contains('T', StringComparison.Ordinal))
            || (text.StartsWith(SchemaOrg + "/", StringComparison.Ordinal) && FitsRange(_vocabulary.MemberTypes(text[(SchemaOrg.Length + 1)..]), range));
        if (!fits)
        {
            _problems.Add($"{path}: the text '{text}' does not fit '{property}', which takes {string.Join(", ", range)}");
        }
    }

    private bool FitsRange(IEnumerable<string> types, IReadOnlyList<string> range) =>
        types.SelectMany(_vocabulary.Ancestors).Any(range.Contains);

    /// <summary>Tells whether a text is an ISO 8601 calendar date, complete or reduced to a month or a year.</summary>
    private static bool IsDate(string text) =>
        DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>Tells whether a text is an ISO 8601 duration, such as <c>PT3H</c> or <c>P0.5D</c>.</summary>
    private static bool IsDuration(string text) =>
        Regex.IsMatch(text, @"^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string[] TypesOf(JsonElement node) => !node.TryGetProperty("@type", out var type)
        ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(static item => item.GetString()!)] : [type.GetString()!];
}
