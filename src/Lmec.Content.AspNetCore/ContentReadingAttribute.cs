using Lmec.Content.Serialization;

namespace Lmec.Content.AspNetCore;

/// <summary>
/// How one endpoint, or every action of a controller, reads documents: strictly or leniently, and whether its
/// responses list warnings. Without it an endpoint reads as <see cref="LmecContentOptions.ReadMode"/> says and lists
/// warnings as <see cref="LmecContentWebApiOptions.IncludeWarnings"/> says; with it, both values are the attribute's.
/// </summary>
/// <remarks>
/// Put it on a controller, an action or a minimal-API handler (<c>[ContentReading(ReadMode = ContentReadMode.Lenient)]</c>),
/// or add it to an endpoint with <c>WithContentReading(...)</c>.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ContentReadingAttribute : Attribute
{
    /// <summary>Gets or sets how strictly the endpoint reads documents.</summary>
    /// <value>
    /// The default value is <see cref="ContentReadMode.Strict"/>. <see cref="ContentReadMode.Lenient"/> accepts documents of
    /// a newer minor version: a member the model does not define is kept and reported as a warning.
    /// </value>
    public ContentReadMode ReadMode { get; set; } = ContentReadMode.Strict;

    /// <summary>Gets or sets whether the endpoint's problem responses and NDJSON results list warnings beside errors.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool IncludeWarnings { get; set; } = true;
}
