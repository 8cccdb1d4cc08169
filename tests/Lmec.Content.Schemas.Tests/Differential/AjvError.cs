namespace Lmec.Content.Schemas.Tests.Differential;

/// <summary>One error Ajv reports.</summary>
/// <param name="Keyword">The schema keyword that failed, such as <c>pattern</c>.</param>
/// <param name="InstancePath">The JSON Pointer to the value, empty for the root.</param>
/// <param name="Message">Ajv's message.</param>
internal sealed record AjvError(string Keyword, string InstancePath, string Message)
{
    /// <summary>Gets the keyword with the start of Ajv's message, such as <c>minimum (must be &gt;= 1)</c>.</summary>
    internal string Brief => $"{Keyword} ({(Message.Length <= 50 ? Message : Message[..50] + "…")})";
}
