using BenchmarkDotNet.Configs;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// The configuration of <see cref="CoreCountBenchmarks"/>: the throughput column, from the size of the same archive, and
/// room for the build of the benchmark's process on a shared machine (BenchmarkDotNet gives up after two minutes).
/// </summary>
internal sealed class CoreCountConfig : ManualConfig
{
    /// <summary>Initializes the configuration.</summary>
    public CoreCountConfig()
    {
        AddColumn(new ThroughputColumn(BenchmarkData.ArchiveLines(BenchmarkData.Archive()).Sum(static line => (long)line.Length)));
        WithBuildTimeout(TimeSpan.FromMinutes(10));
    }
}
