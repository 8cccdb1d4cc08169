using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Globalization;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Tests.Documentation;

/// <summary>
/// Writes <c>docs/model.md</c> from the serialization contract and the XML documentation of the model, so
/// the page lists every member under its wire name and cannot fall behind the code.
/// </summary>
internal static class ModelDocumentation
{
    private static readonly Type[] Roots = [typeof(NewsletterIssue), typeof(ArticleDocument), typeof(OrganisationDirectory)];

    /// <summary>Gets every entity of the model that the page documents, root documents first.</summary>
    public static IReadOnlyList<Type> Entities()
    {
        var options = ContentJson.GetOptions(ContentReadMode.Strict);
        var objects = new List<Type>();
        var queue = new Queue<Type>(Roots);
        while (queue.TryDequeue(out var type))
        {
            if (objects.Contains(type))
            {
                continue;
            }

            objects.Add(type);
            foreach (var property in options.GetTypeInfo(type).Properties)
            {
                if (ElementType(property.PropertyType) is var target && !target.IsEnum && typeof(ContentObject).IsAssignableFrom(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return objects;
    }

    public static string Generate()
    {
        var options = ContentJson.GetOptions(ContentReadMode.Strict);
        var docs = XmlDocumentation.For(typeof(ContentDocument).Assembly);
        var objects = Entities();
        var enums = new SortedSet<Type>(
            objects.SelectMany(type => options.GetTypeInfo(type).Properties).Select(property => ElementType(property.PropertyType)).Where(target => target.IsEnum),
            Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));

        var page = new StringBuilder();
        page.AppendLine("# The content model, version 1");
        page.AppendLine();
        page.AppendLine("<!-- Generated from the code by ModelDocumentationTests; run `LMEC_UPDATE_DOCS=1 dotnet test tests/Lmec.Content.Tests` to rewrite. -->");
        page.AppendLine();
        page.AppendLine("Every entity of the wire format with its members under their wire names. Root documents are");
        page.AppendLine("`newsletterIssue`, `article` and `organisationDirectory`, told apart by their `kind` member.");
        page.AppendLine("Members not marked required may be left out; `null` is never written, nor an empty list.");
        page.AppendLine("Organisations, people, documents, projects and media are declared once per root document and");
        page.AppendLine("referenced by id, such as `\"projectIds\": [\"green-corridors\"]` or `\"mediaIds\": [\"opening-photo\"]`.");
        page.AppendLine("Dates are in the Gregorian calendar (ISO 8601); where a member allows reduced precision, a date the");
        page.AppendLine("source gives without its day is written `\"2023-12\"` or `\"2023\"`. Times of day are `\"09:30\"`.");
        page.AppendLine("Where a source prints a date in another calendar (a Thai Buddhist Era year such as `5 ธ.ค. 2566`),");
        page.AppendLine("an article keeps the printed form in `source.datePrinted`.");
        page.AppendLine();
        page.AppendLine("## Contents");
        page.AppendLine();
        foreach (var type in objects)
        {
            page.AppendLine(CultureInfo.InvariantCulture, $"- [{type.Name}](#{type.Name.ToLowerInvariant()})");
        }

        page.AppendLine("- [LocalizedText](#localizedtext)");
        page.AppendLine("- [Enumerations](#enumerations)");
        foreach (var type in objects)
        {
            page.AppendLine();
            page.AppendLine(CultureInfo.InvariantCulture, $"## {type.Name}");
            page.AppendLine();
            page.AppendLine(docs.Summary(type));
            page.AppendLine();
            page.AppendLine("| member | type | required | description |");
            page.AppendLine("|---|---|---|---|");
            foreach (var property in options.GetTypeInfo(type).Properties.Where(property => property.Get is not null))
            {
                var member = ClrProperty(type, property.Name);
                var value = docs.Value(member);
                var description = Sentence(docs.Summary(member)) + (value.Length > 0 ? " " + value : string.Empty);
                page.AppendLine(CultureInfo.InvariantCulture, $"| `{property.Name}` | {Describe(property.PropertyType)} | {(property.IsRequired ? "yes" : "no")} | {description} |");
            }

            if (docs.Example(type) is { } example)
            {
                page.AppendLine();
                page.AppendLine("For example:");
                page.AppendLine();
                page.AppendLine("```json");
                page.AppendLine(example);
                page.AppendLine("```");
            }
        }

        page.AppendLine();
        page.AppendLine("## LocalizedText");
        page.AppendLine();
        page.AppendLine(docs.Summary(typeof(LocalizedText)));
        page.AppendLine();
        page.AppendLine("## Enumerations");
        foreach (var type in enums)
        {
            page.AppendLine();
            page.AppendLine(CultureInfo.InvariantCulture, $"### {type.Name}");
            page.AppendLine();
            page.AppendLine(docs.Summary(type));
            page.AppendLine();
            page.AppendLine("| value | meaning |");
            page.AppendLine("|---|---|");
            foreach (var name in Enum.GetNames(type))
            {
                page.AppendLine(CultureInfo.InvariantCulture, $"| `{WireName(type, name)}` | {docs.Summary(type, name)} |");
            }
        }

        return page.ToString();
    }

    // "Gets the headline." reads as "The headline." in a table of members.
    private static string Sentence(string summary) =>
        summary.StartsWith("Gets ", StringComparison.Ordinal) ? char.ToUpperInvariant(summary[5]) + summary[6..] : summary;

    private static PropertyInfo ClrProperty(Type type, string wireName) =>
        type.GetProperties().Single(property =>
            (property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name)) == wireName);

    private static string WireName(Type enumType, string name) =>
        (string)typeof(ContentJson).GetMethod(nameof(ContentJson.GetWireName))!.MakeGenericMethod(enumType).Invoke(null, [Enum.Parse(enumType, name)])!;

    private static Type ElementType(Type type) =>
        Nullable.GetUnderlyingType(type)
        ?? (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? ElementType(type.GetGenericArguments()[0]) : type);

    private static string Describe(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Describe(underlying);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return "list of " + Describe(type.GetGenericArguments()[0]);
        }

        return type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(int) => "integer",
            _ when type == typeof(bool) => "boolean",
            _ when type == typeof(DateOnly) => "date (`yyyy-MM-dd`)",
            _ when type == typeof(PartialDate) => "date (`yyyy-MM-dd`, `yyyy-MM` or `yyyy`)",
            _ when type == typeof(TimeOnly) => "time of day (`HH:mm` or `HH:mm:ss`)",
            _ when type == typeof(DateTimeOffset) => "timestamp with offset (RFC 3339)",
            _ => $"[{type.Name}](#{type.Name.ToLowerInvariant()})",
        };
    }
}
