namespace Lmec.Content.Validation;

/// <summary>A place in a source text.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1, counted in Unicode scalar values.</param>
public readonly record struct SourcePosition(int Line, int Column);
