using System.Text.Json.Nodes;

namespace Lmec.Content.Cli.Tests;

/// <summary>Checks the report of <c>validate --format json</c>: it parses, and its summary counts what its documents hold.</summary>
internal static class JsonReport
{
    /// <summary>Parses a report and asserts that its summary agrees with its documents and unreadable inputs.</summary>
    /// <param name="text">The report.</param>
    /// <returns>The report.</returns>
    public static JsonObject ParseConsistent(string text)
    {
        var report = JsonNode.Parse(text)!.AsObject();
        var documents = report["documents"]!.AsArray().Select(document => document!.AsObject()).ToList();
        var findings = documents.SelectMany(document => document["errors"]!.AsArray()).Select(error => (string)error!["severity"]!).ToList();
        var summary = report["summary"]!;
        Assert.Equal(documents.Count, (int)summary["documents"]!);
        Assert.Equal(documents.Count(document => (bool)document["valid"]!), (int)summary["valid"]!);
        Assert.Equal(documents.Count(document => !(bool)document["valid"]!), (int)summary["invalid"]!);
        Assert.Equal(report["unreadable"]!.AsArray().Count, (int)summary["unreadable"]!);
        Assert.Equal(findings.Count(severity => severity == "error"), (int)summary["errors"]!);
        Assert.Equal(findings.Count(severity => severity == "warning"), (int)summary["warnings"]!);
        Assert.All(documents, document => Assert.Equal(
            (bool)document["valid"]!,
            document["errors"]!.AsArray().All(error => (string)error!["severity"]! != "error")));
        return report;
    }
}
