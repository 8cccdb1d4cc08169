namespace Lmec.Content.Cli.Inputs;

/// <summary>What reading the inputs yields: a document, or an input that could not be read.</summary>
/// <param name="Document">The document, or <see langword="null"/> for a failure.</param>
/// <param name="Failure">The failure, or <see langword="null"/> for a document.</param>
internal readonly record struct InputItem(InputDocument? Document, InputFailure? Failure);
