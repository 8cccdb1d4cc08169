using Lmec.Content.Testing;

namespace Lmec.Content.Tests.Documentation;

public class ModelDocumentationTests
{
    [Fact]
    public void ModelPage_MatchesTheCode()
    {
        var path = Path.Combine(RepositoryPaths.Root, "docs", "model.md");
        var generated = ModelDocumentation.Generate();
        if (Environment.GetEnvironmentVariable("LMEC_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path) == generated,
            "docs/model.md is behind the code: run `LMEC_UPDATE_DOCS=1 dotnet test tests/Lmec.Content.Tests` and commit the result.");
    }
}
