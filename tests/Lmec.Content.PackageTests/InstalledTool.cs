namespace Lmec.Content.PackageTests;

/// <summary>
/// The <c>lmec-content</c> tool installed from the packed <c>Lmec.Content.Cli</c> package into a tool
/// path of its own, as <c>dotnet tool install --tool-path</c> installs it for a partner.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lmec-content-package-tests-tool-");

    /// <summary>Gets the folder the tests may write their files in.</summary>
    public string WorkFolder => _folder.FullName;

    private string ToolPath => Path.Combine(_folder.FullName, "tools");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var install = await ProcessRun.RunAsync(
            ProcessRun.Dotnet,
            ["tool", "install", "Lmec.Content.Cli", "--tool-path", ToolPath, "--add-source", PackageFolder.Path, "--version", PackageFolder.Version],
            _folder.FullName,
            TimeSpan.FromMinutes(5),
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_folder.FullName, "packages") }).ConfigureAwait(false);
        install.AssertExitCode(0);
    }

    /// <summary>Runs the installed tool.</summary>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>What it wrote and returned.</returns>
    public Task<ProcessRun> RunAsync(params string[] arguments) =>
        ProcessRun.RunAsync(Path.Combine(ToolPath, "lmec-content"), arguments, _folder.FullName, TimeSpan.FromMinutes(1));

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
