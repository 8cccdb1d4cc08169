namespace Lmec.Content.Testing;

/// <summary>What the marker line before a fenced block of a documentation page says the block is.</summary>
internal enum DocumentedBlockKind
{
    /// <summary>No marker: the block is only read.</summary>
    None,

    /// <summary><c>&lt;!-- sample: name --&gt;</c>: C# that quotes the region of that name in the samples the documentation tests run.</summary>
    Sample,

    /// <summary><c>&lt;!-- file: path --&gt;</c>: a whole file the reader saves at that path, relative to the folder that holds the clone.</summary>
    File,

    /// <summary><c>&lt;!-- commands: run --&gt;</c>: shell commands that the package tests run as written.</summary>
    Commands,

    /// <summary><c>&lt;!-- commands: not run, reason --&gt;</c>: shell commands shown for later, which no test runs.</summary>
    CommandsNotRun,
}
