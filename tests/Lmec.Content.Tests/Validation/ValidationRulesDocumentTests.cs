using System.Globalization;
using System.Text.RegularExpressions;
using Lmec.Content.Contract;
using Lmec.Content.Localization;
using Lmec.Content.Testing;
using Lmec.Content.Validation.Rules;

namespace Lmec.Content.Tests.Validation;

/// <summary>
/// docs/validation-rules.md documents every code of the code, and only those, each with an example and both
/// messages; it and docs/integrators.md list exactly the rules a schema cannot state.
/// </summary>
public partial class ValidationRulesDocumentTests
{
    private const string InexpressibleRulesHeading = "Rules the schemas cannot state";

    private static readonly string Document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "validation-rules.md"));

    public static TheoryData<string> Codes() => [.. ValidationCodeList.All];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Document_EveryCode_HasSectionWithExampleAndBothMessages(string code)
    {
        var section = Section(code);
        Assert.True(section is not null, $"docs/validation-rules.md has no section '### {code}'");
        Assert.Contains("Example", section, StringComparison.Ordinal);
        Assert.Contains("English", section, StringComparison.Ordinal);
        Assert.Contains("中文", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_EveryMessage_IsQuotedInBothLanguages()
    {
        foreach (var key in MessageCatalog.Default.Entries("en").Select(entry => entry.Key).Where(key => key.StartsWith("LMEC", StringComparison.Ordinal)))
        {
            var english = Template(key, CultureInfo.InvariantCulture);
            var chinese = Template(key, CultureInfo.GetCultureInfo("zh-Hans"));
            Assert.True(Document.Contains(english, StringComparison.Ordinal), $"{key}: English message not in the document: {english}");
            Assert.True(Document.Contains(chinese, StringComparison.Ordinal), $"{key}: Chinese message not in the document: {chinese}");
        }
    }

    [Fact]
    public void Document_EveryDocumentedBuiltInCode_ExistsInCode()
    {
        var documented = Heading().Matches(Document).Select(match => match.Groups[1].Value);
        Assert.Empty(documented.Except(ValidationCodeList.All));
    }

    [Theory]
    [InlineData("validation-rules.md")]
    [InlineData("integrators.md")]
    public void Page_RulesTheSchemasCannotState_AreExactlyTheContractsList(string page)
    {
        var listed = InexpressibleRulesTable(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", page)));

        Assert.True(listed is not null, $"docs/{page} has no section headed '{InexpressibleRulesHeading}'");
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(SchemaInexpressibleRules.Codes.Keys.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BuiltInRules_EachHasADocumentedCodeOfTheRulesRange() =>
        Assert.All(BuiltInRules.All, rule =>
        {
            // An integer out of its member's range is one fault, LMEC108, whether the reader or the rule finds it.
            if (rule is not IntegerRangeRule)
            {
                Assert.StartsWith("LMEC2", rule.Code, StringComparison.Ordinal);
            }

            Assert.Contains(rule.Code, ValidationCodeList.All);
        });

    [Fact]
    public void BuiltInRules_HaveDistinctCodes() =>
        Assert.Equal(BuiltInRules.All.Count, BuiltInRules.All.Select(rule => rule.Code).Distinct().Count());

    [Fact]
    public void Patterns_AllHaveATimeLimit() =>
        Assert.All(WireValues.All, pattern => Assert.NotEqual(Regex.InfiniteMatchTimeout, pattern.MatchTimeout));

    /// <summary>Reads the codes in the first column of the table under the heading of the rules a schema cannot state, up to the next heading.</summary>
    private static List<string>? InexpressibleRulesTable(string page)
    {
        var lines = page.Split('\n');
        var start = Array.FindIndex(lines, line => line.StartsWith('#') && line.TrimStart('#').Trim() == InexpressibleRulesHeading);
        if (start < 0)
        {
            return null;
        }

        return
        [
            .. lines.Skip(start + 1)
                .TakeWhile(static line => !line.StartsWith('#'))
                .Where(static line => line.StartsWith('|'))
                .Select(static line => TableCode().Match(line.Split('|')[1]))
                .Where(static match => match.Success)
                .Select(static match => match.Value),
        ];
    }

    private static string Template(string key, CultureInfo culture) =>
        MessageCatalog.Default.Format(key, culture, "{0}", "{1}", "{2}", "{3}", "{4}").Replace("|", "\\|", StringComparison.Ordinal);

    private static string? Section(string code)
    {
        var start = Document.IndexOf("### " + code, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = Document.IndexOf("\n### ", start + 4, StringComparison.Ordinal);
        var next = Document.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        end = new[] { end, next, Document.Length }.Where(index => index >= 0).Min();
        return Document[start..end];
    }

    [GeneratedRegex(@"^### (LMEC[0-9]{3})\b", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex("LMEC[0-9]{3}")]
    private static partial Regex TableCode();
}
