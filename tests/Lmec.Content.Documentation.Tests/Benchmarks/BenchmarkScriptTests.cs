using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Lmec.Content.Testing;

namespace Lmec.Content.Documentation.Tests.Benchmarks;

/// <summary>
/// The scripts that docs/benchmarks.md tells to run: the chart drawn from a BenchmarkDotNet report
/// (<c>benchmarks/chart/throughput.py</c>), and the archive measurement of the tool (<c>benchmarks/archive/measure.py</c>),
/// run here on a small archive with the tool and the benchmarks app built beside the tests. They need python3.
/// </summary>
public sealed class BenchmarkScriptTests : IDisposable
{
    private static readonly string Chart = Path.Combine(RepositoryPaths.Root, "benchmarks", "chart", "throughput.py");
    private static readonly string Measure = Path.Combine(RepositoryPaths.Root, "benchmarks", "archive", "measure.py");
    private static readonly string Report = Path.Combine(RepositoryPaths.Root, "tests", "Lmec.Content.Documentation.Tests", "Benchmarks", "CoreCountBenchmarks-report.csv");

    private readonly string _folder = Directory.CreateTempSubdirectory("lmec-benchmark-scripts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SkippableFact]
    public async Task Chart_OfACoreCountReport_DrawsEachMethodOnEachCoreCountWithItsThroughput()
    {
        var svg = Path.Combine(_folder, "throughput.svg");

        var (exitCode, _, error) = await RunPythonAsync(Chart, Report, svg);

        Assert.True(exitCode == 0, error);
        var bars = XDocument.Load(svg).Descendants(XName.Get("rect", "http://www.w3.org/2000/svg"))
            .Where(static rect => (string?)rect.Attribute("class") == "bar")
            .ToDictionary(static rect => ((string)rect.Attribute("data-method")!, (int)rect.Attribute("data-cores")!), static rect => double.Parse((string)rect.Attribute("data-mbps")!, CultureInfo.InvariantCulture));
        var rows = File.ReadLines(Report).Skip(1).Count(static line => line.Length > 0);
        Assert.Equal(rows, bars.Count);
        Assert.Equal(181.7, bars[("JsonDocument floor", 1)]);
        Assert.Equal(28.6, bars[("read + validate strict", 2)]);
        Assert.Contains(bars.Keys, static key => key.Item1 == "JsonSchema.Net");
    }

    [SkippableFact]
    public async Task Chart_OfAReportWithoutThroughput_FailsSayingWhatIsMissing()
    {
        var report = Path.Combine(_folder, "other-report.csv");
        await File.WriteAllLinesAsync(report, ["Method,Mean,Error", "'STJ source-gen',16.93 ms,0.5 ms"]);

        var (exitCode, _, error) = await RunPythonAsync(Chart, report, Path.Combine(_folder, "never.svg"));

        Assert.Equal(1, exitCode);
        Assert.Contains("MB/s", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "never.svg")));
    }

    [SkippableFact]
    public async Task Measure_OfASmallArchive_ComparesTheToolWithTheFloorAndChecksItsReports()
    {
        var archive = Path.Combine(_folder, "archive.ndjson");

        var (exitCode, output, error) = await RunPythonAsync(
            Measure, "--no-build", "--rounds", "1", "--size", "300kB", "--archive", archive,
            "--tool", Path.Combine(AppContext.BaseDirectory, "lmec-content.dll"),
            "--benchmarks", Path.Combine(AppContext.BaseDirectory, "Lmec.Content.Benchmarks.dll"));

        Assert.True(exitCode == 0, output + error);
        Assert.True(new FileInfo(archive).Length >= 300_000);
        Assert.Contains("| floor (JsonDocument) |", output, StringComparison.Ordinal);
        Assert.Contains("load average after", output, StringComparison.Ordinal);
        Assert.Matches(@"peak RSS of the tool: [0-9.]+ MB", output);
        // Until the tool has --parallel, the script says so and measures the tool without it.
        Assert.True(
            output.Contains("reports byte-identical (all 2 runs", StringComparison.Ordinal) || output.Contains("the tool rejects --parallel", StringComparison.Ordinal),
            output);
    }

    [Fact]
    public async Task WarmUp_OfASmallArchive_TimesThreePassesTheDocumentsInMemoryAndTheFloor()
    {
        var archive = Path.Combine(_folder, "archive.ndjson");
        var benchmarks = Path.Combine(AppContext.BaseDirectory, "Lmec.Content.Benchmarks.dll");
        var (generated, generateOutput, _) = await RunAsync("dotnet", benchmarks, "generate-archive", archive, "100kB");
        Assert.True(generated == 0, generateOutput);
        var documents = generateOutput.Split(' ')[0];

        var (exitCode, output, error) = await RunAsync("dotnet", benchmarks, "warm-up", archive);

        Assert.True(exitCode == 0, output + error);
        foreach (var name in (string[])["pass 1, from the file", "pass 2, from the file", "pass 3, from the file", "validation, documents in memory", "floor, first time, documents in memory", "floor, second time, documents in memory"])
        {
            Assert.Matches($@"(?m)^{name}: {documents} documents, [0-9.]+ s wall, [0-9.]+ s CPU$", output);
        }
    }

    private static Task<(int ExitCode, string Output, string Error)> RunPythonAsync(params string[] args) => RunAsync("python3", args);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception) when (program == "python3")
        {
            Prerequisite.Require("Python 3 (python3) is not on the PATH: the benchmark scripts need it.");
            throw;
        }

        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await error);
        }
    }
}
