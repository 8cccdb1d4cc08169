using System.Runtime.CompilerServices;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lmec.Content.Validation;

namespace Lmec.Content.Tests.Validation;

/// <summary>Validation of many documents at once: order, back-pressure, cancellation, failures, and the same verdicts as one at a time.</summary>
public class ParallelValidationTests
{
    private static readonly ContentValidator Validator = TestDocuments.Validator();
    private static readonly byte[] Newsletter = Encoding.UTF8.GetBytes(TestDocuments.Newsletter);
    private static readonly byte[] Small = Encoding.UTF8.GetBytes(TestDocuments.Minimal);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public async Task ValidateManyAsync_DocumentsOfVeryDifferentSizes_ReportsInInputOrder(int degree)
    {
        // A large document before small and broken ones: the small ones are done first, and must still come after it.
        byte[][] documents = [Newsletter, Small, "{"u8.ToArray(), Newsletter.AsSpan(0, Newsletter.Length / 2).ToArray(), Small, "[]"u8.ToArray(), Newsletter, "{}"u8.ToArray()];

        var reports = await ToListAsync(Validator.ValidateManyAsync(Source(documents), new ParallelValidationOptions { MaxDegreeOfParallelism = degree }));

        Assert.Equal(documents.Select(document => Describe(Validator.Validate(document))), reports.Select(Describe));
    }

    [Fact]
    public async Task ValidateManyAsync_SlowCaller_ReadsNoFurtherAheadThanTheWindow()
    {
        const int Window = 3;
        var produced = 0;
        var received = 0;
        var mostAhead = 0;

        await foreach (var report in Validator.ValidateManyAsync(Counted(40, () => produced++), new ParallelValidationOptions { MaxDegreeOfParallelism = 2, MaxDocumentsInFlight = Window }))
        {
            received++;
            await Task.Delay(2);
            mostAhead = Math.Max(mostAhead, Volatile.Read(ref produced) - received);
        }

        Assert.Equal(40, received);
        Assert.InRange(mostAhead, 0, Window);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task ValidateManyAsync_Cancelled_ThrowsOperationCanceledException(int degree)
    {
        using var cancellation = new CancellationTokenSource();
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var report in Validator.ValidateManyAsync(Endless(), new ParallelValidationOptions { MaxDegreeOfParallelism = degree }, cancellation.Token))
            {
                if (++received == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(5, received);
    }

    [Fact]
    public async Task ValidateManyAsync_SourceThatHangsAndIgnoresCancellation_StillStopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var hanging = new TaskCompletionSource();

        var run = Task.Run(async () =>
        {
            await foreach (var report in Validator.ValidateManyAsync(Hanging(hanging.Task), new ParallelValidationOptions { MaxDegreeOfParallelism = 2 }, cancellation.Token))
            {
                await cancellation.CancelAsync();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        hanging.SetResult();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task ValidateManyAsync_LeftEarly_StopsReadingAndDisposesTheSource(int degree)
    {
        var produced = 0;
        var disposed = false;
        var received = 0;

        await foreach (var report in Validator.ValidateManyAsync(Counted(int.MaxValue, () => produced++, () => disposed = true), new ParallelValidationOptions { MaxDegreeOfParallelism = degree, MaxDocumentsInFlight = 4 }))
        {
            if (++received == 3)
            {
                break;
            }
        }

        var producedAtDisposal = Volatile.Read(ref produced);
        await Task.Delay(50);
        Assert.True(disposed);
        Assert.Equal(producedAtDisposal, Volatile.Read(ref produced));
        Assert.InRange(producedAtDisposal, 3, 3 + 4);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task ValidateManyAsync_SourceThrows_ReportsTheDocumentsBeforeThenThrowsItsException(int degree)
    {
        var reports = new List<ValidationReport>();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var report in Validator.ValidateManyAsync(Failing(3), new ParallelValidationOptions { MaxDegreeOfParallelism = degree }))
            {
                reports.Add(report);
            }
        });

        Assert.Equal("the source failed", exception.Message);
        Assert.Equal(3, reports.Count);
    }

    [Property(MaxTest = 40)]
    public Property ValidateManyAsync_AnyDocuments_AgreesWithValidatingOneAtATime(int[] edits, PositiveInt degree)
    {
        var documents = (edits ?? []).Take(12).Select(Edited).ToArray();

        var reports = ToListAsync(Validator.ValidateManyAsync(Source(documents), new ParallelValidationOptions { MaxDegreeOfParallelism = 1 + (degree.Get % 4) })).GetAwaiter().GetResult();

        return documents.Select(document => Describe(Validator.Validate(document))).SequenceEqual(reports.Select(Describe)).ToProperty();
    }

    [Fact]
    public async Task ReadManyAsync_ItemsWithoutContent_ArePassedOnInTheirPlace()
    {
        string?[] items = ["a", null, "b", null];

        var results = await ToListAsync(Validator.ReadManyAsync(
            Source(items),
            item => item is null ? (ReadOnlyMemory<byte>?)null : (item == "a" ? Newsletter : Small),
            (item, result) => (Item: item, Result: result),
            new ParallelValidationOptions { MaxDegreeOfParallelism = 3 }));

        Assert.Equal(items, results.Select(result => result.Item));
        Assert.Equal([true, false, true, false], results.Select(result => result.Result is not null));
        Assert.True(results[0].Result!.IsValid);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ReadManyAsync_ResultSelectorThrows_GivesTheResultsBeforeThenItsException(int degree)
    {
        var kept = new List<int>();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var count in Validator.ReadManyAsync(
                Source([0, 1, 2, 3, 4]),
                index => index % 2 == 0 ? Small : Newsletter,
                (index, result) => index == 3 ? throw new InvalidOperationException("the selector failed") : result!.Report.Errors.Count,
                new ParallelValidationOptions { MaxDegreeOfParallelism = degree }))
            {
                kept.Add(count);
            }
        });

        Assert.Equal("the selector failed", exception.Message);
        Assert.Equal([0, 0, 0], kept);
    }

    [Fact]
    public async Task ValidateLinesAsync_Archive_ReportsEachDocumentAtItsLineOfTheArchive()
    {
        var broken = "{\"kind\": 1}";
        var archive = Encoding.UTF8.GetBytes($"{TestDocuments.Minimal}\r\n\n   \n{broken}\n{TestDocuments.Minimal}");

        var reports = await ToListAsync(Validator.ValidateLinesAsync(new MemoryStream(archive), new ParallelValidationOptions { MaxDegreeOfParallelism = 2 }));

        Assert.Equal([1, 4, 5], reports.Select(report => report.Line));
        Assert.Equal(
            Validator.Validate(broken).Errors.Select(error => error with { Line = 4 }),
            reports[1].Report.Errors);
        Assert.True(reports[0].Report.IsValid && reports[2].Report.IsValid);
    }

    [Fact]
    public async Task ValidateLinesAsync_LineOverTheSizeLimit_IsReportedWithTheLimitAndTheNextLineIsRead()
    {
        var validator = TestDocuments.Validator(options => options.Limits.MaxDocumentBytes = 200);
        var archive = Encoding.UTF8.GetBytes($"[{new string('1', 100_000).Replace("11", "1,")}]\n{TestDocuments.Minimal}\n");

        var reports = await ToListAsync(validator.ValidateLinesAsync(new MemoryStream(archive)));

        Assert.Equal([1, 2], reports.Select(report => report.Line));
        TestDocuments.Single(reports[0].Report, ValidationCodes.DocumentTooLarge);
        Assert.True(reports[1].Report.IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ParallelValidationOptions_LessThanOne_Throws(int value)
    {
        var options = new ParallelValidationOptions();

        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxDegreeOfParallelism = value);
        Assert.Throws<ArgumentOutOfRangeException>(() => options.MaxDocumentsInFlight = value);
    }

    private static byte[] Edited(int edit)
    {
        // Whole, cut, one byte changed, or small: documents of every verdict and of very different sizes.
        var position = (int)((uint)edit % (uint)Newsletter.Length);
        switch ((uint)edit % 4)
        {
            case 0:
                return Newsletter;
            case 1:
                return Newsletter.AsSpan(0, position).ToArray();
            case 2:
                var changed = (byte[])Newsletter.Clone();
                changed[position] = (byte)(edit >> 8);
                return changed;
            default:
                return Small;
        }
    }

    private static string Describe(ValidationReport report) =>
        string.Join('\n', report.Errors.Select(error => $"{error.Code} {error.Severity} {error.Path} {error.Line}:{error.Column} {error.Message}"));

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    private static async IAsyncEnumerable<T> Source<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Source(IEnumerable<byte[]> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Counted(int count, Action produced, Action? disposed = null)
    {
        try
        {
            for (var index = 0; index < count; index++)
            {
                await Task.Yield();
                produced();
                yield return index % 2 == 0 ? Newsletter : Small;
            }
        }
        finally
        {
            disposed?.Invoke();
        }
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Endless([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return Newsletter;
        }
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Hanging(Task never)
    {
        yield return Small;
        await never;
        yield return Small;
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Failing(int before)
    {
        for (var index = 0; index < before; index++)
        {
            await Task.Yield();
            yield return Small;
        }

        throw new InvalidOperationException("the source failed");
    }
}
