using Lmec.Content.Testing;

namespace Lmec.Content.Cli.Tests;

/// <summary>
/// Compares an output with its committed copy under <c>tests/Lmec.Content.Cli.Tests/Golden/</c>. After an
/// intended change of the output, run <c>LMEC_UPDATE_GOLDEN=1 dotnet test tests/Lmec.Content.Cli.Tests</c>:
/// it rewrites the copies instead, and the diff shows what changed; review it and commit it.
/// </summary>
internal static class GoldenFile
{
    /// <summary>Gets the folder of the committed outputs.</summary>
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Lmec.Content.Cli.Tests", "Golden");

    /// <summary>
    /// Asserts that an output holds no machine path and equals its committed copy, or rewrites the copy when
    /// <c>LMEC_UPDATE_GOLDEN=1</c>.
    /// </summary>
    /// <param name="fileName">The copy's file name in <see cref="Folder"/>.</param>
    /// <param name="actual">The output.</param>
    public static void AssertMatches(string fileName, string actual)
    {
        Assert.DoesNotContain(RepositoryPaths.Root, actual, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), actual, StringComparison.Ordinal);
        var path = Path.Combine(Folder, fileName);
        if (Environment.GetEnvironmentVariable("LMEC_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No golden file {fileName}: run `LMEC_UPDATE_GOLDEN=1 dotnet test tests/Lmec.Content.Cli.Tests`, review and commit it.");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
