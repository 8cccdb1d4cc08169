using Lmec.Content.Model;

namespace Lmec.Content.Schemas.Tests.Generation;

/// <summary>A note an integrator keeps, extending the model's base type.</summary>
public sealed record PartnerNote : ContentObject
{
    /// <summary>Gets the note.</summary>
    public required LocalizedText Text { get; init; }

    /// <summary>Gets who to ask about the note.</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];
}
