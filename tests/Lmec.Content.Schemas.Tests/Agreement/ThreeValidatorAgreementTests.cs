using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Testing;
using Xunit.Abstractions;

namespace Lmec.Content.Schemas.Tests.Agreement;

/// <summary>
/// Every example and conformance document gets the same verdict from <see cref="SchemaValidator"/>, from
/// JsonSchema.Net and from Ajv, and the verdict its folder says.
/// </summary>
public class ThreeValidatorAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryDocument_ThreeValidators_GiveTheVerdictOfItsFolder()
    {
        var expected = RepositoryPaths.AllExamples().Select(static path => (Path: path, Valid: true))
            .Concat(Directory.EnumerateFiles(InvalidCorpus.ValidFolder, "*.json").Select(static path => (Path: path, Valid: true)))
            .Concat(Directory.EnumerateFiles(InvalidCorpus.InvalidFolder, "*.json").Where(static path => Path.GetFileName(path) != "manifest.json").Select(static path => (Path: path, Valid: false)))
            .OrderBy(static document => document.Path, StringComparer.Ordinal)
            .ToList();
        var ours = new SchemaValidator();
        var jsonSchemaNet = new JsonSchemaNetValidator();
        var ajv = AjvRunner.TryRun([.. expected.Select(static document => document.Path)], output);

        var disagreements = new List<string>();
        foreach (var (path, valid) in expected)
        {
            var text = File.ReadAllText(path);
            var verdicts = new Dictionary<string, bool>
            {
                ["Lmec.Content.Schemas"] = ours.Validate(text).IsValid,
                ["JsonSchema.Net"] = jsonSchemaNet.Evaluate(text).IsValid,
            };
            if (ajv is not null)
            {
                verdicts["Ajv"] = ajv.Verdicts[path];
            }

            if (verdicts.Values.Any(verdict => verdict != valid))
            {
                disagreements.Add($"{Path.GetRelativePath(RepositoryPaths.Root, path)} should be {(valid ? "valid" : "invalid")}: " + string.Join(", ", verdicts.Select(static pair => $"{pair.Key} says {(pair.Value ? "valid" : "invalid")}")));
            }
        }

        output.WriteLine($"Agreement of {(ajv is null ? "2" : "3")} validators: {expected.Count - disagreements.Count} of {expected.Count} documents ({expected.Count(static document => document.Valid)} valid, {expected.Count(static document => !document.Valid)} invalid).");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public void Ajv_InStrictMode_CompilesEverySchema()
    {
        var result = AjvRunner.TryRun([], output);

        if (result is not null)
        {
            Assert.Equal(ContentSchemas.All.Select(static schema => schema.Id).OrderBy(static id => id.AbsoluteUri, StringComparer.Ordinal), result.Compiled.OrderBy(static id => id.AbsoluteUri, StringComparer.Ordinal));
        }
    }
}
