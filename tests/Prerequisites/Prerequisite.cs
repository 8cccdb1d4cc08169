using System.ComponentModel;
using System.Diagnostics;

namespace Lmec.Content.Testing;

/// <summary>
/// The one policy for tests that need something from outside the repository (Node.js and Ajv's
/// <c>node_modules</c>, the reference files in <c>../shared/reference</c>, Debian's Chromium): where it is missing the test shows
/// as skipped, with the reason, never as passed; under CI (<c>CI=true</c>), which must have everything, it fails.
/// A test that calls <see cref="Require(string?)"/> is a <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>.
/// </summary>
/// <remarks>
/// Not in <c>tests/Shared</c>: that folder is compiled into every test project and the fuzzing harness, which do
/// not reference Xunit.SkippableFact. The test projects that need this file link it.
/// </remarks>
internal static class Prerequisite
{
    /// <summary>Skips the test, or fails it under CI, when something it needs is missing.</summary>
    /// <param name="missing">What is missing and how to get it, or <see langword="null"/> when nothing is.</param>
    public static void Require(string? missing) => Require(missing, Environment.GetEnvironmentVariable("CI"));

    /// <summary>Tells what is missing for a test that runs Node.js packages installed with <c>npm ci</c> in a folder.</summary>
    /// <param name="folder">The folder whose <c>node_modules</c> holds the packages.</param>
    /// <param name="packages">The packages the test runs.</param>
    /// <returns>Why the test cannot run, or <see langword="null"/> when Node.js and every package are there.</returns>
    public static string? NodePackagesMissing(string folder, params string[] packages)
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            node.StandardOutput.ReadToEnd();
            node.WaitForExit();
        }
        catch (Win32Exception)
        {
            return "Node.js (node) is not on the PATH.";
        }

        var missing = packages.Where(package => !Directory.Exists(Path.Combine(folder, "node_modules", package))).ToList();
        return missing.Count == 0 ? null : $"The npm packages {string.Join(", ", missing)} are not installed.";
    }

    /// <summary>Skips the test, or fails it when <paramref name="ci"/> says this is CI, when something it needs is missing.</summary>
    /// <param name="missing">What is missing and how to get it, or <see langword="null"/> when nothing is.</param>
    /// <param name="ci">The value of the <c>CI</c> environment variable; <c>true</c> (any case) means CI.</param>
    public static void Require(string? missing, string? ci)
    {
        if (missing is null)
        {
            return;
        }

        Skip.IfNot(string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase), missing);
        Assert.Fail($"{missing} Under CI (CI=true) this test must run: .ci/run installs Ajv and Chromium, and CI has ../shared beside the checkout.");
    }
}
