namespace Lmec.Content.Json;

/// <summary>A finding of the front end's scan, at a byte offset of the text, before its line and column are known.</summary>
/// <param name="Code">The code.</param>
/// <param name="Path">The RFC 6901 JSON Pointer.</param>
/// <param name="Offset">The byte offset in the text without its byte order mark.</param>
/// <param name="MessageKey">The key of the message: the code, or the code and a variant.</param>
/// <param name="Arguments">The message's values.</param>
internal readonly record struct JsonProblem(string Code, string Path, int Offset, string MessageKey, object?[] Arguments);
