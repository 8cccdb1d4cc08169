using System.Reflection;
using System.Text.RegularExpressions;
using Lmec.Content.Schemas.Checking;
using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests;

public class ValidationRulesDocumentTests
{
    private static readonly Lazy<string> Section = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "validation-rules.md"));
        var start = text.IndexOf("## Schema layer (LMEC3xx)", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/validation-rules.md has no section '## Schema layer (LMEC3xx)'.");
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    });

    private static IEnumerable<string> Codes() =>
        typeof(SchemaErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(static field => (string)field.GetRawConstantValue()!);

    [Fact]
    public void SchemaSection_DocumentsEveryCodeAndNoOther() =>
        Assert.Equal(
            Codes().Order(StringComparer.Ordinal),
            Regex.Matches(Section.Value, @"^### (LMEC3[0-9]{2}) — ", RegexOptions.Multiline).Select(static match => match.Groups[1].Value).Order(StringComparer.Ordinal));

    [Fact]
    public void SchemaSection_GivesEveryMessageInEnglishAndChinese()
    {
        Assert.All(Codes(), static code => Assert.Contains(code, Messages.Templates.Keys.Select(static key => key.Split('.')[0])));
        Assert.All(Messages.Templates.Values, static message => Assert.Contains($"| {message.English} | {message.Chinese} |", Section.Value, StringComparison.Ordinal));
    }
}
