namespace Lmec.Content.Interop.Ninjs;

/// <summary>How <see cref="NinjsExport"/> writes ninjs.</summary>
public sealed record NinjsExportOptions
{
    /// <summary>The default <see cref="UriPrefix"/>: <c>urn:lmec:</c>.</summary>
    public const string DefaultUriPrefix = "urn:lmec:";

    /// <summary>Gets the default options: <see cref="DefaultUriPrefix"/>, no indentation.</summary>
    public static NinjsExportOptions Default { get; } = new();

    /// <summary>
    /// Gets the start of the <c>uri</c> that identifies each news item. The rest is the kind of the item
    /// and its id from the document: <c>urn:lmec:article:symposium-2023</c>; after a prefix that ends in
    /// <c>/</c>, such as <c>https://en.lmec.org.cn/items/</c>, the two are separated by <c>/</c> instead
    /// of <c>:</c>.
    /// </summary>
    /// <value>The default value is <see cref="DefaultUriPrefix"/>.</value>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The value does not start an absolute URI.</exception>
    public string UriPrefix
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            // The scheme must be written: on Unix a bare path such as /items/ would read as a file URI.
            field = Uri.TryCreate(value + "item", UriKind.Absolute, out var uri) && value.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase)
                ? value
                : throw new ArgumentException($"The prefix must start an absolute URI, such as '{DefaultUriPrefix}': '{value}'.", nameof(value));
        }
    } = DefaultUriPrefix;

    /// <summary>Gets whether to indent the JSON by two spaces.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Indented { get; init; }
}
