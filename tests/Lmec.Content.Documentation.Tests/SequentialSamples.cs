namespace Lmec.Content.Documentation.Tests;

/// <summary>
/// The samples run one at a time in the examples folder, so that they can name the example files as a
/// reader in that folder would.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SequentialSamples
{
    public const string Name = "Documentation samples";
}
