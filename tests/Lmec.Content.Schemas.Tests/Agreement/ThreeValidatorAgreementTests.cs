using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Testing;
using Xunit.Abstractions;

namespace Lmec.Content.Schemas.Tests.Agreement;

/// <summary>
/// Every example and conformance document gets the verdict its folder says from <see cref="SchemaValidator"/>,
/// from JsonSchema.Net and from Ajv, so the three agree. Ajv has tests of its own: where it cannot run they
/// are skipped, and the two .NET validators are still checked.
/// </summary>
public class ThreeValidatorAgreementTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryDocument_SchemaValidatorAndJsonSchemaNet_GiveTheVerdictOfItsFolder()
    {
        var ours = new SchemaValidator();
        var jsonSchemaNet = new JsonSchemaNetValidator();

        AssertVerdictsOfTheFolders(
            ("Lmec.Content.Schemas", path => ours.Validate(File.ReadAllText(path)).IsValid),
            ("JsonSchema.Net", path => jsonSchemaNet.Evaluate(File.ReadAllText(path)).IsValid));
    }

    [Fact]
    public void EveryDocument_FormatsAsAnnotations_GetsTheVerdictOfItsFolder()
    {
        // The conformance README promises that asserting formats or not changes no verdict.
        var jsonSchemaNet = new JsonSchemaNetValidator();

        AssertVerdictsOfTheFolders(("JsonSchema.Net, formats as annotations", path => jsonSchemaNet.Evaluate(File.ReadAllText(path), assertFormats: false).IsValid));
    }

    [SkippableFact]
    public void EveryDocument_Ajv_GivesTheVerdictOfItsFolder()
    {
        var ajv = AjvRunner.Run([.. Corpus().Select(static document => document.Path)]);

        AssertVerdictsOfTheFolders(("Ajv", path => ajv.Verdicts[path]));
    }

    [Fact]
    public void EveryDocument_EachBundleAloneInJsonSchemaNet_GetsTheVerdictOfItsFolder()
    {
        var bundles = new JsonSchemaNetValidator(ContentSchemas.Bundles);

        AssertVerdictsOfTheFolders(("JsonSchema.Net, bundles", path => bundles.Evaluate(File.ReadAllText(path)).IsValid));
    }

    [SkippableFact]
    public void EveryDocument_AjvWithTheBundlesOnly_GivesTheVerdictOfItsFolder()
    {
        var ajv = AjvRunner.Run([.. Corpus().Select(static document => document.Path)], Path.Combine(RepositoryPaths.SchemasV1, "bundled"));

        Assert.Equal(ContentSchemas.Bundles.Select(static schema => schema.Id).OrderBy(static id => id.AbsoluteUri, StringComparer.Ordinal), ajv.Compiled.OrderBy(static id => id.AbsoluteUri, StringComparer.Ordinal));
        AssertVerdictsOfTheFolders(("Ajv, bundles", path => ajv.Verdicts[path]));
    }

    [SkippableFact]
    public void Ajv_InStrictMode_CompilesEverySchema()
    {
        var result = AjvRunner.Run([]);

        Assert.Equal(ContentSchemas.All.Select(static schema => schema.Id).OrderBy(static id => id.AbsoluteUri, StringComparer.Ordinal), result.Compiled.OrderBy(static id => id.AbsoluteUri, StringComparer.Ordinal));
    }

    private static List<(string Path, bool Valid)> Corpus() =>
        [.. RepositoryPaths.AllExamples().Select(static path => (Path: path, Valid: true))
            .Concat(Directory.EnumerateFiles(InvalidCorpus.ValidFolder, "*.json").Select(static path => (Path: path, Valid: true)))
            .Concat(Directory.EnumerateFiles(InvalidCorpus.InvalidFolder, "*.json").Where(static path => Path.GetFileName(path) != "manifest.json").Select(static path => (Path: path, Valid: false)))
            .OrderBy(static document => document.Path, StringComparer.Ordinal)];

    private void AssertVerdictsOfTheFolders(params (string Name, Func<string, bool> IsValid)[] validators)
    {
        var expected = Corpus();
        var disagreements = new List<string>();
        foreach (var (path, valid) in expected)
        {
            var verdicts = validators.Select(validator => (validator.Name, Valid: validator.IsValid(path))).ToList();
            if (verdicts.Any(verdict => verdict.Valid != valid))
            {
                disagreements.Add($"{Path.GetRelativePath(RepositoryPaths.Root, path)} should be {(valid ? "valid" : "invalid")}: " + string.Join(", ", verdicts.Select(static verdict => $"{verdict.Name} says {(verdict.Valid ? "valid" : "invalid")}")));
            }
        }

        output.WriteLine($"{string.Join(" and ", validators.Select(static validator => validator.Name))}: the verdict of the folder on {expected.Count - disagreements.Count} of {expected.Count} documents ({expected.Count(static document => document.Valid)} valid, {expected.Count(static document => !document.Valid)} invalid).");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }
}
