namespace Lmec.Content.Validation;

/// <summary>A problem an extension found in its content (<see cref="ContentExtension.Validate"/>).</summary>
/// <param name="Pointer">The RFC 6901 pointer to the value within the extension's content, <c>""</c> for the content itself.</param>
/// <param name="Detail">What is wrong, in the extension's own words.</param>
public sealed record ExtensionProblem(string Pointer, string Detail);
