using BenchmarkDotNet.Running;
using Lmec.Content.Benchmarks;

// Three commands for the archive measurement (benchmarks/archive/measure.py, and where the tool's time goes);
// everything else is BenchmarkDotNet's.
return args switch
{
    ["generate-archive", var path, var size] => ArchiveCommands.GenerateArchive(path, size),
    ["floor", var path] => ArchiveCommands.Floor(path),
    ["warm-up", var path] => await WarmUpCommand.RunAsync(path),
    ["generate-archive" or "floor" or "warm-up", ..] => Usage(),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ArchiveCommands).Assembly).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("Usage: generate-archive PATH SIZE (such as 200MB) | floor PATH | warm-up PATH | BenchmarkDotNet's arguments (such as --filter '*')");
    return 2;
}
