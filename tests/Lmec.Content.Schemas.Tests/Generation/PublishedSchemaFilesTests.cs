using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Generation;

/// <summary>
/// The drift test: the committed generated files (<see cref="GeneratedFiles"/>) are exactly what the model
/// generates. To rewrite them after a change to the model, run
/// <c>LMEC_UPDATE_SCHEMAS=1 dotnet test tests/Lmec.Content.Schemas.Tests</c>.
/// </summary>
public class PublishedSchemaFilesTests
{
    [Fact]
    public void GeneratedFiles_Regenerated_MatchCommittedFiles()
    {
        var hint = "The model and schemas/v1 differ. " + GeneratedFiles.UpdateHint;

        Assert.True(GeneratedFiles.All.Keys.SequenceEqual(GeneratedFiles.OnDisk(RepositoryPaths.SchemasV1)), hint);
        foreach (var (path, text) in GeneratedFiles.All)
        {
            var lines = text.Split('\n');
            var committedLines = File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, path)).Split('\n');
            var first = Enumerable.Range(0, Math.Max(lines.Length, committedLines.Length))
                .FirstOrDefault(i => i >= lines.Length || i >= committedLines.Length || lines[i] != committedLines[i], -1);
            Assert.True(first < 0, $"{path} differs from line {first + 1}. {hint}");
        }
    }

    [Fact]
    public void EmbeddedSchemas_AreTheCommittedFiles()
    {
        // A run that rewrote the files still embeds the earlier ones; the next build embeds the new.
        if (GeneratedFiles.Updating)
        {
            return;
        }

        foreach (var schema in ContentSchemas.All)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.SchemasV1, schema.FileName)), SchemaRegistry.Default.GetText(schema.Id));
        }
    }

    [Fact]
    public void Write_OverStaleAndChangedFiles_LeavesExactlyTheGeneratedFilesAndNothingElseTouched()
    {
        var root = Directory.CreateTempSubdirectory("lmec-schemas-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "conformance", "invalid"));
            Directory.CreateDirectory(Path.Combine(root, "conformance", "valid"));
            File.WriteAllText(Path.Combine(root, "retired.schema.json"), "{}");
            File.WriteAllText(Path.Combine(root, "article.schema.json"), "{}");
            File.WriteAllText(Path.Combine(root, "conformance", "invalid", "retired.json"), "{}");
            File.WriteAllText(Path.Combine(root, "conformance", "valid", "hand-written.json"), "{}");
            File.WriteAllText(Path.Combine(root, "conformance", "README.md"), "kept");

            GeneratedFiles.Write(root, GeneratedFiles.All);

            Assert.Equal(GeneratedFiles.All.Keys, GeneratedFiles.OnDisk(root));
            Assert.All(GeneratedFiles.All, file => Assert.Equal(file.Value, File.ReadAllText(Path.Combine(root, file.Key))));
            Assert.Equal("{}", File.ReadAllText(Path.Combine(root, "conformance", "valid", "hand-written.json")));
            Assert.Equal("kept", File.ReadAllText(Path.Combine(root, "conformance", "README.md")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
