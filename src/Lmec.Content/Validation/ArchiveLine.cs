namespace Lmec.Content.Validation;

/// <summary>One document of an <c>.ndjson</c> archive, as <see cref="ContentArchive.ReadLinesAsync"/> reads it.</summary>
/// <param name="Number">The document's line in the archive, from 1.</param>
/// <param name="Content">The line's bytes without its line end; a line longer than the size limit is cut to the limit plus one byte, for validation to reject with its size limit.</param>
public sealed record ArchiveLine(int Number, ReadOnlyMemory<byte> Content);
