using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lmec.Content.AspNetCore.Tests.Hosting;
using Lmec.Content.Schemas.Tests.Agreement;
using Lmec.Content.Testing;

namespace Lmec.Content.AspNetCore.Tests;

/// <summary>The OpenAPI document describes the request bodies by the published schemas, checked against <c>schemas/v1</c> and by Ajv.</summary>
public sealed class OpenApiDocumentTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private const string AnyKind = "/paths/~1documents/post/requestBody/content/application~1json/schema";
    private const string ProblemSchema = "/components/schemas/Lmec.ContentProblem";
    private const string LineResultSchema = "/components/schemas/Lmec.ContentLineResult";

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Components_AreThePublishedSchemas_WithReferencesToComponents()
    {
        var components = (await OpenApiAsync())["components"]!["schemas"]!.AsObject();

        var expected = ExpectedComponents();
        Assert.All(expected, pair => Assert.True(
            JsonNode.DeepEquals(pair.Value, components[pair.Key]),
            $"{pair.Key} differs from schemas/v1:\nexpected {pair.Value!.ToJsonString()}\nactual   {components[pair.Key]?.ToJsonString()}"));
        string[] own = ["Lmec.ContentFinding", "Lmec.ContentLineResult", "Lmec.ContentProblem"];
        Assert.Equal(
            expected.Keys.Concat(own).Order(StringComparer.Ordinal),
            components.Select(static pair => pair.Key).Where(static name => name.StartsWith("Lmec.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/articles", "application/json", "Lmec.ArticleDocument")]
    [InlineData("/newsletter-issues", "application/json", "Lmec.NewsletterIssue")]
    [InlineData("/bodies", "application/json", "Lmec.ArticleDocument")]
    [InlineData("/articles/lines", "application/x-ndjson", "Lmec.ArticleDocument")]
    [InlineData("/mvc/articles", "application/json", "Lmec.ArticleDocument")]
    [InlineData("/mvc/bodies", "application/json", "Lmec.ArticleDocument")]
    public async Task RequestBody_RefersToThePublishedSchemaOfItsKind(string path, string mediaType, string component)
    {
        var operation = (await OpenApiAsync())["paths"]![path]!["post"]!;

        var content = Assert.Single(operation["requestBody"]!["content"]!.AsObject());
        Assert.Equal(mediaType, content.Key);
        Assert.Equal("#/components/schemas/" + component, content.Value!["schema"]!["$ref"]!.GetValue<string>());
        foreach (var status in new[] { "400", "408", "413", "415", "422" })
        {
            Assert.Equal("#/components/schemas/Lmec.ContentProblem", operation["responses"]![status]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task RequestBody_OfAnyKind_IsOneOfTheRootSchemas()
    {
        var schema = (await OpenApiAsync())["paths"]!["/documents"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!;

        Assert.Equal(
            ["#/components/schemas/Lmec.NewsletterIssue", "#/components/schemas/Lmec.ArticleDocument", "#/components/schemas/Lmec.OrganisationDirectory"],
            schema["oneOf"]!.AsArray().Select(static item => item!["$ref"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Components_GuessedFromTheModelTypes_AreNotInTheDocument()
    {
        var names = (await OpenApiAsync())["components"]!["schemas"]!.AsObject().Select(static pair => pair.Key);

        Assert.Equal(["Answer"], names.Where(static name => !name.StartsWith("Lmec.", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task RequestSchema_Ajv_AcceptsTheExamplesAndRejectsTheInvalidCorpus()
    {
        AjvRunner.Require();
        var valid = RepositoryPaths.AllExamples().Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SchemasV1, "conformance", "valid"), "*.json")).ToList();
        var invalid = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SchemasV1, "conformance", "invalid"), "*.json").Where(static path => Path.GetFileName(path) != "manifest.json").ToList();

        var verdicts = await RunAjvAsync(AnyKind, [.. valid, .. invalid]);

        Assert.Equal(valid.Count + invalid.Count, verdicts.Count);
        Assert.All(valid, path => Assert.True(verdicts[path], $"Ajv rejects {Path.GetFileName(path)}."));
        Assert.All(invalid, path => Assert.False(verdicts[path], $"Ajv accepts {Path.GetFileName(path)}."));
    }

    [SkippableFact]
    public async Task ProblemAndLineResultSchemas_Ajv_AcceptTheAnswersTheEndpointsWrite()
    {
        AjvRunner.Require();
        var folder = Directory.CreateTempSubdirectory("lmec-openapi-");
        try
        {
            var problems = new List<string>();
            foreach (var (path, body, contentType) in new[]
            {
                ("/articles", Documents.WithWarningAndError, "application/json"),
                ("/articles", Documents.WithUnknownMember, "application/json"),
                ("/articles", "{\"kind\": ", "application/json"),
                ("/articles", Documents.Article, "text/plain"),
            })
            {
                using var content = new StringContent(body, System.Text.Encoding.UTF8);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
                using var response = await _client.PostAsync(path, content);
                problems.Add(Save(folder.FullName, await response.Content.ReadAsStringAsync()));
            }

            var lines = (await NdjsonAnswerAsync()).Select(line => Save(folder.FullName, line)).ToList();

            Assert.All(await RunAjvAsync(ProblemSchema, problems), static verdict => Assert.True(verdict.Value, $"Ajv rejects the problem {File.ReadAllText(verdict.Key)}"));
            Assert.All(await RunAjvAsync(LineResultSchema, lines), static verdict => Assert.True(verdict.Value, $"Ajv rejects the result line {File.ReadAllText(verdict.Key)}"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Maps schemas/v1, read from disk, to the components the document should hold: independently of the package.</summary>
    private static Dictionary<string, JsonNode?> ExpectedComponents()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.SchemasV1, "*.schema.json").ToDictionary(static path => Path.GetFileName(path), static path => JsonNode.Parse(File.ReadAllText(path))!.AsObject());
        var expected = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (fileName, schema) in files)
        {
            Rewrite(schema, fileName, files);
            if (schema["definitions"] is JsonObject definitions)
            {
                foreach (var (name, definition) in definitions)
                {
                    expected["Lmec." + name] = definition!.DeepClone();
                }
            }

            if (schema["properties"] is not null)
            {
                var root = schema.DeepClone().AsObject();
                root.Remove("$schema");
                root.Remove("$id");
                root.Remove("definitions");
                expected["Lmec." + root["title"]!.GetValue<string>()] = root;
            }
        }

        return expected;
    }

    private static void Rewrite(JsonNode? node, string fileName, Dictionary<string, JsonObject> files)
    {
        if (node is JsonObject members)
        {
            if (members["$ref"]?.GetValue<string>() is { } reference)
            {
                var (file, fragment) = reference.Split('#') is [var before, var after] ? (before, after) : (reference, string.Empty);
                members["$ref"] = "#/components/schemas/Lmec." + (fragment.Length > 0 ? fragment.Split('/')[^1] : files[file.Length > 0 ? file : fileName]["title"]!.GetValue<string>());
            }

            foreach (var (_, value) in members)
            {
                Rewrite(value, fileName, files);
            }
        }
        else if (node is JsonArray items)
        {
            foreach (var item in items)
            {
                Rewrite(item, fileName, files);
            }
        }
    }

    private static string Save(string folder, string json)
    {
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    private async Task<JsonObject> OpenApiAsync() => JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!.AsObject();

    private async Task<IReadOnlyList<string>> NdjsonAnswerAsync()
    {
        using var content = new StringContent(Documents.OneLine(Documents.Article) + "\n" + Documents.OneLine(Documents.WithWarningAndError) + "\n", System.Text.Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
        using var response = await _client.PostAsync("/documents/lines", content);
        return (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task<Dictionary<string, bool>> RunAjvAsync(string pointer, IReadOnlyList<string> documents)
    {
        var openApi = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(openApi, (await OpenApiAsync()).ToJsonString());
            var start = new ProcessStartInfo("node") { WorkingDirectory = AjvRunner.Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "openapi.mjs", openApi, pointer }.Concat(documents))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var standardError = process.StandardError.ReadToEndAsync();
            var standardOutput = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"openapi.mjs exited with {process.ExitCode}: {await standardError}");
            Assert.True((await standardError).Length == 0, $"Ajv complained: {await standardError}");
            using var result = JsonDocument.Parse(standardOutput);
            return result.RootElement.GetProperty("results").EnumerateArray().ToDictionary(static entry => entry.GetProperty("file").GetString()!, static entry => entry.GetProperty("valid").GetBoolean(), StringComparer.Ordinal);
        }
        finally
        {
            File.Delete(openApi);
        }
    }
}
