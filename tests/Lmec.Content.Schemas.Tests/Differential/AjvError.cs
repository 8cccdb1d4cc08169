namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>One error Ajv reports.</summary>
/// <param name="Keyword">The schema keyword that failed, such as <c>pattern</c>.</param>
/// <param name="InstancePath">The JSON Pointer to the value, empty for the root.</param>
/// <param name="Message">Ajv's message.</param>
internal sealed record AjvError(string Keyword, string InstancePath, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Keyword} at {(InstancePath.Length == 0 ? "(root)" : InstancePath)}";
}
