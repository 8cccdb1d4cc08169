namespace Lmec.Content.Schemas.Tests.Agreement;

/// <summary>What Ajv said: the schemas it compiled in strict mode, and its verdict on each document.</summary>
/// <param name="Compiled">The $id of every schema compiled.</param>
/// <param name="Verdicts">Whether some root document schema accepts each document, by its path.</param>
internal sealed record AjvResult(IReadOnlyList<Uri> Compiled, IReadOnlyDictionary<string, bool> Verdicts);
