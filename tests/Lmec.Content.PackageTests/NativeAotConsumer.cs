using System.Runtime.InteropServices;
using Lmec.Content.Testing;

namespace Lmec.Content.PackageTests;

/// <summary>
/// <c>AotConsumer/</c> published with native AOT against the packed packages, once for all the tests
/// that run it. Publishing fails on any trimming or AOT warning, as warnings are errors.
/// </summary>
public sealed class NativeAotConsumer : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lmec-content-package-tests-aot-");

    /// <summary>Gets the folder the tests may write their files in.</summary>
    public string WorkFolder => _folder.FullName;

    /// <summary>Gets what <c>dotnet publish</c> wrote and returned.</summary>
    public ProcessRun Publish { get; private set; } = new(-1, "", "");

    private string Program => Path.Combine(_folder.FullName, "out", "AotConsumer");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryPaths.Root, "tests", "Lmec.Content.PackageTests", "AotConsumer", "AotConsumer.csproj");
        Publish = await ProcessRun.RunAsync(
            ProcessRun.Dotnet,
            ["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", Path.GetDirectoryName(Program)!],
            _folder.FullName,
            TimeSpan.FromMinutes(10),
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = null }).ConfigureAwait(false);
    }

    /// <summary>Runs the published native program.</summary>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>What it wrote and returned.</returns>
    public Task<ProcessRun> RunAsync(params string[] arguments)
    {
        Publish.AssertExitCode(0);
        return ProcessRun.RunAsync(Program, arguments, _folder.FullName, TimeSpan.FromMinutes(1));
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
