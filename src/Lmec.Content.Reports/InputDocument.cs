namespace Lmec.Content.Reports;

/// <summary>One document to check, and where it came from.</summary>
/// <param name="Source">The path or name of its file, or <c>-</c> for standard input or pasted text.</param>
/// <param name="Line">For a document read from an <c>.ndjson</c> archive, its line in the archive, from 1; otherwise <see langword="null"/>.</param>
/// <param name="Content">The document's bytes, as read.</param>
public sealed record InputDocument(string Source, int? Line, ReadOnlyMemory<byte> Content);
