namespace Lmec.Content.Cli.Tests;

/// <summary>
/// A folder that cannot be listed by anyone, root included (for whom permissions do not count): a subfolder
/// lies deeper than the 4,096 bytes a path may have on Linux. It is built from two shorter chains of
/// folders, the second moved into the first, and taken apart again when disposed so that its parent can be
/// deleted.
/// </summary>
internal sealed class UnlistableFolder : IDisposable
{
    private const int Levels = 12;
    private static readonly string Segment = new('d', 200);

    private readonly string _parked;
    private readonly string _moved;

    /// <summary>Initialises the folder.</summary>
    /// <param name="parent">The folder to create it in.</param>
    public UnlistableFolder(string parent)
    {
        Path = System.IO.Path.Combine(parent, "unlistable");
        _parked = System.IO.Path.Combine(parent, "inner");
        _moved = System.IO.Path.Combine(CreateChain(Path), "inner");
        CreateChain(_parked);
        Directory.Move(_parked, _moved);
    }

    /// <summary>Gets the folder's full path.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public void Dispose() => Directory.Move(_moved, _parked);

    private static string CreateChain(string root) =>
        Directory.CreateDirectory(System.IO.Path.Combine([root, .. Enumerable.Repeat(Segment, Levels)])).FullName;
}
