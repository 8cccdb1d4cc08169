using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Serialization;

namespace Lmec.Content.Schemas.Tests.Properties;

public class SchemaPropertyTests
{
    private static readonly SchemaValidator Validator = new();
    private static readonly SchemaWalker Walker = new();

    [Property(MaxTest = 150)]
    public Property ValidDocument_Serialized_ValidatesAgainstTheCommittedSchema() =>
        Prop.ForAll(ContentGenerators.Documents.ToArbitrary(), static document =>
        {
            var json = ContentJson.Serialize(document);
            var report = Validator.Validate(json);
            Assert.True(report.IsValid, string.Join("\n", report.Errors) + "\n" + json);
        });

    [Property(MaxTest = 150)]
    public Property ValidDocument_BrokenAtOneConstraint_ReportsExactlyThatBreakage() =>
        Prop.ForAll(ContentGenerators.Documents.ToArbitrary(), ArbMap.Default.GeneratorFor<int>().Select(Math.Abs).ToArbitrary(), static (document, choice) =>
        {
            var node = JsonNode.Parse(ContentJson.Serialize(document))!;
            var root = Walker.Root(ContentSchemas.ForDocumentKind(document.Kind));
            var targets = Walker.Walk(node, root).Where(static site => site.Pointer != "/kind")
                .SelectMany(static site => InvalidCorpus.AllSweeps().SelectMany(sweep => sweep.Targets(site)))
                .ToList();
            var target = targets[choice % targets.Count];
            JsonNodeEdits.Apply(node, target.Pointer, target.Value?.DeepClone(), target.Remove);

            var report = Validator.Validate(node.ToJsonString());

            Assert.Equal(
                InvalidCorpus.Expected(node, target.Errors).Select(static error => error.ToString()).Order(StringComparer.Ordinal),
                report.Errors.Select(static error => new ExpectedError(error.Code, error.Path).ToString()).Order(StringComparer.Ordinal));
        });
}
