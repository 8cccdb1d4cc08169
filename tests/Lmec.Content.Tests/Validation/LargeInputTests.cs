using Lmec.Content.Testing;
using Lmec.Content.Validation;
using Xunit.Abstractions;
using static Lmec.Content.Tests.Validation.TestDocuments;

namespace Lmec.Content.Tests.Validation;

/// <summary>A document of a gigabyte, made as it is read: refused with the size limit, read no further than the limit, with little memory.</summary>
public class LargeInputTests(ITestOutputHelper output)
{
    private const long OneGigabyte = 1L << 30;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Validate_OneGigabyteStream_IsRefusedEarlyWithLittleMemory(bool asynchronously)
    {
        var limit = new ContentLimits().MaxDocumentBytes;
        using var stream = new GeneratedStream("""{"kind":"newsletterIssue","title":{"en":" """, OneGigabyte);
        var validator = Validator();

        // The stream answers at once, so the whole validation runs on this thread, whose allocations are counted.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var report = asynchronously ? await validator.ValidateAsync(stream) : validator.Validate(stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        output.WriteLine($"read {stream.BytesRead:N0} of {OneGigabyte:N0} bytes; allocated {allocated:N0} bytes");

        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(report.Errors).Code);
        Assert.InRange(stream.BytesRead, limit + 1, limit + (128 * 1024));
        Assert.InRange(allocated, 0, 8L * limit);
    }
}
