namespace Lmec.Content.Interop.SchemaOrg;

/// <summary>How <see cref="SchemaOrgJsonLd"/> writes JSON-LD.</summary>
public sealed record JsonLdExportOptions
{
    /// <summary>Gets the default options: node ids relative to the page, no indentation.</summary>
    public static JsonLdExportOptions Default { get; } = new();

    /// <summary>
    /// Gets the address of the page or file that carries the JSON-LD. Every node's <c>@id</c> is a
    /// fragment of it built from the document's ids, such as <c>#organisation-lmec</c>, so organisations
    /// and people are described once and referenced everywhere else.
    /// </summary>
    /// <value>
    /// An absolute URI, whose fragment is ignored; <see langword="null"/> (the default) writes ids
    /// relative to the page, such as <c>#organisation-lmec</c>, which JSON-LD resolves against the
    /// address of the page the script element is embedded in.
    /// </value>
    /// <exception cref="ArgumentException">The value is a relative URI.</exception>
    public Uri? BaseUri
    {
        get;
        init => field = value is null || value.IsAbsoluteUri
            ? value
            : throw new ArgumentException($"The base URI must be absolute: '{value}'.", nameof(value));
    }

    /// <summary>Gets whether to indent the JSON by two spaces.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Indented { get; init; }
}
