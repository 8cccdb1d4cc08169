using System.Globalization;
using Lmec.Content.Localization;

namespace Lmec.Content.Reports;

/// <summary>An input that could not be read at all, such as a missing file, an unreadable folder or a folder with no documents.</summary>
/// <param name="Source">The path as given.</param>
/// <param name="Reason">Why it could not be read, in English, as machine output gives it.</param>
/// <param name="ReasonKey">
/// The catalogue key of the reason when the tool states it itself (a missing path, no documents), which reports for
/// people give in their own language; <see langword="null"/> when the reason is the operating system's.
/// </param>
public sealed record InputFailure(string Source, string Reason, string? ReasonKey = null)
{
    /// <summary>Creates the failure of a path that names no file or folder.</summary>
    /// <param name="source">The path.</param>
    /// <returns>The failure.</returns>
    public static InputFailure Missing(string source) => Stated(source, "cli.noSuchFileOrFolder");

    /// <summary>Creates the failure of a folder in which no document file was found.</summary>
    /// <param name="source">The folder.</param>
    /// <returns>The failure.</returns>
    public static InputFailure NoDocumentsInFolder(string source) => Stated(source, "cli.noDocumentsInFolder");

    /// <summary>Creates the failure of an archive with no document line.</summary>
    /// <param name="source">The archive.</param>
    /// <returns>The failure.</returns>
    public static InputFailure NoDocumentsInArchive(string source) => Stated(source, "cli.noDocumentsInArchive");

    // Machine output is in the built-in English whatever the language asked for, as for the findings' codes.
    private static InputFailure Stated(string source, string key) =>
        new(source, MessageCatalog.Default.Format(key, CultureInfo.InvariantCulture), key);
}
