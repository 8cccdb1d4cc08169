using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Agreement;

public class ExampleDocumentTests
{
    public static TheoryData<string> ExampleFiles() => [.. RepositoryPaths.AllExamples().Select(static path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_ValidatedBySchemaValidator_IsValid(string fileName)
    {
        var report = new SchemaValidator().Validate(File.ReadAllText(RepositoryPaths.Example(fileName)));

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
        Assert.Empty(report.Errors);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_ValidatedByJsonSchemaNet_IsValid(string fileName)
    {
        var (isValid, failures) = new JsonSchemaNetValidator().Evaluate(File.ReadAllText(RepositoryPaths.Example(fileName)));

        Assert.True(isValid, string.Join("\n", failures));
    }
}
