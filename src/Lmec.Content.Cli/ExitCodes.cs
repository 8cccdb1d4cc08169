namespace Lmec.Content.Cli;

/// <summary>The exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>Every document is valid (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>At least one document is invalid.</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong, or an input cannot be read.</summary>
    public const int UsageOrUnreadable = 2;
}
