using Lmec.Content.Schemas.Generation;
using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Generation;

/// <summary>
/// The drift test: the committed schemas are exactly what the model generates. To rewrite them after a
/// change to the model, run <c>LMEC_UPDATE_SCHEMAS=1 dotnet test tests/Lmec.Content.Schemas.Tests</c>.
/// </summary>
public class PublishedSchemaFilesTests
{
    private const string UpdateVariable = "LMEC_UPDATE_SCHEMAS";

    /// <summary>Gets whether this run rewrites the committed files rather than comparing with them.</summary>
    internal static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Gets what to do when committed files differ from what the code generates.</summary>
    internal static string UpdateHint => $"Run `{UpdateVariable}=1 dotnet test tests/Lmec.Content.Schemas.Tests` to rewrite them, then review and commit the change.";

    [Fact]
    public void PublishedSchemas_Regenerated_MatchCommittedFiles()
    {
        var generated = PublishedSchemaSet.Generate();
        var committed = Directory.EnumerateFiles(RepositoryPaths.SchemasV1, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (Updating)
        {
            foreach (var stale in committed.Except(generated.Select(static file => file.Key)))
            {
                File.Delete(Path.Combine(RepositoryPaths.SchemasV1, stale!));
            }

            foreach (var (fileName, text) in generated)
            {
                File.WriteAllText(Path.Combine(RepositoryPaths.SchemasV1, fileName), text);
            }

            return;
        }

        var hint = "The model and schemas/v1 differ. " + UpdateHint;
        Assert.True(generated.Select(static file => file.Key).Order(StringComparer.Ordinal).SequenceEqual(committed), hint);
        foreach (var (fileName, text) in generated)
        {
            var lines = text.Split('\n');
            var committedLines = File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, fileName)).Split('\n');
            var first = Enumerable.Range(0, Math.Max(lines.Length, committedLines.Length))
                .FirstOrDefault(i => i >= lines.Length || i >= committedLines.Length || lines[i] != committedLines[i], -1);
            Assert.True(first < 0, $"{fileName} differs from line {first + 1}. {hint}");
        }
    }

    [Fact]
    public void EmbeddedSchemas_AreTheCommittedFiles()
    {
        // A run that rewrites the files still embeds the earlier ones; the next build embeds the new.
        if (Updating)
        {
            return;
        }

        foreach (var schema in ContentSchemas.All)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, schema.FileName)), SchemaRegistry.Default.GetText(schema.Id));
        }
    }
}
