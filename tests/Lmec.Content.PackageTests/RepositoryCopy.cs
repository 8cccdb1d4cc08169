using Lmec.Content.Testing;

namespace Lmec.Content.PackageTests;

/// <summary>
/// A scratch folder that holds a copy of the repository's tracked files, <c>lmec-content/</c>, as a clone of
/// it would: the folder a reader of the documentation runs its commands from.
/// </summary>
public sealed class RepositoryCopy : IAsyncLifetime
{
    /// <summary>The folder name of the copy, as the documentation names the clone.</summary>
    public const string Name = "lmec-content";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lmec-content-documented-commands-");

    /// <summary>Gets the folder that holds the copy and, after a page's commands ran, what they made.</summary>
    public string WorkFolder => Path.Combine(_folder.FullName, "work");

    /// <summary>Gets a folder beside the work folder for the test's own files.</summary>
    public string ScratchFolder => _folder.FullName;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        // The files a clone would hold: the tracked ones, as the working tree has them, so that an edit is
        // tested before it is committed; build output and other untracked files stay behind.
        var list = await ProcessRun.RunAsync("git", ["ls-files", "-z"], RepositoryPaths.Root, TimeSpan.FromMinutes(1)).ConfigureAwait(false);
        list.AssertExitCode(0);
        foreach (var file in list.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(RepositoryPaths.Root, file);
            if (File.Exists(source))
            {
                var target = Path.Combine(WorkFolder, Name, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
        }
    }

    /// <summary>Empties the work folder but for the copy, whose build output later pages may reuse.</summary>
    public void Reset()
    {
        foreach (var entry in new DirectoryInfo(WorkFolder).EnumerateFileSystemInfos().Where(static entry => entry.Name != Name))
        {
            if (entry is DirectoryInfo folder)
            {
                folder.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
