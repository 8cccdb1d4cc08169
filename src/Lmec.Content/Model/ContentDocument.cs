using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lmec.Content.Model;

/// <summary>
/// A root document of the exchange: a <see cref="NewsletterIssue"/>, an <see cref="ArticleDocument"/>
/// or an <see cref="OrganisationDirectory"/>. It declares the organisations and people that its content
/// refers to by id, once each.
/// </summary>
public abstract record ContentDocument : ContentObject
{
    /// <summary>The version of the wire format this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>Gets the <c>$id</c> of the JSON Schema the document declares it follows.</summary>
    /// <value>An absolute URI, or <see langword="null"/> when the document does not say.</value>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-4)]
    public string? Schema { get; init; }

    /// <summary>Gets the version of the wire format, <c>major.minor</c>.</summary>
    /// <value>The default value is <c>1.0</c>, <see cref="CurrentSchemaVersion"/>.</value>
    [JsonRequired]
    [JsonPropertyOrder(-2)]
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the kind of the document, which its type fixes; written second, after <c>$schema</c>.</summary>
    [JsonPropertyOrder(-3)]
    public abstract DocumentKind Kind { get; }

    /// <summary>
    /// Gets the BCP 47 tag of the document's primary language: every multilingual text of the document
    /// has a text in it, except names, which may be given in their own language alone.
    /// </summary>
    [JsonPropertyOrder(-1)]
    public required string Language { get; init; }

    /// <summary>Gets the organisations the document refers to, each declared once.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    [JsonPropertyOrder(1000)]
    public IReadOnlyList<Organisation> Organisations { get; init => field = ContentList.From(value); } = ContentList.Empty<Organisation>();

    /// <summary>Gets the people the document refers to, each declared once.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    [JsonPropertyOrder(1001)]
    public IReadOnlyList<Person> People { get; init => field = ContentList.From(value); } = ContentList.Empty<Person>();

    /// <summary>Gets the documents the content refers to — strategies, declarations, action plans, letters — each declared once.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    [JsonPropertyOrder(1002)]
    public IReadOnlyList<RelatedDocument> Documents { get; init => field = ContentList.From(value); } = ContentList.Empty<RelatedDocument>();

    /// <summary>Gets the projects the content refers to, each declared once.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    [JsonPropertyOrder(1003)]
    public IReadOnlyList<Project> Projects { get; init => field = ContentList.From(value); } = ContentList.Empty<Project>();

    /// <summary>Gets the images, videos and audio recordings of the content, each declared once.</summary>
    /// <value>Never <see langword="null"/>; the default value is empty.</value>
    [JsonPropertyOrder(1004)]
    public IReadOnlyList<MediaObject> Media { get; init => field = ContentList.From(value); } = ContentList.Empty<MediaObject>();

    /// <summary>
    /// Gets the partners' own data: the content of each extension, by the extension's absolute URI. Validation checks each
    /// with the extension registered for its URI; an extension no one registered is an error in strict reading and a
    /// warning in lenient reading. Every reader keeps them on a round trip.
    /// </summary>
    /// <value>Never <see langword="null"/>; the default value is empty. Compared by the JSON values it holds.</value>
    /// <remarks>Register extensions in <see cref="LmecContentOptions.Extensions"/>.</remarks>
    [JsonPropertyOrder(1005)]
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; init => field = ExtensionMap.From(value); } = ExtensionMap.Empty;
}
