using Lmec.Content.Validation;

namespace Lmec.Content.Schemas.Tests;

public class BlockingCallsTests
{
    [Fact]
    public void SchemaPackage_NoMethod_WaitsSynchronouslyForATask() =>
        Assert.Empty(BlockingCalls.In(typeof(SchemaRegistry).Assembly));

    [Fact]
    public void ContentPackage_NoMethod_WaitsSynchronouslyForATask() =>
        Assert.Empty(BlockingCalls.In(typeof(ContentValidator).Assembly));

    [Fact]
    public void In_SyncOverAsync_FindsEveryKindOfWait()
    {
        var found = BlockingCalls.In(typeof(BlockingCallsTests).Assembly);

        Assert.Contains($"{nameof(BlockingCallsTests)}.{nameof(GetResultOfAwaiter)} calls TaskAwaiter`1.GetResult", found);
        Assert.Contains($"{nameof(BlockingCallsTests)}.{nameof(ResultOfTask)} calls Task`1.get_Result", found);
        Assert.Contains($"{nameof(BlockingCallsTests)}.{nameof(WaitForTask)} calls Task.Wait", found);
        Assert.DoesNotContain(found, static line => line.Contains(nameof(AwaitTask), StringComparison.Ordinal));
    }

    private static int GetResultOfAwaiter(Task<int> task) => task.GetAwaiter().GetResult();

    private static int ResultOfTask(Task<int> task) => task.Result;

    private static void WaitForTask(Task task) => task.Wait();

    private static async Task<int> AwaitTask(Task<int> task) => await task.ConfigureAwait(false);
}
