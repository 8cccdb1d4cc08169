using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lmec.Content.Canonicalization;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Testing;
using Newtonsoft.Json;
using Xunit.Abstractions;

namespace Lmec.Content.Schemas.Tests.Interop;

/// <summary>
/// The committed schemas in the generators integrators already use: clean types, and every valid document read into
/// them and written back unchanged (the same RFC 8785 form). The generators' versions and flags are those
/// <c>docs/integrators.md</c> states.
/// </summary>
public class GeneratorTests(ITestOutputHelper output)
{
    private static readonly string[] RootFileNames = [.. ContentSchemas.All.Where(static schema => schema.DocumentKind is not null).Select(static schema => schema.FileName)];

    public static TheoryData<string> RootSchemas() => [.. RootFileNames];

    [SkippableFact]
    public void JsonSchemaToTypeScript_EveryRoot_HasNoNumberedDuplicateAndTypeChecksEveryValidDocumentStrictly()
    {
        var work = Directory.CreateTempSubdirectory("lmec-typescript-");
        try
        {
            using var result = JsonDocument.Parse(NpmTools.Run("typescript-types.mjs", [RepositoryPaths.SchemasV1, work.FullName, .. ValidDocuments()]));
            var types = result.RootElement.GetProperty("types").EnumerateObject().ToDictionary(static root => root.Name, static root => root.Value.EnumerateArray().Select(static name => name.GetString()!).ToList());
            var diagnostics = result.RootElement.GetProperty("diagnostics").EnumerateArray().Select(static diagnostic => $"{diagnostic.GetProperty("file").GetString()}: {diagnostic.GetProperty("message").GetString()}").ToList();
            output.WriteLine(string.Join("\n", types.Select(static root => $"{root.Key}: {root.Value.Count} types")));

            Assert.Equal(RootFileNames.Order(StringComparer.Ordinal), types.Keys.Order(StringComparer.Ordinal));
            Assert.All(types, static root =>
            {
                var numbered = root.Value.Where(name => char.IsAsciiDigit(name[^1]) && root.Value.Contains(name.TrimEnd("0123456789".ToCharArray()))).ToList();
                Assert.True(numbered.Count == 0, $"{root.Key}: numbered copies {string.Join(", ", numbered)}");
                Assert.Contains("LocalizedText", root.Value);
            });
            Assert.Equal(ValidDocuments().Count + types.Count, result.RootElement.GetProperty("checked").GetInt32());
            Assert.True(diagnostics.Count == 0, "tsc --strict:\n" + string.Join("\n", diagnostics.Take(20)));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public void Quicktype_Converter_ReadsEveryValidDocumentAndWritesItBackEqual()
    {
        var work = Directory.CreateTempSubdirectory("lmec-quicktype-");
        try
        {
            using var result = JsonDocument.Parse(NpmTools.Run("quicktype-roundtrip.mjs", [RepositoryPaths.SchemasV1, work.FullName, .. ValidDocuments()]));
            var failures = result.RootElement.GetProperty("results").EnumerateArray()
                .Where(static document => !document.GetProperty("roundTrips").GetBoolean())
                .Select(static document => $"{document.GetProperty("file").GetString()}: {document.GetProperty("error").GetString() ?? "written back differently"}")
                .ToList();

            Assert.Equal(["article", "newsletterIssue", "organisationDirectory"], result.RootElement.GetProperty("kinds").EnumerateArray().Select(static kind => kind.GetString()));
            Assert.Equal(ValidDocuments().Count, result.RootElement.GetProperty("results").GetArrayLength());
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(RootSchemas))]
    public async Task NJsonSchemaCSharp_GeneratedClasses_ReadEveryValidDocumentOfTheirKindAndWriteItBackEqual(string fileName)
    {
        var generated = await GeneratedCSharp.GenerateAsync(Path.Combine(RepositoryPaths.SchemasV1, fileName));
        var kind = ContentSchemas.All.Single(schema => schema.FileName == fileName).DocumentKind!.Value;
        var documents = ValidDocuments().Where(path => Lmec.Content.Serialization.ContentJson.DetectKind(File.ReadAllBytes(path)) == kind).ToList();

        var failures = new List<string>();
        foreach (var path in documents)
        {
            var text = File.ReadAllText(path);
            var written = JsonConvert.SerializeObject(JsonConvert.DeserializeObject(text, generated.RootType));
            if (!CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(text)).AsSpan().SequenceEqual(CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(written))))
            {
                failures.Add($"{Path.GetFileName(path)} is written back otherwise: {FirstDifference(JsonNode.Parse(text), JsonNode.Parse(written), string.Empty)}");
            }
        }

        Assert.NotEmpty(documents);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }

    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string pointer) => (expected, actual) switch
    {
        (JsonObject left, JsonObject right) => left.Select(static member => member.Key).Union(right.Select(static member => member.Key))
            .Select(name => FirstDifference(left[name], right[name], pointer + "/" + name)).FirstOrDefault(static difference => difference is not null),
        (JsonArray left, JsonArray right) when left.Count == right.Count => left.Select((item, index) => FirstDifference(item, right[index], $"{pointer}/{index}")).FirstOrDefault(static difference => difference is not null),
        _ when JsonNode.DeepEquals(expected, actual) => null,
        _ => $"{pointer}: {expected?.ToJsonString() ?? "absent"} became {actual?.ToJsonString() ?? "absent"}",
    };

    private static List<string> ValidDocuments() =>
        [.. RepositoryPaths.AllExamples().Concat(Directory.EnumerateFiles(InvalidCorpus.ValidFolder, "*.json").Order(StringComparer.Ordinal))];
}
