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
