using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;

namespace Lmec.Content.Tests.Examples;

public class ExampleDocumentTests
{
    public static TheoryData<string> ExampleFiles() => [.. RepositoryPaths.AllExamples().Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_ReadStrictlyAndWrittenIndented_IsByteIdentical(string fileName)
    {
        var text = File.ReadAllText(RepositoryPaths.Example(fileName));
        var document = ContentJson.Deserialize<ContentDocument>(text);
        Assert.Equal(text, ContentJson.Serialize(document, indented: true) + "\n");
    }

    [Fact]
    public void Examples_CoverEveryDocumentKind() =>
        Assert.Equal(
            Enum.GetValues<DocumentKind>(),
            RepositoryPaths.AllExamples().Select(path => ContentJson.Deserialize<ContentDocument>(File.ReadAllText(path)).Kind).Distinct().Order());
}
