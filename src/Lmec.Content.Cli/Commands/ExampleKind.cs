namespace Lmec.Content.Cli.Commands;

/// <summary>The example documents the <c>example</c> command writes.</summary>
internal enum ExampleKind
{
    /// <summary>The LMEC newsletter, Issue 6, 2023.</summary>
    Issue,

    /// <summary>A partner's article submission.</summary>
    Article,

    /// <summary>A directory of the Lancang-Mekong countries' environment ministries.</summary>
    Directory,
}
