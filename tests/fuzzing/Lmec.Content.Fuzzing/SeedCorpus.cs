using Lmec.Content.Testing;

namespace Lmec.Content.Fuzzing;

/// <summary>Writes the seed corpus: the example documents and the small inputs of the bad-input cases.</summary>
internal static class SeedCorpus
{
    // afl-fuzz works best on small seeds and refuses files over 1 MB; the cases over the size limits stay out.
    private const int MaxSeedBytes = 64 * 1024;

    /// <summary>Writes every seed into a folder, one file each.</summary>
    /// <param name="folder">The folder; created when missing.</param>
    /// <returns>0.</returns>
    public static int Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var count = 0;
        foreach (var example in RepositoryPaths.AllExamples())
        {
            File.Copy(example, Path.Combine(folder, Path.GetFileName(example)), overwrite: true);
            count++;
        }

        foreach (var (item, index) in BadInputCases.Small(MaxSeedBytes).Select((item, index) => (item, index)))
        {
            File.WriteAllBytes(Path.Combine(folder, $"bad-input-{index:D3}.json"), item.Utf8);
            count++;
        }

        Console.WriteLine($"{count} seeds written to {folder}");
        return 0;
    }
}
