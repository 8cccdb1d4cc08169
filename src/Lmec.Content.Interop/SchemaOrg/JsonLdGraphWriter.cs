using System.Globalization;
using System.Text.Json;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Interop.SchemaOrg;

/// <summary>
/// Writes one JSON-LD graph of schema.org nodes: the node an export is about, then every organisation
/// and person that it refers to, each once, with an <c>@id</c> built from the document's ids.
/// </summary>
/// <remarks>
/// Only types and properties of schema.org release 30.0 are written, each property on a type in its
/// domain. Where schema.org has no property for a relation as specific as the model's (an organisation
/// that guided an event, a person's position in an organisation), the value is a <c>Role</c> with a
/// <c>roleName</c>, as schema.org prescribes.
/// </remarks>
internal sealed class JsonLdGraphWriter
{
    private readonly Utf8JsonWriter _writer;
    private readonly DocumentIndex _index;
    private readonly string _base;
    private readonly List<(string Kind, string Id)> _organisations = [];
    private readonly List<(string Kind, string Id)> _people = [];
    private readonly List<(string Kind, string Id)> _works = [];
    private readonly Dictionary<string, List<string>> _projectSubjects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _contactOrganisations = new(StringComparer.Ordinal);
    private ContactPoint? _contact;

    private JsonLdGraphWriter(Utf8JsonWriter writer, DocumentIndex index, Uri? baseUri)
    {
        _writer = writer;
        _index = index;
        _base = baseUri is null ? string.Empty : baseUri.GetLeftPart(UriPartial.Query);
    }

    /// <summary>Gets the <c>@id</c> of the document's contact block: there is one at most.</summary>
    private string ContactId => _base + "#contact";

    /// <summary>Writes a JSON-LD document holding one graph.</summary>
    /// <param name="document">The document that declares the organisations and people.</param>
    /// <param name="options">How to write.</param>
    /// <param name="writeMain">Writes the node the export is about.</param>
    /// <returns>The JSON-LD text.</returns>
    public static string Write(ContentDocument document, JsonLdExportOptions options, Action<JsonLdGraphWriter> writeMain) =>
        InteropJson.Write(options.Indented, writer =>
        {
            var graph = new JsonLdGraphWriter(writer, new DocumentIndex(document), options.BaseUri);
            writer.WriteStartObject();
            writer.WriteString("@context", SchemaOrgJsonLd.Context);
            writer.WriteStartArray("@graph");
            writeMain(graph);
            graph.WriteReferencedNodes();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });

    /// <summary>Writes the node of a whole document: a publication issue, a news article or a directory.</summary>
    /// <remarks>
    /// Every organisation and person the document declares is described: those that nothing else in the
    /// document's node refers to are its <c>mentions</c>.
    /// </remarks>
    public void WriteDocument() => _index.Visit(
        issue =>
        {
            UseContact(issue.Contact);
            WriteIssue(issue);
        },
        submission =>
        {
            UseContact(submission.Contact);
            WriteArticle(submission.Article, nested: false, wholeDocument: true);
        },
        WriteDirectory);

    /// <summary>Writes the node of an article on its own, as on the article's own page.</summary>
    /// <param name="article">The article.</param>
    public void WriteArticle(Article article) => WriteArticle(article, nested: false, wholeDocument: false);

    /// <summary>Writes the node of an event on its own, as on the event's own page.</summary>
    /// <param name="happening">The event.</param>
    public void WriteEvent(Event happening) => WriteEvent(happening, []);

    private void WriteIssue(NewsletterIssue issue)
    {
        _writer.WriteStartObject();
        WriteIssueHead(issue);
        _writer.WriteStartArray("hasPart");
        foreach (var article in issue.Articles)
        {
            WriteArticle(article, nested: true, wholeDocument: false);
        }

        if (issue.About is { } about)
        {
            _writer.WriteStartObject();
            _writer.WriteString("@type", "CreativeWork");
            _writer.WriteOptional("text", _index.Text(about.Text));
            _writer.WritePropertyName("about");
            WriteOrganisationReference(about.OrganisationId);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        WriteMentions([], [], wholeDocument: true);
        _writer.WriteEndObject();
    }

    private void WriteIssueHead(NewsletterIssue issue)
    {
        _writer.WriteString("@type", "PublicationIssue");
        _writer.WriteString("@id", Id("issue", issue.Id));
        _writer.WriteNumber("issueNumber", issue.IssueNumber);
        _writer.WriteString("datePublished", InteropJson.Date(issue.PublicationDate));
        _writer.WriteString("inLanguage", _index.Language);
        _writer.WritePropertyName("publisher");
        WriteOrganisationReference(issue.PublisherId);
        _writer.WriteStartObject("isPartOf");
        _writer.WriteString("@type", "Periodical");
        _writer.WriteOptional("name", _index.Text(issue.Title));
        _writer.WritePropertyName("publisher");
        WriteOrganisationReference(issue.PublisherId);
        _writer.WriteEndObject();
    }

    private void WriteArticle(Article article, bool nested, bool wholeDocument)
    {
        var issue = _index.Document as NewsletterIssue;
        var id = Id("article", article.Id);
        _writer.WriteStartObject();
        _writer.WriteString("@type", "NewsArticle");
        _writer.WriteString("@id", id);
        _writer.WriteOptional("headline", _index.Text(article.Headline));
        _writer.WriteOptional("url", article.Url);
        _writer.WriteArray("sameAs", article.AlternativeUrls, _writer.WriteStringValue);
        if (article.PublishedAt is not null)
        {
            _writer.WriteTimestamp("datePublished", article.PublishedAt);
        }
        else if ((article.DatePublished ?? issue?.PublicationDate) is { } published)
        {
            _writer.WriteString("datePublished", InteropJson.Date(published));
        }

        _writer.WriteTimestamp("dateModified", article.ModifiedAt);
        _writer.WriteString("inLanguage", _index.Language);
        WriteProperties(Contributors(article));
        _writer.WriteOptional("description", _index.Text(article.Summary));
        _writer.WriteOptional("dateline", _index.Text(article.Source?.Dateline));
        _writer.WriteOptional("articleBody", ArticleText.Write(article, _index));
        _writer.WriteArray("keywords", article.Topics, _writer.WriteStringValue);
        if (article.Event is { } happening)
        {
            _writer.WritePropertyName("about");
            WriteEvent(happening, article.Speeches);
        }

        if (issue is not null)
        {
            _writer.WritePropertyName("publisher");
            WriteOrganisationReference(issue.PublisherId);
            if (!nested)
            {
                _writer.WriteStartObject("isPartOf");
                WriteIssueHead(issue);
                _writer.WriteEndObject();
            }
        }

        if (_index.Document is ArticleDocument { SubmittedById: { } submitter })
        {
            _writer.WritePropertyName("sourceOrganization");
            WriteOrganisationReference(submitter);
        }

        WriteSource(article.Source);
        WriteTranslations(article.Translations);
        WriteWorkReferences("associatedMedia", "media", article.MediaIds, _index.Media);
        WriteWorkReferences("citation", "document", article.DocumentIds, _index.RelatedDocument);
        AddProjectSubject(id, article.ProjectIds.Concat(article.Speeches.SelectMany(static speech => speech.ProjectIds)));
        WriteMentions(
            article.Speeches.Select(static speech => speech.SpeakerId).OfType<string>()
                .Concat(article.Event?.Sessions.SelectMany(static session => session.SpeakerIds) ?? [])
                .Concat(article.Recommendations.Select(static recommendation => recommendation.ProponentId).OfType<string>()),
            article.Speeches.Select(static speech => speech.OrganisationId).OfType<string>(),
            wholeDocument);
        _writer.WriteEndObject();
    }

    /// <summary>
    /// Gets who wrote, edited, translated, photographed or reviewed an article: authors and editors by the properties
    /// of those names, reporters as authors in a <c>Role</c> named <c>reporter</c>, photographers and reviewers as
    /// contributors in a <c>Role</c> named by the model's wire name; a contributor known by a printed name only is a
    /// <c>Person</c> with that name. The translators of the texts in the document's language are its translators.
    /// </summary>
    private IEnumerable<(string Property, Action Write)> Contributors(Article article)
    {
        foreach (var author in article.AuthorIds)
        {
            yield return ("author", () => WritePersonReference(author));
        }

        foreach (var contributor in article.Contributors)
        {
            if (PersonValue(contributor.PersonId, contributor.Name) is not { } person)
            {
                continue;
            }

            yield return contributor.Role switch
            {
                ContributorRole.Author => ("author", person),
                ContributorRole.Editor => ("editor", person),
                ContributorRole.Translator => ("translator", person),
                ContributorRole.Reporter => ("author", () => WriteRole("Role", "author", ContentJson.GetWireName(contributor.Role), person)),
                _ => ("contributor", () => WriteRole("Role", "contributor", ContentJson.GetWireName(contributor.Role), person)),
            };
        }

        foreach (var translation in article.Translations.Where(translation => IsDocumentLanguage(translation.Language)))
        {
            foreach (var translator in Translators(translation))
            {
                yield return ("translator", translator);
            }
        }
    }

    /// <summary>
    /// Writes where an article's texts were translated from or into: the texts in the document's language as a
    /// translation of a work in another language (<c>translationOfWork</c>), a translation of them into another
    /// language as a <c>workTranslation</c> with its translators. Any other translation says nothing of the texts written.
    /// </summary>
    private void WriteTranslations(IReadOnlyList<TextTranslation> translations)
    {
        _writer.WriteArray("translationOfWork", translations.Where(translation => IsDocumentLanguage(translation.Language)), translation =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("@type", "NewsArticle");
            _writer.WriteString("inLanguage", translation.From);
            _writer.WriteEndObject();
        });
        _writer.WriteArray("workTranslation", translations.Where(translation => IsDocumentLanguage(translation.From)), translation =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("@type", "NewsArticle");
            _writer.WriteString("inLanguage", translation.Language);
            _writer.WriteArray("translator", Translators(translation), static translator => translator());
            _writer.WriteEndObject();
        });
    }

    private IEnumerable<Action> Translators(TextTranslation translation) =>
        translation.TranslatorIds.Select(id => (Action)(() => WritePersonReference(id)))
            .Concat(PersonValue(null, translation.TranslatorName) is { } printed ? [printed] : []);

    private bool IsDocumentLanguage(string tag) => string.Equals(tag, _index.Language, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Writes where an article was first published as the work it is based on (<c>isBasedOn</c>): a news article at
    /// the source's address, published by the source's publisher, by the news agency as its <c>sourceOrganization</c>.
    /// </summary>
    private void WriteSource(ArticleSource? source)
    {
        var agency = _index.Text(source?.AgencyName);
        var publisherName = _index.Text(source?.PublisherName);
        if (source is null || (source.Url is null && source.PublisherId is null && publisherName is null && agency is null))
        {
            return;
        }

        _writer.WriteStartObject("isBasedOn");
        _writer.WriteString("@type", "NewsArticle");
        _writer.WriteOptional("url", source.Url);
        if (source.PublisherId is { } publisher)
        {
            _writer.WritePropertyName("publisher");
            WriteOrganisationReference(publisher);
        }
        else if (publisherName is not null)
        {
            _writer.WritePropertyName("publisher");
            WriteNamed("Organization", publisherName);
        }

        if (agency is not null)
        {
            _writer.WritePropertyName("sourceOrganization");
            WriteNamed("Organization", agency);
        }

        _writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the people and organisations a work mentions: those given and, for the node of a whole
    /// document, every one the document declares that no node written so far refers to, and likewise every
    /// related document, project and media object it declares.
    /// </summary>
    private void WriteMentions(IEnumerable<string> personIds, IEnumerable<string> organisationIds, bool wholeDocument)
    {
        var people = personIds.Distinct(StringComparer.Ordinal).ToList();
        var organisations = organisationIds.Distinct(StringComparer.Ordinal).ToList();
        var works = new List<(string Kind, string Id)>();
        if (wholeDocument)
        {
            people.AddRange(Unreferenced("person", _index.Document.People.Select(static person => person.Id), people));
            organisations.AddRange(Unreferenced("organisation", _index.Document.Organisations.Select(static organisation => organisation.Id), organisations));
            works.AddRange(Unreferenced("document", _index.Document.Documents.Select(static related => related.Id), []).Select(static id => ("document", id)));
            works.AddRange(Unreferenced("project", _index.Document.Projects.Select(static project => project.Id), []).Select(static id => ("project", id)));
            works.AddRange(Unreferenced("media", _index.Document.Media.Select(static media => media.Id), []).Select(static id => ("media", id)));
        }

        _writer.WriteArray(
            "mentions",
            people.Select(static id => (Kind: "person", Id: id)).Concat(organisations.Select(static id => (Kind: "organisation", Id: id))).Concat(works),
            mention =>
            {
                switch (mention.Kind)
                {
                    case "person":
                        WritePersonReference(mention.Id);
                        break;
                    case "organisation":
                        WriteOrganisationReference(mention.Id);
                        break;
                    default:
                        WriteReference(Enqueue(_works, mention.Kind, mention.Id));
                        break;
                }
            });

        IEnumerable<string> Unreferenced(string kind, IEnumerable<string> declared, List<string> listed) =>
            declared.Distinct(StringComparer.Ordinal).Where(id => !listed.Contains(id, StringComparer.Ordinal) && !_referenced.Contains(Id(kind, id))).ToList();
    }

    private void WriteEvent(Event happening, IReadOnlyList<Speech> speeches)
    {
        var id = Id("event", happening.Id);
        var name = _index.Text(happening.Name);
        _writer.WriteStartObject();
        _writer.WriteString("@type", EventType(happening.Kind));
        _writer.WriteString("@id", id);
        _writer.WriteOptional("name", name);
        WriteAlternateNames(happening.Aliases, name);
        if (_index.Text(happening.Theme) is { } theme)
        {
            _writer.WriteStartObject("about");
            _writer.WriteString("@type", "Thing");
            _writer.WriteString("name", theme);
            _writer.WriteEndObject();
        }

        _writer.WriteOptional("description", _index.Text(happening.Summary));
        _writer.WriteOptional("startDate", InteropJson.When(happening.StartDate, happening.StartTime, happening.UtcOffset));
        _writer.WriteOptional("endDate", InteropJson.When(happening.EndDate ?? (happening.EndTime is null ? null : happening.StartDate), happening.EndTime, happening.UtcOffset));
        _writer.WriteOptional("duration", happening.Duration);
        if (happening.Modality is { } modality)
        {
            _writer.WriteString("eventAttendanceMode", AttendanceModes.Uri(modality));
        }

        WriteProperties(Locations(happening.Location, happening.OnlinePlatforms));
        WriteProperties([
            .. happening.Series.Select(series => ("superEvent", (Action)(() => WriteSeries(series)))),
            .. happening.RelatedEvents.Where(static related => related.Relation is EventRelationKind.SideEventOf or EventRelationKind.PartOf)
                .Select(related => ("superEvent", (Action)(() => WriteRelatedEvent(related)))),
        ]);
        _writer.WriteArray("audience", happening.ParticipantGroups, group =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("@type", "Audience");
            _writer.WriteOptional("audienceType", _index.Text(group.Description));
            _writer.WriteArray("geographicArea", group.CountryCodes, WriteCountry);
            _writer.WriteEndObject();
        });
        WriteProperties([
            .. OrganisationRoles(happening.OrganisationRoles),
            .. PersonRoles(happening.PersonRoles),
            .. happening.ParticipantGroups.SelectMany(static group => group.OrganisationIds).Distinct(StringComparer.Ordinal)
                .Select(organisation => ("attendee", (Action)(() => WriteOrganisationReference(organisation)))),
            .. Performers(happening, speeches),
        ]);
        WriteProperties([
            .. happening.Sessions.Select(session => ("subEvent", (Action)(() => WriteSession(happening, session)))),
            .. happening.RelatedEvents.Where(static related => related.Relation is EventRelationKind.HasSideEvent)
                .Select(related => ("subEvent", (Action)(() => WriteRelatedEvent(related)))),
            .. happening.Documents.Where(document => _index.RelatedDocument(document.DocumentId) is not null)
                .Select(document => ("workFeatured", (Action)(() => WriteRole("Role", "workFeatured", ContentJson.GetWireName(document.Relation), () => WriteReference(Enqueue(_works, "document", document.DocumentId)))))),
        ]);
        WriteWorkReferences("recordedIn", "media", happening.MediaIds.Concat(speeches.SelectMany(static speech => speech.MediaIds)), _index.Media);
        AddProjectSubject(id, happening.ProjectIds);
        _writer.WriteEndObject();
    }

    /// <summary>Gets the schema.org type of an event of a kind: <c>EducationEvent</c> for a workshop, a training or a seminar, else <c>Event</c>.</summary>
    private static string EventType(EventKind kind) => kind is EventKind.Workshop or EventKind.Training or EventKind.Seminar ? "EducationEvent" : "Event";

    private void WriteSeries(EventSeries series)
    {
        var seriesName = _index.Text(series.Name);
        _writer.WriteStartObject();
        _writer.WriteString("@type", "EventSeries");
        if (series.Id is { } seriesId)
        {
            _writer.WriteString("@id", Id("series", seriesId));
        }

        _writer.WriteOptional("name", seriesName);
        WriteAlternateNames(series.Aliases, seriesName);
        _writer.WriteEndObject();
    }

    /// <summary>Writes a related event: a reference to another event of the document, else an <c>Event</c> with the name, start date and address the source gives.</summary>
    private void WriteRelatedEvent(EventRelation related)
    {
        if (related.EventId is { } eventId)
        {
            WriteReference(Id("event", eventId));
            return;
        }

        _writer.WriteStartObject();
        _writer.WriteString("@type", related.Kind is { } kind ? EventType(kind) : "Event");
        _writer.WriteOptional("name", _index.Text(related.Name));
        _writer.WriteOptional("startDate", InteropJson.When(related.StartDate, null, null));
        _writer.WriteOptional("url", related.Url);
        _writer.WriteEndObject();
    }

    private void WriteSession(Event happening, EventSession session)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", "Event");
        _writer.WriteOptional("name", _index.Text(session.Title));
        _writer.WriteOptional("description", _index.Text(session.Summary));
        _writer.WriteOptional("startDate", InteropJson.When(session.Date, session.StartTime, happening.UtcOffset));
        _writer.WriteOptional("endDate", InteropJson.When(session.EndTime is null ? null : session.Date, session.EndTime, happening.UtcOffset));
        WriteProperties([
            .. Locations(session.Location, []),
            .. session.SpeakerIds.Where(speaker => !session.ModeratorIds.Contains(speaker, StringComparer.Ordinal))
                .Select(speaker => ("performer", (Action)(() => WritePersonReference(speaker)))),
            .. session.ModeratorIds.Select(moderator => ("performer", (Action)(() =>
                WriteRole("Role", "performer", ContentJson.GetWireName(PersonRoleKind.Moderator), () => WritePersonReference(moderator))))),
            .. session.SpeakerDescriptions.Select(description => PersonValue(null, description)).OfType<Action>().Select(static speaker => ("performer", speaker)),
            .. session.OrganisationIds.Select(organisation => ("attendee", (Action)(() => WriteOrganisationReference(organisation)))),
        ]);
        _writer.WriteEndObject();
    }

    /// <summary>Gets where an event or session was held: the place, and each online platform as a <c>VirtualLocation</c>.</summary>
    private IEnumerable<(string Property, Action Write)> Locations(Place? place, IReadOnlyList<OnlinePlatform> platforms)
    {
        if (place is not null)
        {
            yield return ("location", () => WritePlace(place));
        }

        foreach (var platform in platforms)
        {
            yield return ("location", () =>
            {
                _writer.WriteStartObject();
                _writer.WriteString("@type", "VirtualLocation");
                _writer.WriteOptional("name", _index.Text(platform.Name) ?? (platform.Platform is { } known ? ContentJson.GetWireName(known) : null));
                _writer.WriteOptional("url", platform.Url);
                _writer.WriteEndObject();
            });
        }
    }

    /// <summary>
    /// Gets who spoke at an event: a speaker of the article's speeches as a <c>Role</c> whose <c>roleName</c> is the
    /// speech's kind (the wire name: <c>keynote</c>, <c>opening</c>, …), once per kind, a speaker described but not
    /// named as a <c>Person</c> with the description as name; a session's speaker who gave no such speech as the person.
    /// </summary>
    private IEnumerable<(string Property, Action Write)> Performers(Event happening, IReadOnlyList<Speech> speeches)
    {
        var speakers = speeches.Select(static speech => speech.SpeakerId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var named = speeches.Where(static speech => speech.SpeakerId is not null).Select(static speech => (Id: speech.SpeakerId!, Kind: speech.Kind)).Distinct();
        foreach (var (speaker, kind) in named)
        {
            yield return ("performer", () => WriteRole("Role", "performer", ContentJson.GetWireName(kind), () => WritePersonReference(speaker)));
        }

        foreach (var speech in speeches.Where(static speech => speech.SpeakerId is null))
        {
            if (PersonValue(null, speech.SpeakerDescription) is { } described)
            {
                yield return ("performer", () => WriteRole("Role", "performer", ContentJson.GetWireName(speech.Kind), described));
            }
        }

        foreach (var speaker in happening.Sessions.SelectMany(static session => session.SpeakerIds).Where(id => !speakers.Contains(id)).Distinct(StringComparer.Ordinal))
        {
            yield return ("performer", () => WritePersonReference(speaker));
        }
    }

    /// <summary>
    /// Gets the organisations' roles in an event by schema.org property: <c>organizer</c> for organisedBy (and
    /// coOrganisedBy, hostedBy, coHostedBy as a <c>Role</c>), <c>sponsor</c> for supportedBy, <c>funder</c> for
    /// sponsoredBy and fundedBy, <c>contributor</c> for any other role, as a <c>Role</c> with the model's wire name.
    /// </summary>
    private IEnumerable<(string Property, Action Write)> OrganisationRoles(IReadOnlyList<OrganisationRole> roles) =>
        roles.SelectMany(static role => role.OrganisationIds.Select(id => (role.Role, Id: id))).Select(entry =>
        {
            var property = entry.Role switch
            {
                OrganisationRoleKind.OrganisedBy or OrganisationRoleKind.CoOrganisedBy or OrganisationRoleKind.HostedBy or OrganisationRoleKind.CoHostedBy => "organizer",
                OrganisationRoleKind.SupportedBy => "sponsor",
                OrganisationRoleKind.SponsoredBy or OrganisationRoleKind.FundedBy => "funder",
                _ => "contributor",
            };
            return entry.Role is OrganisationRoleKind.OrganisedBy or OrganisationRoleKind.SupportedBy or OrganisationRoleKind.SponsoredBy or OrganisationRoleKind.FundedBy
                ? (property, (Action)(() => WriteOrganisationReference(entry.Id)))
                : (property, () => WriteRole("Role", property, ContentJson.GetWireName(entry.Role), () => WriteOrganisationReference(entry.Id)));
        });

    /// <summary>
    /// Gets the people's roles in an event: the organiser as an <c>organizer</c>; a chair, co-chair, moderator, host or
    /// rapporteur as a <c>performer</c> and a head of delegation or guest of honour as an <c>attendee</c>, in a
    /// <c>Role</c> with the model's wire name; a person described but not named is a <c>Person</c> with the description as name.
    /// </summary>
    private IEnumerable<(string Property, Action Write)> PersonRoles(IReadOnlyList<PersonRole> roles)
    {
        foreach (var role in roles)
        {
            if (PersonValue(role.PersonId, role.Description) is not { } person)
            {
                continue;
            }

            var property = role.Role switch
            {
                PersonRoleKind.Organiser => "organizer",
                PersonRoleKind.HeadOfDelegation or PersonRoleKind.GuestOfHonour => "attendee",
                _ => "performer",
            };
            yield return role.Role is PersonRoleKind.Organiser
                ? (property, person)
                : (property, () => WriteRole("Role", property, ContentJson.GetWireName(role.Role), person));
        }
    }

    /// <summary>Writes each property once, holding every value given for it, in the order first given.</summary>
    private void WriteProperties(IEnumerable<(string Property, Action Write)> values)
    {
        foreach (var property in values.GroupBy(static value => value.Property, StringComparer.Ordinal))
        {
            _writer.WriteArray(property.Key, property, static value => value.Write());
        }
    }

    /// <summary>Writes a <c>Role</c> (or a subtype) that qualifies a value of a property, as schema.org prescribes: it holds the property itself.</summary>
    private void WriteRole(string type, string property, string roleName, Action writeValue)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", type);
        _writer.WriteString("roleName", roleName);
        _writer.WritePropertyName(property);
        writeValue();
        _writer.WriteEndObject();
    }

    /// <summary>Gets what writes a person: the declared person's node, else a <c>Person</c> named by the printed name or description.</summary>
    /// <returns>The writer, or <see langword="null"/> when there is neither.</returns>
    private Action? PersonValue(string? personId, LocalizedText? printed) =>
        personId is not null ? () => WritePersonReference(personId)
        : _index.Text(printed) is { } name ? () => WriteNamed("Person", name)
        : null;

    private void WriteNamed(string type, string name)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", type);
        _writer.WriteString("name", name);
        _writer.WriteEndObject();
    }

    /// <summary>Writes other names, each once, leaving out the name itself.</summary>
    private void WriteAlternateNames(IEnumerable<LocalizedText> aliases, string? name) =>
        _writer.WriteArray("alternateName", aliases.Select(_index.Text).OfType<string>().Where(alias => alias.Length > 0 && alias != name).Distinct(StringComparer.Ordinal), _writer.WriteStringValue);

    /// <summary>Writes references to declared media, documents or projects, which the graph then describes.</summary>
    private void WriteWorkReferences<T>(string property, string kind, IEnumerable<string> ids, Func<string, T?> find)
        where T : class =>
        _writer.WriteArray(property, ids.Distinct(StringComparer.Ordinal).Where(id => find(id) is not null), id => WriteReference(Enqueue(_works, kind, id)));

    /// <summary>Notes that a node is about the projects given: each project's node lists it as <c>subjectOf</c>.</summary>
    private void AddProjectSubject(string subjectId, IEnumerable<string> projectIds)
    {
        foreach (var project in projectIds.Distinct(StringComparer.Ordinal).Where(id => _index.Project(id) is not null))
        {
            Enqueue(_works, "project", project);
            if (!_projectSubjects.TryGetValue(project, out var subjects))
            {
                _projectSubjects[project] = subjects = [];
            }

            subjects.Add(subjectId);
        }
    }

    private void WriteDirectory(OrganisationDirectory directory)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", "CreativeWork");
        _writer.WriteString("@id", Id("directory", directory.Id));
        _writer.WriteOptional("name", _index.Text(directory.Title));
        _writer.WriteOptional("description", _index.Text(directory.Description));
        _writer.WriteString("inLanguage", _index.Language);
        if (directory.AsOf is { } asOf)
        {
            _writer.WriteString("dateModified", InteropJson.Date(asOf));
        }

        if (directory.PublisherId is { } publisher)
        {
            _writer.WritePropertyName("publisher");
            WriteOrganisationReference(publisher);
        }

        _writer.WriteStartObject("mainEntity");
        _writer.WriteString("@type", "ItemList");
        _writer.WriteNumber("numberOfItems", directory.Organisations.Count);
        var position = 0;
        _writer.WriteArray("itemListElement", directory.Organisations, organisation =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("@type", "ListItem");
            _writer.WriteNumber("position", ++position);
            _writer.WritePropertyName("item");
            WriteOrganisationReference(organisation.Id);
            _writer.WriteEndObject();
        });
        _writer.WriteEndObject();
        WriteMentions([], [], wholeDocument: true);
        _writer.WriteEndObject();
    }

    private void UseContact(ContactPoint? contact)
    {
        _contact = contact;
        foreach (var id in contact?.OrganisationIds ?? [])
        {
            _contactOrganisations.Add(id);
            Enqueue(_organisations, "organisation", id);
        }
    }

    private void WriteReferencedNodes()
    {
        if (_contact is { } contact)
        {
            // A PostalAddress is a ContactPoint that also has an address: the printed block keeps both.
            _writer.WriteStartObject();
            _writer.WriteString("@type", contact.Details.PostalAddress is null ? "ContactPoint" : "PostalAddress");
            _writer.WriteString("@id", ContactId);
            if (contact.Details.PostalAddress is { } address)
            {
                WriteAddressParts(address);
            }

            WriteContactParts(contact.Details);
            _writer.WriteEndObject();
        }

        // Writing a node may refer to more: a parent organisation, a person's organisations, a project's funders.
        for (int organisation = 0, person = 0, work = 0; organisation < _organisations.Count || person < _people.Count || work < _works.Count;)
        {
            if (organisation < _organisations.Count)
            {
                WriteOrganisationNode(_organisations[organisation++].Id);
            }
            else if (person < _people.Count)
            {
                WritePersonNode(_people[person++].Id);
            }
            else
            {
                WriteWorkNode(_works[work++]);
            }
        }
    }

    private void WriteOrganisationNode(string id)
    {
        if (_index.Organisation(id) is not { } organisation)
        {
            return;
        }

        _writer.WriteStartObject();
        _writer.WriteString("@type", organisation.Kind switch
        {
            OrganisationKind.Ministry or OrganisationKind.GovernmentAgency or OrganisationKind.PublicInstitution => "GovernmentOrganization",
            OrganisationKind.NonGovernmentalOrganisation => "NGO",
            OrganisationKind.ResearchInstitute => "ResearchOrganization",
            OrganisationKind.University => "CollegeOrUniversity",
            OrganisationKind.Enterprise => "Corporation",
            _ => "Organization",
        });
        _writer.WriteString("@id", Id("organisation", organisation.Id));
        var name = _index.Text(organisation.Name);
        _writer.WriteOptional("name", name);
        var alternateNames = new[] { organisation.Abbreviation }
            .Concat(organisation.Aliases.Select(_index.Text))
            .OfType<string>()
            .Where(alternate => alternate.Length > 0 && alternate != name)
            .Distinct(StringComparer.Ordinal)
            .Select(static alternate => (Text: alternate, Language: (string?)null))
            .Concat(organisation.Name.Where(entry => entry.Value != name).Select(static entry => (Text: entry.Value, Language: (string?)entry.Key)));
        _writer.WriteArray("alternateName", alternateNames, alternate =>
        {
            if (alternate.Language is null)
            {
                _writer.WriteStringValue(alternate.Text);
                return;
            }

            _writer.WriteStartObject();
            _writer.WriteString("@value", alternate.Text);
            _writer.WriteString("@language", alternate.Language);
            _writer.WriteEndObject();
        });
        if (organisation.ParentId is { } parent)
        {
            _writer.WritePropertyName("parentOrganization");
            WriteOrganisationReference(parent);
        }

        if (organisation.FoundedYear is { } founded)
        {
            _writer.WriteString("foundingDate", founded.ToString("0000", CultureInfo.InvariantCulture));
        }

        _writer.WriteOptional("description", _index.Text(organisation.Mission));
        if (organisation.Headquarters is { } headquarters)
        {
            _writer.WritePropertyName("location");
            WritePlace(headquarters);
        }

        _writer.WriteArray("areaServed", organisation.CountryCodes, WriteCountry);
        if (organisation.Contact is { } contact)
        {
            if (contact.PostalAddress is { } address)
            {
                _writer.WriteStartObject("address");
                _writer.WriteString("@type", "PostalAddress");
                WriteAddressParts(address);
                _writer.WriteEndObject();
            }

            WriteContactParts(contact);
        }

        if (_contactOrganisations.Contains(organisation.Id))
        {
            _writer.WriteStartObject("contactPoint");
            _writer.WriteString("@id", ContactId);
            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
    }

    private void WritePersonNode(string id)
    {
        if (_index.Person(id) is not { } person)
        {
            return;
        }

        var name = person.Name.Format(_index.Language);
        _writer.WriteStartObject();
        _writer.WriteString("@type", "Person");
        _writer.WriteString("@id", Id("person", person.Id));
        _writer.WriteOptional("name", name);
        _writer.WriteOptional("honorificPrefix", _index.Text(person.HonorificPrefix));
        _writer.WriteOptional("honorificSuffix", _index.Text(person.HonorificSuffix));
        _writer.WriteOptional("familyName", _index.Text(person.Name.FamilyName));
        _writer.WriteOptional("givenName", _index.Text(person.Name.GivenName));
        WriteLanguageTagged("alternateName", person.Name.AsPrinted?.Where(entry => entry.Value != name) ?? []);

        // A position without an organisation is a job title, while it is held: schema.org's jobTitle is the present one.
        _writer.WriteArray(
            "jobTitle",
            person.Affiliations.Where(static affiliation => affiliation.OrganisationId is null && affiliation.OrganisationName is null && affiliation.Former != true && affiliation.EndDate is null)
                .Select(affiliation => _index.Text(affiliation.Position)).OfType<string>().Distinct(StringComparer.Ordinal),
            _writer.WriteStringValue);
        _writer.WriteArray("affiliation", person.Affiliations.Where(static affiliation => affiliation.OrganisationId is not null || affiliation.OrganisationName is not null), affiliation =>
        {
            Action organisation = affiliation.OrganisationId is { } organisationId
                ? () => WriteOrganisationReference(organisationId)
                : () => WriteNamed("Organization", _index.Text(affiliation.OrganisationName)!);
            if (_index.Text(affiliation.Position) is not { } position && affiliation.StartDate is null && affiliation.EndDate is null)
            {
                organisation();
                return;
            }

            _writer.WriteStartObject();
            _writer.WriteString("@type", "OrganizationRole");
            _writer.WriteOptional("roleName", _index.Text(affiliation.Position));
            _writer.WriteOptional("startDate", InteropJson.When(affiliation.StartDate, null, null));
            _writer.WriteOptional("endDate", InteropJson.When(affiliation.EndDate, null, null));
            _writer.WritePropertyName("affiliation");
            organisation();
            _writer.WriteEndObject();
        });
        _writer.WriteEndObject();
    }

    /// <summary>Writes the node of a media object, a related document or a project.</summary>
    private void WriteWorkNode((string Kind, string Id) work)
    {
        switch (work.Kind)
        {
            case "media" when _index.Media(work.Id) is { } media:
                WriteMediaNode(media);
                break;
            case "document" when _index.RelatedDocument(work.Id) is { } related:
                WriteDocumentNode(related);
                break;
            case "project" when _index.Project(work.Id) is { } project:
                WriteProjectNode(project);
                break;
        }
    }

    /// <summary>
    /// Writes an image, a video or a recording as an <c>ImageObject</c>, <c>VideoObject</c> or <c>AudioObject</c>: its
    /// address, caption, alternative text (its <c>description</c>), credit and credited person (its <c>creator</c>),
    /// licence (a <c>CreativeWork</c> named as printed, at its address) and its size in pixels.
    /// </summary>
    private void WriteMediaNode(MediaObject media)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", media.Kind switch
        {
            MediaKind.Image => "ImageObject",
            MediaKind.Video => "VideoObject",
            _ => "AudioObject",
        });
        _writer.WriteString("@id", Id("media", media.Id));
        _writer.WriteString("contentUrl", media.Url);
        _writer.WriteOptional("caption", _index.Text(media.Caption));
        _writer.WriteOptional("description", _index.Text(media.AltText));
        _writer.WriteOptional("creditText", _index.Text(media.Credit));
        if (media.CreditPersonId is { } credited)
        {
            _writer.WritePropertyName("creator");
            WritePersonReference(credited);
        }

        if (_index.Text(media.Licence) is { } licence)
        {
            _writer.WriteStartObject("license");
            _writer.WriteString("@type", "CreativeWork");
            _writer.WriteString("name", licence);
            _writer.WriteOptional("url", media.LicenceUrl);
            _writer.WriteEndObject();
        }
        else if (media.LicenceUrl is { } licenceUrl)
        {
            _writer.WriteString("license", licenceUrl);
        }

        WritePixels("width", media.Width);
        WritePixels("height", media.Height);
        _writer.WriteEndObject();
    }

    /// <summary>Writes a size in pixels, a <c>QuantitativeValue</c> whose UN/CEFACT unit code is <c>E37</c> (pixel).</summary>
    private void WritePixels(string property, int? pixels)
    {
        if (pixels is not { } value)
        {
            return;
        }

        _writer.WriteStartObject(property);
        _writer.WriteString("@type", "QuantitativeValue");
        _writer.WriteNumber("value", value);
        _writer.WriteString("unitCode", "E37");
        _writer.WriteEndObject();
    }

    /// <summary>Writes a related document as a <c>CreativeWork</c>: its title, kind (<c>genre</c>, the wire name), date, issuers (its <c>publisher</c>), address and summary.</summary>
    private void WriteDocumentNode(RelatedDocument related)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", "CreativeWork");
        _writer.WriteString("@id", Id("document", related.Id));
        _writer.WriteOptional("name", _index.Text(related.Title));
        if (related.Kind is { } kind)
        {
            _writer.WriteString("genre", ContentJson.GetWireName(kind));
        }

        _writer.WriteOptional("datePublished", InteropJson.When(related.Date, null, null));
        _writer.WriteArray("publisher", related.IssuerIds, WriteOrganisationReference);
        _writer.WriteOptional("url", related.Url);
        _writer.WriteOptional("description", _index.Text(related.Summary));
        _writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a project as a schema.org <c>Project</c> (an organisation planned to achieve an aim): its names, summary,
    /// address, period (<c>foundingDate</c>, <c>dissolutionDate</c>), countries, funders, implementers (members in a
    /// <c>Role</c> named <c>implementer</c>) and the works and events about it (<c>subjectOf</c>).
    /// </summary>
    private void WriteProjectNode(Project project)
    {
        var name = _index.Text(project.Name);
        _writer.WriteStartObject();
        _writer.WriteString("@type", "Project");
        _writer.WriteString("@id", Id("project", project.Id));
        _writer.WriteOptional("name", name);
        WriteAlternateNames(project.Aliases, name);
        _writer.WriteOptional("description", _index.Text(project.Summary));
        _writer.WriteOptional("url", project.Url);
        _writer.WriteOptional("foundingDate", InteropJson.When(project.StartDate, null, null));
        _writer.WriteOptional("dissolutionDate", InteropJson.When(project.EndDate, null, null));
        _writer.WriteArray("areaServed", project.CountryCodes, WriteCountry);
        _writer.WriteArray("funder", project.FunderIds, WriteOrganisationReference);
        _writer.WriteArray("member", project.ImplementerIds, implementer => WriteRole("OrganizationRole", "member", "implementer", () => WriteOrganisationReference(implementer)));
        _writer.WriteArray("subjectOf", _projectSubjects.GetValueOrDefault(project.Id) ?? [], WriteReference);
        _writer.WriteEndObject();
    }

    /// <summary>Writes texts with their language tags, as JSON-LD value objects.</summary>
    private void WriteLanguageTagged(string property, IEnumerable<KeyValuePair<string, string>> texts) =>
        _writer.WriteArray(property, texts, text =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("@value", text.Value);
            _writer.WriteString("@language", text.Key);
            _writer.WriteEndObject();
        });

    private void WritePlace(Place place)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", "Place");
        _writer.WriteOptional("name", _index.Text(place.Name));
        if (place.Locality is not null || place.Region is not null || place.CountryCode is not null)
        {
            _writer.WriteStartObject("address");
            _writer.WriteString("@type", "PostalAddress");
            _writer.WriteOptional("addressLocality", _index.Text(place.Locality));
            _writer.WriteOptional("addressRegion", _index.Text(place.Region));
            _writer.WriteOptional("addressCountry", place.CountryCode);
            _writer.WriteEndObject();
        }

        _writer.WriteOptional("url", place.Url);
        _writer.WriteEndObject();
    }

    private void WriteAddressParts(PostalAddress address)
    {
        // schema.org has no district: it is the second part of the street address, as printed.
        var street = string.Join(", ", new[] { _index.Text(address.StreetAddress), _index.Text(address.District) }.OfType<string>());
        _writer.WriteOptional("streetAddress", street);
        _writer.WriteOptional("addressLocality", _index.Text(address.Locality));
        _writer.WriteOptional("addressRegion", _index.Text(address.Region));
        _writer.WriteOptional("postalCode", address.PostalCode);
        _writer.WriteOptional("addressCountry", address.CountryCode);
    }

    private void WriteContactParts(ContactDetails details)
    {
        _writer.WriteArray("telephone", details.Telephones, phone => _writer.WriteStringValue(phone.Number));
        _writer.WriteArray("faxNumber", details.Faxes, fax => _writer.WriteStringValue(fax.Number));
        _writer.WriteArray("email", details.Emails, _writer.WriteStringValue);
        _writer.WriteOptional("url", details.Website);
        _writer.WriteArray("sameAs", details.SocialAccounts.Select(static account => account.Url).OfType<string>(), _writer.WriteStringValue);
        _writer.WriteArray("identifier", details.SocialAccounts, account =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("@type", "PropertyValue");
            _writer.WriteString("propertyID", ContentJson.GetWireName(account.Platform));
            _writer.WriteString("value", account.Handle);
            _writer.WriteEndObject();
        });
    }

    private void WriteCountry(string code)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", "Country");
        _writer.WriteString("identifier", code);
        _writer.WriteEndObject();
    }

    private void WriteOrganisationReference(string id)
    {
        WriteReference(Enqueue(_organisations, "organisation", id));
    }

    private void WritePersonReference(string id)
    {
        WriteReference(Enqueue(_people, "person", id));
    }

    private void WriteReference(string id)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@id", id);
        _writer.WriteEndObject();
    }

    private string Id(string kind, string id) => $"{_base}#{kind}-{Uri.EscapeDataString(id)}";

    /// <summary>Notes that a node is referred to, so that the graph describes it once.</summary>
    /// <returns>The node's <c>@id</c>.</returns>
    private string Enqueue(List<(string Kind, string Id)> queue, string kind, string id)
    {
        var nodeId = Id(kind, id);
        if (_referenced.Add(nodeId))
        {
            queue.Add((kind, id));
        }

        return nodeId;
    }
}
