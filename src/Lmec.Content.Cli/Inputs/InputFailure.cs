namespace Lmec.Content.Cli.Inputs;

/// <summary>An input that could not be read at all, such as a missing file or an unreadable folder.</summary>
/// <param name="Source">The path as given.</param>
/// <param name="Reason">Why it could not be read.</param>
internal sealed record InputFailure(string Source, string Reason);
