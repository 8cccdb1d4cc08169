using System.Diagnostics;
using System.Text.Json;
using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Agreement;

/// <summary>
/// Runs <c>ajv/validate.mjs</c>: Ajv in strict mode with ajv-formats, installed by <c>npm ci</c> from the
/// committed lockfile. Without Node.js or the installed packages the test that needs Ajv is skipped, or fails
/// under CI (<c>CI=true</c>): <see cref="Require"/>, which the differential test's <c>AjvSession</c> and the OpenAPI test of <c>Lmec.Content.AspNetCore.Tests</c> call too.
/// </summary>
internal static class AjvRunner
{
    /// <summary>Gets the folder with <c>package.json</c>, <c>package-lock.json</c>, <c>validate.mjs</c> and <c>serve.mjs</c>.</summary>
    internal static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Lmec.Content.Schemas.Tests", "ajv");

    /// <summary>Validates documents with Ajv against the committed schemas; skips the test where Ajv cannot run.</summary>
    /// <param name="documents">The full paths of the documents.</param>
    /// <param name="schemaFolder">The folder of the schemas Ajv loads, every <c>*.schema.json</c> in it; <see langword="null"/> for <c>schemas/v1</c>.</param>
    /// <returns>The schemas Ajv compiled and its verdict on each document.</returns>
    internal static AjvResult Run(IReadOnlyList<string> documents, string? schemaFolder = null)
    {
        Require();

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("validate.mjs");
        start.ArgumentList.Add(schemaFolder ?? RepositoryPaths.SchemasV1);
        foreach (var document in documents)
        {
            start.ArgumentList.Add(document);
        }

        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"validate.mjs exited with {process.ExitCode}: {standardError.Result}");
        Assert.True(standardError.Result.Length == 0, $"Ajv complained: {standardError.Result}");

        using var result = JsonDocument.Parse(standardOutput);
        return new AjvResult(
            [.. result.RootElement.GetProperty("compiled").EnumerateArray().Select(static id => new Uri(id.GetString()!))],
            result.RootElement.GetProperty("results").EnumerateArray().ToDictionary(
                static entry => entry.GetProperty("file").GetString()!,
                static entry => entry.GetProperty("valid").GetBoolean(),
                StringComparer.Ordinal));
    }

    /// <summary>Skips the test, or fails it under CI (<c>CI=true</c>), when Node.js or the installed packages are missing.</summary>
    internal static void Require() =>
        Prerequisite.Require(WhyNot() is { } reason ? $"{reason} The Ajv agreement check needs Node.js and `npm ci` in {Folder}." : null);

    private static string? WhyNot() => Prerequisite.NodePackagesMissing(Folder, "ajv", "ajv-formats");
}
