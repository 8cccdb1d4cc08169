using System.ComponentModel;
using System.Diagnostics;
using Lmec.Content.Schemas.Tests.Conformance;
using Lmec.Content.Testing;

namespace Lmec.Content.Schemas.Tests.Interop;

/// <summary>
/// <c>docs/samples/validate_with_jsonschema.py</c> run by Debian's Python with Debian's <c>python3-jsonschema</c>, as
/// <c>docs/partners.md</c> says to install it, gives every document of the corpus the verdict of its folder, offline,
/// with the modular schemas and with each bundle alone. <c>.ci/run</c> installs the package when it is missing.
/// </summary>
public class PythonSampleTests
{
    private const string DebianPython = "/usr/bin/python3";

    public static TheoryData<string> SchemaFolders() => [string.Empty, "bundled"];

    [SkippableTheory]
    [MemberData(nameof(SchemaFolders))]
    public void Sample_DebianJsonschema_GivesEveryDocumentTheVerdictOfItsFolder(string schemaFolder)
    {
        Prerequisite.Require(WhyNot());
        var valid = RepositoryPaths.AllExamples().Concat(Directory.EnumerateFiles(InvalidCorpus.ValidFolder, "*.json")).ToList();
        var invalid = Directory.EnumerateFiles(InvalidCorpus.InvalidFolder, "*.json").Where(static path => Path.GetFileName(path) != "manifest.json").ToList();

        var lines = Run([Path.Combine(RepositoryPaths.Root, "docs", "samples", "validate_with_jsonschema.py"), Path.Combine(RepositoryPaths.SchemasV1, schemaFolder), .. valid, .. invalid]);

        var judgedValid = lines.Where(static line => line.EndsWith(": valid", StringComparison.Ordinal)).Select(static line => line[..^": valid".Length]).ToHashSet(StringComparer.Ordinal);
        var reported = lines.Select(line => valid.Concat(invalid).FirstOrDefault(path => line.StartsWith(path + ": ", StringComparison.Ordinal))).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.All(valid, path => Assert.True(judgedValid.Contains(path), $"{path} should be valid"));
        Assert.All(invalid, path => Assert.True(reported.Contains(path) && !judgedValid.Contains(path), $"{path} should be reported invalid"));
    }

    private static List<string> Run(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(DebianPython) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var standardOutput = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 1, $"the sample exited with {process.ExitCode}: {standardError.Result}");
        return [.. standardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string? WhyNot()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(DebianPython, ["-c", "import jsonschema"]) { RedirectStandardError = true, UseShellExecute = false })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : "Debian's python3-jsonschema is not installed (apt-get install python3-jsonschema).";
        }
        catch (Win32Exception)
        {
            return $"No Debian Python at {DebianPython}.";
        }
    }
}
