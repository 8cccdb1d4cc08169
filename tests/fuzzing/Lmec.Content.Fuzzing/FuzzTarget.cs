using System.Globalization;
using Lmec.Content.Testing;
using Lmec.Content.Validation;

namespace Lmec.Content.Fuzzing;

/// <summary>
/// What the fuzzer runs on each input: the raw-JSON validation entry point, then for a document reported
/// valid the typed read, a write and a read again, and the canonical digest. Any exception that escapes is a
/// crash: validation must answer every input with a report, and a valid document must round-trip.
/// </summary>
internal static class FuzzTarget
{
    private static readonly ContentValidator Validator = new(new LmecContentOptions { Culture = CultureInfo.InvariantCulture });

    /// <summary>Runs the target on one input.</summary>
    /// <param name="input">The input, as afl-fuzz gives it.</param>
    public static void Run(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        ValidationLaws.Check(Validator, buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>Runs the target on saved inputs and says which of them escape with an exception.</summary>
    /// <param name="files">The inputs' files.</param>
    /// <param name="output">Where to write one line per input, with the exception's stack trace for a crash.</param>
    /// <returns>0 when none crashed, 1 otherwise.</returns>
    public static int Replay(IEnumerable<string> files, TextWriter output)
    {
        var crashes = 0;
        foreach (var file in files)
        {
            try
            {
                using var input = File.OpenRead(file);
                Run(input);
                output.WriteLine($"ok     {file}");
            }
            catch (Exception exception) when (exception is not IOException)
            {
                crashes++;
                output.WriteLine($"CRASH  {file}{Environment.NewLine}{exception}");
            }
        }

        return crashes == 0 ? 0 : 1;
    }
}
