using System.Diagnostics;
using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Interop;

/// <summary>
/// Runs a script of <c>npm-tools/</c> with Node.js, or npm itself: the tools of other stacks (json-schema-to-typescript,
/// quicktype, tsc, canonicalize, Ajv), installed by <c>npm ci</c> from the committed lockfile. Where Node.js or the packages are
/// missing the test is skipped, or fails under CI (<see cref="Prerequisite"/>).
/// </summary>
internal static class NpmTools
{
    /// <summary>Gets the folder with <c>package.json</c>, <c>package-lock.json</c> and the scripts.</summary>
    internal static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Lmec.Content.Schemas.Tests", "npm-tools");

    /// <summary>Runs a script and returns what it wrote on standard output; fails the test when it exits other than 0 or writes on standard error.</summary>
    /// <param name="script">The script's file name, such as <c>digests.mjs</c>.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>Its standard output.</returns>
    internal static string Run(string script, params string[] arguments)
    {
        var (output, error) = Start("node", Folder, [script, .. arguments]);
        Assert.True(error.Length == 0, $"{script} wrote on standard error: {error}");
        return output;
    }

    /// <summary>Runs npm, which writes its progress on standard error, and returns what it wrote on standard output; fails the test when it exits other than 0.</summary>
    /// <param name="workingDirectory">The folder to run it in.</param>
    /// <param name="arguments">Its arguments, such as <c>pack</c>.</param>
    /// <returns>Its standard output.</returns>
    internal static string Npm(string workingDirectory, params string[] arguments) => Start("npm", workingDirectory, arguments).Output;

    private static (string Output, string Error) Start(string program, string workingDirectory, IReadOnlyList<string> arguments)
    {
        Require();
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {standardError.Result}");
        return (standardOutput, standardError.Result);
    }

    private static void Require() =>
        Prerequisite.Require(WhyNot() is { } reason ? $"{reason} The checks with other stacks' tools need Node.js and `npm ci` in {Folder}." : null);

    private static string? WhyNot() =>
        Prerequisite.NodePackagesMissing(Folder, "ajv", "ajv-formats", "canonicalize", "json-schema-to-typescript", "quicktype-core", "typescript");
}
