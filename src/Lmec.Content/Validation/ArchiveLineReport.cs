namespace Lmec.Content.Validation;

/// <summary>The report on one document of an <c>.ndjson</c> archive, as <see cref="ContentValidator.ValidateLinesAsync"/> gives it.</summary>
/// <param name="Line">The document's line in the archive, from 1.</param>
/// <param name="Report">The report, whose findings' lines are lines of the archive (<see cref="ContentArchive.LineInArchive"/>).</param>
public sealed record ArchiveLineReport(int Line, ValidationReport Report);
