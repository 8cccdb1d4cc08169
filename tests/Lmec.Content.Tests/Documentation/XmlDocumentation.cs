using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Lmec.Content.Tests.Documentation;

/// <summary>Reads the summaries of the XML documentation file that ships beside an assembly, as plain Markdown text.</summary>
internal sealed partial class XmlDocumentation
{
    private readonly Dictionary<string, XElement> _members;

    private XmlDocumentation(Dictionary<string, XElement> members) => _members = members;

    public static XmlDocumentation For(Assembly assembly)
    {
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        var members = XDocument.Load(path).Descendants("member")
            .ToDictionary(member => (string)member.Attribute("name")!, StringComparer.Ordinal);
        return new XmlDocumentation(members);
    }

    public string Summary(Type type) => Text(_members.GetValueOrDefault("T:" + type.FullName)?.Element("summary"));

    public string Summary(PropertyInfo property) => Text(Member(property)?.Element("summary"));

    public string Value(PropertyInfo property) => Text(Member(property)?.Element("value"));

    /// <summary>Gets the JSON of the type's <c>&lt;example&gt;&lt;code&gt;</c>, its lines dedented, or <see langword="null"/> when it has none.</summary>
    public string? Example(Type type)
    {
        var code = _members.GetValueOrDefault("T:" + type.FullName)?.Element("example")?.Element("code")?.Value;
        if (code is null)
        {
            return null;
        }

        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').SkipWhile(string.IsNullOrWhiteSpace).Reverse().SkipWhile(string.IsNullOrWhiteSpace).Reverse().ToList();
        var indent = lines.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart().Length);
        return string.Join('\n', lines.Select(line => line.Length >= indent ? line[indent..].TrimEnd() : line.Trim()));
    }

    public string Summary(Type enumType, string member) => Text(_members.GetValueOrDefault($"F:{enumType.FullName}.{member}")?.Element("summary"));

    // An override documented with <inheritdoc/> takes the text of the member it overrides.
    private XElement? Member(PropertyInfo property)
    {
        var member = _members.GetValueOrDefault($"P:{property.DeclaringType!.FullName}.{property.Name}");
        var overridden = property.GetMethod?.GetBaseDefinition().DeclaringType;
        return member?.Element("inheritdoc") is not null && overridden is not null && overridden != property.DeclaringType
            ? Member(overridden.GetProperty(property.Name)!)
            : member;
    }

    private static string Text(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var parts = element.Nodes().Select(node => node switch
        {
            XText text => text.Value,
            XElement { Name.LocalName: "c" } code => $"`{code.Value}`",
            XElement { Name.LocalName: "see" } see when see.Attribute("langword") is { } word => $"`{word.Value}`",
            XElement { Name.LocalName: "see" } see when see.Attribute("cref") is { } cref => $"`{cref.Value[(cref.Value.LastIndexOf('.') + 1)..]}`",
            XElement other => other.Value,
            _ => string.Empty,
        });
        return Whitespace().Replace(string.Concat(parts), " ").Trim().Replace("|", "\\|", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
