namespace Lmec.Content.Cli.Tests;

/// <summary>A folder of its own for a test's files, removed with everything in it when disposed.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    /// <summary>Gets the folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("lmec-content-cli-tests-").FullName;

    /// <summary>Gets the full path of a file in the folder.</summary>
    /// <param name="fileName">The file name, or a path relative to the folder.</param>
    /// <returns>The full path.</returns>
    public string File(string fileName) => System.IO.Path.Combine(Path, fileName);

    /// <summary>Writes a file in the folder, creating the subfolders of its path.</summary>
    /// <param name="fileName">The file name, or a path relative to the folder.</param>
    /// <param name="text">The text, written as UTF-8.</param>
    /// <returns>The file's full path.</returns>
    public string Write(string fileName, string text) => Write(fileName, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a file in the folder, creating the subfolders of its path.</summary>
    /// <param name="fileName">The file name, or a path relative to the folder.</param>
    /// <param name="bytes">The file's content.</param>
    /// <returns>The file's full path.</returns>
    public string Write(string fileName, byte[] bytes)
    {
        var path = File(fileName);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
