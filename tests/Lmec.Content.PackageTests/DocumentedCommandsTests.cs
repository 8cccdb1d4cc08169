using System.Globalization;
using System.Text;
using Lmec.Content.Testing;

namespace Lmec.Content.PackageTests;

/// <summary>
/// Runs the commands of every page as a reader types them: the blocks marked <c>&lt;!-- commands: run --&gt;</c>,
/// in page order, in one shell that starts in the folder that holds a copy of the repository, with the files
/// of the blocks marked <c>&lt;!-- file: path --&gt;</c> saved where the page says when the reader reaches them.
/// Each page starts afresh: the folder holds the copy (and its build output) and nothing else.
/// </summary>
public sealed class DocumentedCommandsTests(RepositoryCopy repository) : IClassFixture<RepositoryCopy>
{
    private const string EndOfFile = "LMEC_DOCUMENTED_FILE_ENDS";

    public static TheoryData<string> Pages() =>
        [.. DocumentationPages.All().Where(static page => DocumentationPages.Blocks(page).Any(static block => block.Kind == DocumentedBlockKind.Commands))];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task CommandBlocks_OfAPage_RunAsWritten(string page)
    {
        repository.Reset();
        var script = Path.Combine(repository.ScratchFolder, "commands.sh");
        await File.WriteAllTextAsync(script, Script(page, repository.WorkFolder));

        var run = await ProcessRun.RunAsync("bash", [script], repository.WorkFolder, TimeSpan.FromMinutes(10), Environment());

        Assert.True(run.ExitCode == 0, $"A command of {page} failed (exit code {run.ExitCode}); the commands as run are on stderr after '+'.\nstdout:\n{run.Output}\nstderr:\n{run.Error}");
    }

    // The page's commands and files as one script, in page order; files are written at the path the page
    // gives, from the folder the reader started in, whatever folder the commands went into.
    private static string Script(string page, string workFolder)
    {
        // The trace on stderr shows each command as run, after the seconds the page has taken so far.
        var script = new StringBuilder("PS4='+ [${SECONDS}s] '\nset -euxo pipefail\n");
        foreach (var block in DocumentationPages.Blocks(page))
        {
            if (block.Kind == DocumentedBlockKind.Commands)
            {
                script.Append(block.Text).Append('\n');
            }
            else if (block.Kind == DocumentedBlockKind.File)
            {
                Assert.DoesNotContain(EndOfFile, block.Text, StringComparison.Ordinal);
                var path = Path.Combine(workFolder, block.Name);
                script.Append(CultureInfo.InvariantCulture, $"mkdir -p '{Path.GetDirectoryName(path)}'\ncat > '{path}' <<'{EndOfFile}'\n{block.Text}\n{EndOfFile}\n");
            }
        }

        return script.ToString();
    }

    // NuGet restores into a packages folder of the test's own, so that the packages the pages pack are the
    // ones used, never a copy of the same version cached before (the pages pack the same copy, so one page may
    // take the packages another packed; one folder for all also keeps the copy's build incremental). What the
    // repository's own build needs comes from the machine's packages folder, read only, as on the reader's
    // machine after building the clone.
    private Dictionary<string, string?> Environment()
    {
        var machine = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var stale = Directory.Exists(machine) ? Directory.EnumerateDirectories(machine, "lmec.content*").ToList() : [];
        Assert.True(stale.Count == 0, $"{machine} holds {string.Join(", ", stale.Select(Path.GetFileName))}: remove them, or the commands of the pages would take them instead of the packages they build.");

        var path = System.Environment.GetEnvironmentVariable("PATH");
        return new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Path.Combine(repository.ScratchFolder, "packages"),
            ["NUGET_FALLBACK_PACKAGES"] = machine,
            // The `dotnet` that runs the tests answers the pages' `dotnet` too, wherever it is installed.
            ["PATH"] = Path.IsPathRooted(ProcessRun.Dotnet) ? Path.GetDirectoryName(ProcessRun.Dotnet) + Path.PathSeparator + path : path,
        };
    }
}
