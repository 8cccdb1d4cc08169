namespace Lmec.Content.Model;

/// <summary>A series or programme of events, such as a roundtable dialogue held over several meetings.</summary>
public sealed record EventSeries : ContentObject
{
    /// <summary>Gets the id of the series, an ASCII slug.</summary>
    /// <value>The id, or <see langword="null"/> when the series has none.</value>
    public string? Id { get; init; }

    /// <summary>Gets the name of the series.</summary>
    public required LocalizedText Name { get; init; }
}
