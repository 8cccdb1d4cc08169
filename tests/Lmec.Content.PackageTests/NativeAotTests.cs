namespace Lmec.Content.PackageTests;

public sealed class NativeAotTests(NativeAotConsumer consumer) : IClassFixture<NativeAotConsumer>
{
    [Fact]
    public void Publish_SucceedsWithoutTrimOrAotWarnings()
    {
        consumer.Publish.AssertExitCode(0);
        Assert.DoesNotContain("warning", consumer.Publish.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Run_ExampleNewsletter_ValidatesRoundTripsAndExports()
    {
        var run = await consumer.RunAsync(TestDocuments.Newsletter);

        run.AssertExitCode(0);
        Assert.StartsWith("valid:", run.Output, StringComparison.Ordinal);
        Assert.Contains("round trip equal", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidDocument_ExitsOneWithTheError()
    {
        var run = await consumer.RunAsync(TestDocuments.WriteInvalidNewsletter(consumer.WorkFolder));

        run.AssertExitCode(1);
        Assert.Contains("LMEC101", run.Output, StringComparison.Ordinal);
    }
}
