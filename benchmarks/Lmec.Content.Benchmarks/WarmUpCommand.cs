using System.Diagnostics;
using System.Globalization;
using Lmec.Content.Validation;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// The <c>warm-up</c> command of the benchmarks app: where the time of one run of the tool on a large archive goes.
/// In one process, it validates the archive as <c>lmec-content validate --parallel 1</c> does
/// (<see cref="ContentArchive.ReadLinesAsync"/> into <see cref="ContentValidator.ReadManyAsync{TItem, TResult}"/>) three times,
/// printing the time of every 1,000 documents of the first pass, then the documents held in memory once more (no file
/// read); and the floor (<see cref="JsonDocumentFloor"/>) on the same documents in memory, a first and a second time.
/// The first pass pays the compilation of the code as the run goes (tier 0 and ReadyToRun code at first, the optimized
/// code later); the later passes show what the same work costs once the code is compiled.
/// </summary>
internal static class WarmUpCommand
{
    private const int Block = 1_000;

    /// <summary>Runs the measurement and prints it.</summary>
    /// <param name="path">The archive.</param>
    /// <returns>The exit code, 0.</returns>
    public static async Task<int> RunAsync(string path)
    {
        var process = Stopwatch.StartNew();
        var validator = new ContentValidator();
        var maxDocumentBytes = new ContentLimits().MaxDocumentBytes;
        List<ReadOnlyMemory<byte>> documents = [];
        for (var pass = 1; pass <= 3; pass++)
        {
            documents.Clear();
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var blocks = new List<string>();
            await using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, useAsync: true))
            {
                var lines = ContentArchive.ReadLinesAsync(stream, maxDocumentBytes);
                var options = new ParallelValidationOptions { MaxDegreeOfParallelism = 1 };
                await foreach (var content in validator.ReadManyAsync(lines, static line => line.Content, static (line, _) => line.Content, options).ConfigureAwait(false))
                {
                    documents.Add(content);
                    if (pass == 1 && documents.Count % Block == 0)
                    {
                        blocks.Add(Milliseconds(clock.Elapsed));
                    }
                }
            }

            Print($"pass {pass}, from the file", clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, documents.Count);
            if (pass == 1)
            {
                Console.WriteLine($"  elapsed at every {Block:N0} documents: {string.Join(" ", blocks)}");
            }
        }

        Time("validation, documents in memory", () =>
        {
            foreach (var document in documents)
            {
                validator.Read<Model.ContentDocument>(document);
            }
        });
        Time("floor, first time, documents in memory", () => Floor(documents));
        Time("floor, second time, documents in memory", () => Floor(documents));
        Console.WriteLine($"process: {process.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture)} s");
        return 0;

        void Time(string name, Action work)
        {
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            work();
            Print(name, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, documents.Count);
        }
    }

    private static void Floor(List<ReadOnlyMemory<byte>> documents)
    {
        foreach (var document in documents)
        {
            JsonDocumentFloor.ParseAndTouch(document);
        }
    }

    private static void Print(string name, TimeSpan wall, TimeSpan cpu, int documents) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {documents} documents, {wall.TotalSeconds:F3} s wall, {cpu.TotalSeconds:F3} s CPU"));

    private static string Milliseconds(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
