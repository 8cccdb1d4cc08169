using System.Text.Json;
using Lmec.Content.Serialization;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Tests;

/// <summary>
/// Every case of <c>bad-inputs.md</c> (<see cref="BadInputCases"/>, the list the library's tests run) through
/// <c>lmec-content validate</c>: on standard input one at a time, and all in one <c>.ndjson</c> archive read as a
/// stream; the same code and pointer as the library, the exit code that goes with the verdict, no stack trace.
/// </summary>
public sealed class ValidateBadInputTests : IDisposable
{
    // Not a timing: an answer later than this, even for the 16 MiB cases on a busy machine, is a hang.
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private readonly TemporaryFolder _folder = new();

    public static TheoryData<string> Cases() => [.. BadInputCases.All.Select(item => item.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_BadInputOnStandardInput_ReportsItsCodeAtItsPointer(string caseName)
    {
        var item = BadInputCases.Get(caseName);

        var run = await CliRun.RunWithInputAsync(item.Utf8, Arguments(item.Mode, "-")).WaitAsync(HangBound);

        Assert.Equal(item.IsValid ? 0 : 1, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        var document = Assert.Single(Documents(run.Output));
        var mismatch = item.Mismatch(document.Valid, document.Findings);
        Assert.True(mismatch is null, mismatch);
    }

    [Theory]
    [InlineData(ContentReadMode.Strict)]
    [InlineData(ContentReadMode.Lenient)]
    public async Task Validate_BadInputsInOneArchive_ReportsEachAtItsLine(ContentReadMode mode)
    {
        // One document a line: the cases of this mode whose bytes hold no line break and are not blank, which an archive skips.
        var cases = BadInputCases.All.Where(item => item.Mode == mode && !item.Utf8.AsSpan().ContainsAny((byte)'\n', (byte)'\r') && !item.Utf8.AsSpan().Trim(" \t"u8).IsEmpty).ToList();
        var archive = _folder.File("bad-inputs.ndjson");
        await File.WriteAllBytesAsync(archive, [.. cases.SelectMany(item => item.Utf8.Append((byte)'\n'))]);

        var run = await CliRun.RunAsync(Arguments(mode, archive)).WaitAsync(HangBound);

        Assert.Equal(cases.TrueForAll(item => item.IsValid) ? 0 : 1, run.ExitCode);
        var documents = Documents(run.Output);
        Assert.Equal(Enumerable.Range(1, cases.Count).Select(line => (int?)line), documents.Select(document => document.Line));
        foreach (var (item, document) in cases.Zip(documents))
        {
            var mismatch = (item with { Line = item.Line + document.Line - 1 }).Mismatch(document.Valid, document.Findings);
            Assert.True(mismatch is null, mismatch);
        }
    }

    public void Dispose() => _folder.Dispose();

    private static string[] Arguments(ContentReadMode mode, string path) =>
        mode == ContentReadMode.Lenient ? ["validate", "--format", "json", "--lenient", path] : ["validate", "--format", "json", path];

    private static List<(int? Line, bool Valid, IReadOnlyCollection<ValidationError> Findings)> Documents(string output)
    {
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("documents").EnumerateArray().Select(document => (
            document.TryGetProperty("line", out var line) ? line.GetInt32() : (int?)null,
            document.GetProperty("valid").GetBoolean(),
            (IReadOnlyCollection<ValidationError>)[.. document.GetProperty("errors").EnumerateArray().Select(Finding)]))];
    }

    private static ValidationError Finding(JsonElement error) => new()
    {
        Code = error.GetProperty("code").GetString()!,
        Severity = error.GetProperty("severity").GetString() == "warning" ? ValidationSeverity.Warning : ValidationSeverity.Error,
        Path = error.GetProperty("path").GetString()!,
        Message = error.GetProperty("message").GetString()!,
        Line = error.TryGetProperty("line", out var line) ? line.GetInt32() : null,
        Column = error.TryGetProperty("column", out var column) ? column.GetInt32() : null,
    };
}
