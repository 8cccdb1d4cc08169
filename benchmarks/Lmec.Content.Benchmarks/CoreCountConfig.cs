using BenchmarkDotNet.Configs;

namespace Lmec.Content.Benchmarks;

/// <summary>The configuration of <see cref="CoreCountBenchmarks"/>: the throughput column, from the size of the same archive.</summary>
internal sealed class CoreCountConfig : ManualConfig
{
    /// <summary>Initializes the configuration.</summary>
    public CoreCountConfig() => AddColumn(new ThroughputColumn(BenchmarkData.ArchiveLines(BenchmarkData.Archive()).Sum(static line => (long)line.Length)));
}
