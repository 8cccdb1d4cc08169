using Lmec.Content.Model;

namespace Lmec.Content.Interop.SchemaOrg;

/// <summary>
/// Exports documents, articles and events to schema.org JSON-LD, for web pages whose content search
/// engines should understand: a newsletter issue becomes a <c>PublicationIssue</c> of a
/// <c>Periodical</c>, an article a <c>NewsArticle</c> about an <c>Event</c>, an organisation directory a
/// <c>CreativeWork</c> whose main entity is an <c>ItemList</c>; organisations (<c>Organization</c>,
/// <c>GovernmentOrganization</c>, <c>NGO</c>, <c>ResearchOrganization</c>, …) and people
/// (<c>Person</c>) are described once and referenced by <c>@id</c>.
/// </summary>
/// <remarks>
/// <para>
/// The output is one JSON object, <c>{"@context": "https://schema.org", "@graph": [...]}</c>, using
/// only types and properties of schema.org release 30.0, each property on a type in its domain. Texts
/// are written in the document's primary language; an organisation's names in other languages are
/// kept as language-tagged <c>alternateName</c> values.
/// </para>
/// <para>
/// The text is safe to embed in an HTML <c>&lt;script type="application/ld+json"&gt;</c> element as it
/// stands: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> are always escaped, so neither <c>&lt;/script&gt;</c>
/// nor <c>&lt;!--</c> can occur in it, whatever the document's texts hold.
/// </para>
/// <para>
/// A speech's speaker is a <c>performer</c> of the event: a <c>Role</c> whose <c>roleName</c> is the
/// speech's kind. Exporting a whole document describes every organisation and person it declares: those
/// that nothing else refers to are <c>mentions</c> of the document's node. Left out, as schema.org has no
/// place for them: sessions' kinds, participant groups' attendance, an event's conclusions (they are part
/// of the article's body), the printed form of telephone numbers; <c>docs/interop.md</c> lists them all.
/// All members are thread-safe.
/// </para>
/// </remarks>
public static class SchemaOrgJsonLd
{
    /// <summary>The JSON-LD context written: the schema.org vocabulary.</summary>
    public const string Context = "https://schema.org";

    /// <summary>Exports a whole document.</summary>
    /// <param name="document">The document: a newsletter issue with all its articles, an article document or an organisation directory.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="JsonLdExportOptions.Default"/>.</param>
    /// <returns>The JSON-LD text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="document"/> is of a type the model does not define.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document holds a value of one of the model's enums that the enum does not define, which only code can put there.</exception>
    public static string Export(ContentDocument document, JsonLdExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonLdGraphWriter.Write(document, options ?? JsonLdExportOptions.Default, static graph => graph.WriteDocument());
    }

    /// <summary>Exports one article, as for the article's own page: a <c>NewsArticle</c> about its event, part of its issue.</summary>
    /// <param name="document">The document that holds the article and declares the organisations and people it refers to.</param>
    /// <param name="article">The article.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="JsonLdExportOptions.Default"/>.</param>
    /// <returns>The JSON-LD text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="article"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="document"/> is of a type the model does not define.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document holds a value of one of the model's enums that the enum does not define, which only code can put there.</exception>
    public static string ExportArticle(ContentDocument document, Article article, JsonLdExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(article);
        return JsonLdGraphWriter.Write(document, options ?? JsonLdExportOptions.Default, graph => graph.WriteArticle(article));
    }

    /// <summary>Exports one event, as for the event's own page: an <c>Event</c> with its series, place, organisers and sessions.</summary>
    /// <param name="document">The document that holds the event and declares the organisations and people it refers to.</param>
    /// <param name="event">The event.</param>
    /// <param name="options">How to write; <see langword="null"/> for <see cref="JsonLdExportOptions.Default"/>.</param>
    /// <returns>The JSON-LD text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="event"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="document"/> is of a type the model does not define.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document holds a value of one of the model's enums that the enum does not define, which only code can put there.</exception>
    public static string ExportEvent(ContentDocument document, Event @event, JsonLdExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(@event);
        return JsonLdGraphWriter.Write(document, options ?? JsonLdExportOptions.Default, graph => graph.WriteEvent(@event));
    }
}
