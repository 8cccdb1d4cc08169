namespace Lmec.Content.Cli.Tests;

/// <summary>A folder of its own for a test's files, removed with everything in it when disposed.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    /// <summary>Gets the folder's full path.</summary>
    public string Path { get; } = Directory.CreateTempSubdirectory("lmec-content-cli-tests-").FullName;

    /// <summary>Gets the full path of a file in the folder.</summary>
    /// <param name="fileName">The file name.</param>
    /// <returns>The full path.</returns>
    public string File(string fileName) => System.IO.Path.Combine(Path, fileName);

    /// <summary>Writes a file in the folder.</summary>
    /// <param name="fileName">The file name.</param>
    /// <param name="text">The text, written as UTF-8.</param>
    /// <returns>The file's full path.</returns>
    public string Write(string fileName, string text)
    {
        System.IO.File.WriteAllText(File(fileName), text);
        return File(fileName);
    }

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
