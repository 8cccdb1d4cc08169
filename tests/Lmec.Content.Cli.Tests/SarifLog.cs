using System.Text.Json.Nodes;

namespace Lmec.Content.Cli.Tests;

/// <summary>
/// Checks that <c>validate --format sarif</c> wrote a structurally valid SARIF 2.1.0 log, offline: the members
/// SARIF requires, and those a CI system needs to show a finding at its place.
/// </summary>
internal static class SarifLog
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    /// <summary>Parses a log and asserts its structure.</summary>
    /// <param name="text">The log.</param>
    /// <returns>The log's results, for further assertions.</returns>
    public static IReadOnlyList<JsonObject> ParseValid(string text)
    {
        var log = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("2.1.0", (string?)log["version"]);
        Assert.StartsWith("https://", (string?)log["$schema"], StringComparison.Ordinal);
        var run = Assert.Single(log["runs"]!.AsArray())!.AsObject();
        var driver = run["tool"]!["driver"]!.AsObject();
        Assert.Equal("lmec-content", (string?)driver["name"]);
        var ruleIds = driver["rules"]!.AsArray().Select(rule => (string)rule!["id"]!).ToList();
        Assert.Equal(ruleIds.Distinct(StringComparer.Ordinal).Count(), ruleIds.Count);
        foreach (var invocation in run["invocations"]!.AsArray())
        {
            Assert.NotNull((bool?)invocation!["executionSuccessful"]);
        }

        var results = run["results"]!.AsArray().Select(result => result!.AsObject()).ToList();
        foreach (var result in results)
        {
            Assert.Contains((string)result["ruleId"]!, ruleIds);
            Assert.Contains((string)result["level"]!, Levels);
            Assert.False(string.IsNullOrWhiteSpace((string?)result["message"]!["text"]));
            var location = Assert.Single(result["locations"]!.AsArray())!["physicalLocation"]!;
            var uri = (string)location["artifactLocation"]!["uri"]!;
            Assert.True(Uri.IsWellFormedUriString(uri, UriKind.RelativeOrAbsolute), $"'{uri}' is not a URI reference.");
            Assert.True((int)location["region"]!["startLine"]! >= 1);
            Assert.True((int)location["region"]!["startColumn"]! >= 1);
        }

        return results;
    }
}
