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
