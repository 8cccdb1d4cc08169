using Lmec.Content.Cli.Inputs;
using Lmec.Content.Model;
using Lmec.Content.Validation;

namespace Lmec.Content.Cli.Reporting;

/// <summary>The verdict on one document.</summary>
/// <param name="Document">The document checked.</param>
/// <param name="Kind">Its kind, when it could be recognised.</param>
/// <param name="Report">The validation report.</param>
internal sealed record DocumentResult(InputDocument Document, DocumentKind? Kind, ValidationReport Report)
{
    /// <summary>Gets the line of a finding in the file: archive lines are added to the finding's own line.</summary>
    /// <param name="error">The finding.</param>
    /// <returns>The line in the file, or <see langword="null"/> when unknown.</returns>
    public int? LineInFile(ValidationError error) =>
        Document.Line is { } archiveLine ? archiveLine + (error.Line ?? 1) - 1 : error.Line;
}
