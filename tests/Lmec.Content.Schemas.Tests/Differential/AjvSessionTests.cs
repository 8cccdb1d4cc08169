using System.Text.Json.Nodes;
using Lmec.Content.Schemas.Tests.Agreement;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Differential;

public class AjvSessionTests
{
    [SkippableFact]
    public void Validate_OnEveryCorpusDocument_GivesTheVerdictOfValidateMjs()
    {
        var files = RepositoryPaths.AllExamples()
            .Concat(Directory.EnumerateFiles(InvalidCorpus.ValidFolder, "*.json"))
            .Concat(Directory.EnumerateFiles(InvalidCorpus.InvalidFolder, "*.json").Where(static path => Path.GetFileName(path) != "manifest.json"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = AjvRunner.Run(files);
        using var session = AjvSession.Start();

        // One line per document: the session receives each file as the differential run sends documents.
        var verdicts = files.ToDictionary(static path => path, path => session.Validate(JsonNode.Parse(File.ReadAllText(path))!.ToJsonString(EdgeValues.Writing)).IsValid, StringComparer.Ordinal);

        Assert.Equal(expected.Verdicts.OrderBy(static pair => pair.Key, StringComparer.Ordinal), verdicts.OrderBy(static pair => pair.Key, StringComparer.Ordinal));
        Assert.Contains(false, verdicts.Values);
    }

    [SkippableFact]
    public void Validate_TextThatIsNotJson_IsInvalidWithTheKeywordSyntax()
    {
        using var session = AjvSession.Start();

        var verdict = session.Validate("{\"kind\":");

        Assert.False(verdict.IsValid);
        Assert.Equal("syntax", Assert.Single(verdict.Errors).Keyword);
    }
}
