namespace Lmec.Content.Tests.Validation.Extensions;

/// <summary>A partner's extension for the tests: its review of a submission.</summary>
public sealed record ReviewExtension
{
    /// <summary>Gets the status of the review.</summary>
    public required string Status { get; init; }

    /// <summary>Gets who reviewed.</summary>
    public string? Reviewer { get; init; }
}
