namespace Lmec.Content.Validation;

/// <summary>
/// The limits that the JSON front end (<see cref="Json.JsonFrontEnd"/>) enforces before anything else reads a
/// document, so that a hostile or broken document costs bounded time and memory. The one set of limits of
/// every path: content validation, the schema check and canonicalization.
/// </summary>
public sealed class ContentLimits
{
    /// <summary>The default of <see cref="MaxDepth"/>: System.Text.Json's, and the depth the typed reader allows.</summary>
    internal const int DefaultMaxDepth = 64;

    /// <summary>The largest <see cref="MaxDepth"/> accepted, which keeps the readers' recursion shallow.</summary>
    internal const int MaxAllowedDepth = 1000;

    /// <summary>Gets or sets the largest document accepted, in bytes of UTF-8.</summary>
    /// <value>The default value is 16 MiB (16,777,216 bytes). Must be positive.</value>
    public int MaxDocumentBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Gets or sets how deeply objects and arrays may nest; the root object is depth 1.</summary>
    /// <value>The default value is 64. Must lie between 1 and 1,000.</value>
    public int MaxDepth { get; set; } = DefaultMaxDepth;

    /// <summary>Gets or sets the longest string value or member name accepted, in UTF-8 bytes as written between its quotes.</summary>
    /// <value>The default value is 1 MiB (1,048,576 bytes). Must be positive.</value>
    public int MaxStringLength { get; set; } = 1024 * 1024;

    /// <summary>Gets or sets the most elements one array may hold.</summary>
    /// <value>The default value is 100,000. Must be positive.</value>
    public int MaxArrayLength { get; set; } = 100_000;

    /// <summary>
    /// Gets or sets the most findings one report lists. When a validation reaches it, it stops looking for more
    /// and ends the report with a <see cref="ValidationCodes.TooManyFindings"/> error (the document was not
    /// checked to its end), so that a document built to raise a finding at every element costs bounded time
    /// and memory.
    /// </summary>
    /// <value>The default value is 10,000. Must be positive.</value>
    public int MaxFindings { get; set; } = 10_000;

    /// <summary>Returns a copy, so that later changes to this instance do not reach a validator that took it.</summary>
    /// <returns>The copy.</returns>
    public ContentLimits Clone() => (ContentLimits)MemberwiseClone();

    /// <summary>Checks that every limit is in its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    internal void ThrowIfInvalid()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDocumentBytes, nameof(MaxDocumentBytes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDepth, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDepth, MaxAllowedDepth, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStringLength, nameof(MaxStringLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxArrayLength, nameof(MaxArrayLength));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFindings, nameof(MaxFindings));
    }
}
