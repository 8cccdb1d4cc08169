namespace Lmec.Content.Schemas.Tests.Conformance;

/// <summary>A finding a conformance document must produce: its code and where.</summary>
/// <param name="Code">The LMEC3xx code.</param>
/// <param name="Pointer">The RFC 6901 pointer.</param>
internal sealed record ExpectedError(string Code, string Pointer)
{
    /// <summary>Returns the finding as <c>code at pointer</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} at '{Pointer}'";
}
