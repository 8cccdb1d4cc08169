namespace Lmec.Content.Reports;

/// <summary>What reading the inputs yields: a document, an input that could not be read, or a file passed over.</summary>
/// <param name="Document">The document, or <see langword="null"/>.</param>
/// <param name="Failure">The failure, or <see langword="null"/>.</param>
/// <param name="Skipped">
/// The path of a pipe, socket or device met in a folder, which is passed over rather than read, or <see langword="null"/>.
/// </param>
public readonly record struct InputItem(InputDocument? Document, InputFailure? Failure, string? Skipped = null);
