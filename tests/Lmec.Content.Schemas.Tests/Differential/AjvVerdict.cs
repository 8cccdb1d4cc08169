namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>Ajv's verdict on one document.</summary>
/// <param name="IsValid">Whether some root document schema accepts the document.</param>
/// <param name="Errors">Ajv's errors against the schema the document's <c>kind</c> names.</param>
internal sealed record AjvVerdict(bool IsValid, IReadOnlyList<AjvError> Errors);
