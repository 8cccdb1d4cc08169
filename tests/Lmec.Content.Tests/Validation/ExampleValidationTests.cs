using Lmec.Content.Model;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Xunit.Abstractions;

namespace Lmec.Content.Tests.Validation;

public class ExampleValidationTests(ITestOutputHelper output)
{
    public static TheoryData<string> ExampleFiles() => [.. RepositoryPaths.AllExamples().Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Validate_Example_HasNoErrorsAndNoWarnings(string fileName)
    {
        var report = TestDocuments.Validator().Validate(File.ReadAllText(RepositoryPaths.Example(fileName)));
        foreach (var finding in report.Errors)
        {
            output.WriteLine(finding.ToString());
        }

        Assert.True(report.IsValid);
        Assert.Empty(report.Errors);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Validate_ExampleAsModel_AgreesWithText(string fileName)
    {
        var document = ContentJson.Deserialize<ContentDocument>(File.ReadAllText(RepositoryPaths.Example(fileName)));
        Assert.Empty(TestDocuments.Validator().Validate(document).Errors);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Read_Example_ReturnsTheDocumentThatContentJsonReads(string fileName)
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Example(fileName));
        var result = TestDocuments.Validator().Read<ContentDocument>(bytes);
        Assert.True(result.IsValid);
        Assert.Equal(ContentJson.Deserialize<ContentDocument>(bytes), result.GetValidDocument());
    }

    [Fact]
    public async Task ReadAsync_ExampleStream_ReturnsTypedDocument()
    {
        await using var stream = File.OpenRead(RepositoryPaths.Example("newsletter-2023-06.json"));
        var result = await TestDocuments.Validator().ReadAsync<NewsletterIssue>(stream);
        Assert.True(result.IsValid);
        Assert.Equal(6, result.Document.IssueNumber);
    }
}
