using System.Globalization;
using System.Text.Json.Nodes;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

/// <summary>Documents to validate, edits of them, and assertions on reports.</summary>
internal static class TestDocuments
{
    public const string Minimal = """{"kind":"organisationDirectory","schemaVersion":"1.0","language":"en","id":"d","title":{"en":"T"}}""";

    public static string Newsletter => File.ReadAllText(RepositoryPaths.Example("newsletter-2023-06.json"));

    public static string Submission => File.ReadAllText(RepositoryPaths.Example("article-asia-foundation-submission.json"));

    public static ContentValidator Validator(Action<LmecContentOptions>? configure = null, IEnumerable<IStructureValidator>? structure = null)
    {
        var options = new LmecContentOptions { Culture = CultureInfo.InvariantCulture };
        configure?.Invoke(options);
        return new ContentValidator(options, structure);
    }

    public static string Edit(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }

    public static ValidationError Single(ValidationReport report, string code)
    {
        var matches = report.Errors.Where(error => error.Code == code).ToList();
        Assert.True(matches.Count == 1, $"Expected one {code}, got: {string.Join(Environment.NewLine, report.Errors)}");
        return matches[0];
    }

    public static ValidationError Has(ValidationReport report, string code, string path)
    {
        var match = report.Errors.FirstOrDefault(error => error.Code == code && error.Path == path);
        Assert.True(match is not null, $"Expected {code} at '{path}', got: {string.Join(Environment.NewLine, report.Errors)}");
        return match!;
    }

    public static void Lacks(ValidationReport report, string code) =>
        Assert.DoesNotContain(report.Errors, error => error.Code == code);

    public static ContentReadMode Lenient => ContentReadMode.Lenient;
}
