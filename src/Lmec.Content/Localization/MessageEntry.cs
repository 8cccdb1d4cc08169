namespace Lmec.Content.Localization;

/// <summary>One entry of a message file.</summary>
/// <param name="Key">The key: a code, a code and a variant (<c>LMEC020.comment</c>), or another name (<c>cli.summary</c>).</param>
/// <param name="Template">The text.</param>
/// <param name="Line">The line of the file it is on, from 1.</param>
/// <param name="Note">The comment on the line just above it, without its <c>#</c>, such as the English source in a translation; <see langword="null"/> when there is none.</param>
internal sealed record MessageEntry(string Key, MessageTemplate Template, int Line, string? Note);
