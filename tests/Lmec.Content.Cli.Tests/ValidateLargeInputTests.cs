using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Tests;

/// <summary>A document of a gigabyte on standard input, made as it is read: the tool refuses it with the size limit and reads no further.</summary>
public class ValidateLargeInputTests
{
    [Fact]
    public async Task Validate_OneGigabyteOnStandardInput_IsRefusedWithTheSizeLimitReadingNoFurther()
    {
        using var input = new GeneratedStream("""{"kind":"newsletterIssue","title":{"en":" """, 1L << 30);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["validate", "--format", "json", "-"], new CliConsole(output, error, () => input, IsOutputTerminal: false, IsErrorTerminal: false));

        Assert.Equal(1, exitCode);
        Assert.Contains($"\"code\":\"{ValidationCodes.DocumentTooLarge}\"", output.ToString(), StringComparison.Ordinal);
        Assert.InRange(input.BytesRead, new ContentLimits().MaxDocumentBytes + 1L, new ContentLimits().MaxDocumentBytes + (128L * 1024));
    }
}
