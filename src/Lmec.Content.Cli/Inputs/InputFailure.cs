using System.Globalization;
using Lmec.Content.Localization;

namespace Lmec.Content.Cli.Inputs;

/// <summary>An input that could not be read at all, such as a missing file or an unreadable folder.</summary>
/// <param name="Source">The path as given.</param>
/// <param name="Reason">Why it could not be read, in English, as machine output gives it.</param>
/// <param name="IsMissing">Whether the path names no file or folder, which the text report says in its own language.</param>
internal sealed record InputFailure(string Source, string Reason, bool IsMissing = false)
{
    /// <summary>Gets the reason given when a path names no file or folder: the built-in English, as machine output is.</summary>
    public static string MissingReason { get; } = MessageCatalog.Default.Format("cli.noSuchFileOrFolder", CultureInfo.InvariantCulture);
}
