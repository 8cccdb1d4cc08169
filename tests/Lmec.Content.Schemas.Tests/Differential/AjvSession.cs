using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Lmec.Content.Schemas.Tests.Agreement;
using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>
/// One Node.js process running <c>ajv/serve.mjs</c> for a whole run: documents go in as NDJSON lines on its
/// standard input, one verdict per line comes back on its standard output, in order. Starting one process per
/// document would cost more than the validation itself.
/// </summary>
internal sealed class AjvSession : IDisposable
{
    /// <summary>How long one verdict may take before the run fails; Ajv answers in well under a millisecond.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Task<string> _standardError;

    private AjvSession(Process process)
    {
        _process = process;
        _standardError = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts Ajv; skips the test where it cannot run, as <see cref="AjvRunner.Require"/> says.</summary>
    /// <returns>The session.</returns>
    internal static AjvSession Start()
    {
        AjvRunner.Require();

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = AjvRunner.Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("serve.mjs");
        start.ArgumentList.Add(RepositoryPaths.SchemasV1);
        return new AjvSession(Process.Start(start)!);
    }

    /// <summary>Validates one document.</summary>
    /// <param name="json">The document, written on one line (compact JSON has no raw line break).</param>
    /// <returns>Ajv's verdict.</returns>
    internal AjvVerdict Validate(string json)
    {
        _process.StandardInput.WriteLine(json);
        _process.StandardInput.Flush();
        var line = _process.StandardOutput.ReadLineAsync();
        if (!line.Wait(Timeout) || line.Result is null)
        {
            Assert.Fail($"serve.mjs gave no verdict within {Timeout.TotalSeconds} s (exited: {_process.HasExited}): {Complaint()}\nDocument: {json}");
        }

        using var verdict = JsonDocument.Parse(line.Result!);
        return new AjvVerdict(
            verdict.RootElement.GetProperty("valid").GetBoolean(),
            [.. verdict.RootElement.GetProperty("errors").EnumerateArray().Select(static error => new AjvError(
                error.GetProperty("keyword").GetString()!,
                error.GetProperty("instancePath").GetString()!,
                error.GetProperty("message").GetString() ?? string.Empty))]);
    }

    /// <summary>Closes Ajv's input, so that it exits, and waits for it; kills it if it does not.</summary>
    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(Timeout))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private string Complaint() => _process.HasExited ? _standardError.Result : "(still running)";
}
