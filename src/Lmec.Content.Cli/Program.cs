namespace Lmec.Content.Cli;

/// <summary>The entry point of the <c>lmec-content</c> tool.</summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => CliApplication.RunAsync(args, CliConsole.System);
}
