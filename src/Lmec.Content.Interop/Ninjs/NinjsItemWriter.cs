using System.Globalization;
using System.Text.Json;
using Lmec.Content.Interop.SchemaOrg;
using Lmec.Content.Model;
using Lmec.Content.Serialization;

namespace Lmec.Content.Interop.Ninjs;

/// <summary>
/// Writes IPTC ninjs 3.1 news items: an article as a <c>text</c> item with its event as an associated
/// <c>event</c> item, a newsletter issue as a <c>composite</c> item whose associations are its articles,
/// an organisation directory as a <c>text</c> item listing the organisations with their contacts.
/// </summary>
internal sealed class NinjsItemWriter
{
    private const string SchemaUri = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";
    private const string PlainText = "text/plain";

    private readonly Utf8JsonWriter _writer;
    private readonly DocumentIndex _index;
    private readonly NinjsExportOptions _options;

    private NinjsItemWriter(Utf8JsonWriter writer, DocumentIndex index, NinjsExportOptions options)
    {
        _writer = writer;
        _index = index;
        _options = options;
    }

    /// <summary>Writes one ninjs item.</summary>
    /// <param name="document">The document that declares the organisations and people.</param>
    /// <param name="options">How to write.</param>
    /// <param name="write">Writes the item.</param>
    /// <returns>The ninjs text.</returns>
    public static string Write(ContentDocument document, NinjsExportOptions options, Action<NinjsItemWriter> write) =>
        InteropJson.Write(options.Indented, writer => write(new NinjsItemWriter(writer, new DocumentIndex(document), options)));

    /// <summary>Writes the item of a whole document.</summary>
    public void WriteDocument() => _index.Visit(WriteIssue, submission => WriteArticle(submission.Article), WriteDirectory);

    /// <summary>Writes the item of one article, with its event as an associated item.</summary>
    /// <param name="article">The article.</param>
    public void WriteArticle(Article article) => WriteArticle(article, association: false);

    private void WriteIssue(NewsletterIssue issue)
    {
        _writer.WriteStartObject();
        WriteHead(ContentJson.GetWireName(DocumentKind.NewsletterIssue), issue.Id, "composite", association: null);
        WriteTitle(issue.Title);
        WriteTexts("descriptions", ("about", _index.Text(issue.About?.Text)));
        var organisations = new List<(string Id, string Rel, ContactDetails? Contact)> { (issue.PublisherId, "publisher", null) };
        organisations.AddRange(issue.Contact?.OrganisationIds.Select(id => (id, "contact", (ContactDetails?)issue.Contact.Details)) ?? []);
        WritePeople(Mentioned(_index.Document.People.Select(static person => person.Id), issue.Articles.SelectMany(ArticlePeople).Select(static person => person.Id).OfType<string>()).Select(Declared));
        organisations.AddRange(Mentioned(
            _index.Document.Organisations.Select(static organisation => organisation.Id),
            issue.Articles.SelectMany(ArticleOrganisations).Concat(organisations).Select(static organisation => organisation.Id))
            .Select(static organisation => (organisation.Id, organisation.Rel, (ContactDetails?)null)));
        WriteOrganisations(organisations);
        WriteInfoSources([(issue.PublisherId, null, "publisher")]);
        _writer.WriteArray("associations", issue.Articles, article => WriteArticle(article, association: true));
        _writer.WriteEndObject();
    }

    private void WriteArticle(Article article, bool association)
    {
        var issue = _index.Document as NewsletterIssue;
        var submission = _index.Document as ArticleDocument;
        var headline = _index.Text(article.Headline);
        _writer.WriteStartObject();
        WriteHead(ContentJson.GetWireName(DocumentKind.Article), article.Id, "text", association ? (headline ?? article.Id, "article") : null);
        _writer.WriteTimestamp("firstCreated", article.PublishedAt);
        _writer.WriteTimestamp("versionCreated", article.ModifiedAt ?? submission?.SubmittedAt);

        WriteTexts("headlines", ("main", headline));
        WriteTexts("descriptions", ("summary", _index.Text(article.Summary)), ("dateline", _index.Text(article.Source?.Dateline)));
        WriteTexts("bodies", ("main", ArticleText.Write(article, _index)));
        WriteAltIds([("url", article.Url), .. article.AlternativeUrls.Select(static url => ("alternativeUrl", (string?)url)), ("sourceUrl", article.Source?.Url)]);
        var people = ArticlePeople(article);
        _writer.WriteOptional("by", string.Join(", ", people.Where(static person => person.Rel is "author" or "reporter").Select(PersonName).Distinct(StringComparer.Ordinal)));
        var happening = article.Event;
        var organisations = ArticleOrganisations(article);
        if (submission is not null)
        {
            // The item is the whole document: the people and organisations it declares but does not otherwise name are mentioned.
            people.AddRange(Mentioned(submission.People.Select(static person => person.Id), people.Select(static person => person.Id).OfType<string>()).Select(Declared));
            organisations.AddRange(Mentioned(submission.Organisations.Select(static organisation => organisation.Id), organisations.Select(static organisation => organisation.Id))
                .Select(static organisation => (organisation.Id, organisation.Rel, (ContactDetails?)null)));
        }

        WritePeople(people);
        WriteOrganisations(organisations);
        WritePlaces(happening?.Location, []);
        _writer.WriteArray("subjects", article.Topics, topic =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("name", topic);
            _writer.WriteString("rel", "about");
            _writer.WriteString("literal", topic);
            _writer.WriteEndObject();
        });
        if (happening is not null)
        {
            _writer.WriteStartArray("events");
            _writer.WriteStartObject();
            _writer.WriteString("id", happening.Id);
            _writer.WriteOptional("name", _index.Text(happening.Name));
            _writer.WriteString("rel", "about");
            _writer.WriteString("uri", Uri("event", happening.Id));
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }

        var sources = issue is not null ? [(issue.PublisherId, null, "publisher")] : new List<(string?, string?, string)>();
        sources.AddRange(submission?.SubmittedById is { } source ? [(source, null, "submitter")] : []);
        if (article.Source is { } original)
        {
            sources.Add((original.PublisherId, _index.Text(original.PublisherName), "originalPublisher"));
            sources.Add((null, _index.Text(original.AgencyName), "agency"));
        }

        WriteInfoSources(sources);
        WriteObjects(article.DocumentIds.Select(static id => (id, "document")), article.ProjectIds.Concat(article.Speeches.SelectMany(static speech => speech.ProjectIds)));
        var media = DocumentIndex.Declared(article.MediaIds.Concat(article.Speeches.SelectMany(static speech => speech.MediaIds)), _index.Media).ToList();
        if (happening is not null || media.Count > 0)
        {
            _writer.WriteStartArray("associations");
            if (happening is not null)
            {
                WriteEvent(happening);
            }

            media.ForEach(WriteMedia);
            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
    }

    /// <summary>
    /// Gets the people an article names, with their relation to it: its authors, its other contributors by their
    /// role (<c>reporter</c>, <c>editor</c>, <c>translator</c>, <c>photographer</c>, <c>reviewer</c>), the translators
    /// of its texts in the document's language, the speakers of its speeches (<c>speaker:</c> and the speech's kind,
    /// such as <c>speaker:keynote</c>; a speaker described but not named by the description), who read out a speech
    /// (<c>deliveredBy</c>) and whom it was given for (<c>onBehalfOf</c>), the other speakers of its event's sessions
    /// (<c>speaker</c>) and the proponents of its recommendations.
    /// </summary>
    private List<(string? Id, string? Printed, string Rel)> ArticlePeople(Article article)
    {
        var speakers = article.Speeches.Select(static speech => speech.SpeakerId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return
        [
            .. article.AuthorIds.Select(static id => ((string?)id, (string?)null, "author")),
            .. article.Contributors.Select(contributor => (contributor.PersonId, contributor.PersonId is null ? _index.Text(contributor.Name) : null, ContentJson.GetWireName(contributor.Role))),
            .. article.Translations.Where(translation => string.Equals(translation.Language, _index.Language, StringComparison.OrdinalIgnoreCase))
                .SelectMany(translation => translation.TranslatorIds.Select(static id => ((string?)id, (string?)null))
                    .Append((null, _index.Text(translation.TranslatorName))))
                .Select(static translator => (translator.Item1, translator.Item2, "translator")),
            .. article.Speeches.Select(speech => (speech.SpeakerId, speech.SpeakerId is null ? _index.Text(speech.SpeakerDescription) : null, "speaker:" + ContentJson.GetWireName(speech.Kind))),
            .. article.Speeches.Select(static speech => speech.DeliveredById).OfType<string>().Select(static id => ((string?)id, (string?)null, "deliveredBy")),
            .. article.Speeches.Select(static speech => speech.OnBehalfOf?.PersonId).OfType<string>().Select(static id => ((string?)id, (string?)null, "onBehalfOf")),
            .. article.Event?.Sessions.SelectMany(static session => session.SpeakerIds).Where(id => !speakers.Contains(id)).Select(static id => ((string?)id, (string?)null, "speaker")) ?? [],
            .. article.Recommendations.Select(static recommendation => recommendation.ProponentId).OfType<string>().Select(static id => ((string?)id, (string?)null, "proponent")),
        ];
    }

    /// <summary>
    /// Gets the organisations an article's item names, with their relation to it: the roles in its event,
    /// the event's participants, the speakers' organisations and those they spoke for, the original publisher,
    /// and the publisher, submitter and contact of its document.
    /// </summary>
    private List<(string Id, string Rel, ContactDetails? Contact)> ArticleOrganisations(Article article)
    {
        var organisations = new List<(string Id, string Rel, ContactDetails? Contact)>();
        organisations.AddRange(RoleOrganisations(article.Event));
        organisations.AddRange(ParticipantOrganisations(article.Event));
        organisations.AddRange(article.Speeches.Select(static speech => speech.OrganisationId).OfType<string>().Select(static id => (id, "speakerOrganisation", (ContactDetails?)null)));
        organisations.AddRange(article.Speeches.Select(static speech => speech.OnBehalfOf?.OrganisationId).OfType<string>().Select(static id => (id, "onBehalfOf", (ContactDetails?)null)));
        organisations.AddRange(article.Source?.PublisherId is { } original ? [(original, "originalPublisher", null)] : []);
        switch (_index.Document)
        {
            case NewsletterIssue issue:
                organisations.Add((issue.PublisherId, "publisher", null));
                break;
            case ArticleDocument submission:
                organisations.AddRange(submission.SubmittedById is { } submitter ? [(submitter, "submitter", null)] : []);
                organisations.AddRange(submission.Contact?.OrganisationIds.Select(id => (id, "contact", (ContactDetails?)submission.Contact.Details)) ?? []);
                break;
        }

        return organisations;
    }

    /// <summary>Gets the declared ids that are not among those named, each once, as <c>mentioned</c>.</summary>
    private static List<(string Id, string Rel)> Mentioned(IEnumerable<string> declared, IEnumerable<string> named)
    {
        var known = named.ToHashSet(StringComparer.Ordinal);
        return declared.Where(known.Add).Select(static id => (id, "mentioned")).ToList();
    }

    private void WriteEvent(Event happening)
    {
        var name = _index.Text(happening.Name);
        _writer.WriteStartObject();
        WriteHead("event", happening.Id, "event", (name ?? happening.Id, "event"));
        _writer.WriteOptional("title", name);
        WriteTexts("descriptions", [("theme", _index.Text(happening.Theme)), ("summary", _index.Text(happening.Summary)), .. happening.Aims.Select(aim => ("aim", _index.Text(aim)))]);
        _writer.WriteStartObject("eventDetails");
        _writer.WriteStartObject("dates");
        _writer.WriteOptional("expectedStartDate", InteropJson.When(happening.StartDate, happening.StartTime, happening.UtcOffset));
        _writer.WriteOptional("expectedEndDate", InteropJson.When(happening.EndDate ?? (happening.EndTime is null ? null : happening.StartDate), happening.EndTime, happening.UtcOffset));
        _writer.WriteOptional("expectedDuration", happening.Duration);

        _writer.WriteEndObject();
        var organiser = happening.OrganisationRoles
            .Where(static role => role.Role is OrganisationRoleKind.OrganisedBy or OrganisationRoleKind.CoOrganisedBy or OrganisationRoleKind.HostedBy)
            .SelectMany(static role => role.OrganisationIds)
            .FirstOrDefault();
        if (organiser is not null)
        {
            _writer.WritePropertyName("organiser");
            WriteOrganisation(organiser, rel: null, contact: null);
        }

        _writer.WriteEndObject();
        WritePeople([
            .. happening.PersonRoles.Select(role => (role.PersonId, role.PersonId is null ? _index.Text(role.Description) : null, ContentJson.GetWireName(role.Role))),
            .. happening.Sessions.SelectMany(static session => session.SpeakerIds).Select(static id => ((string?)id, (string?)null, "speaker")),
        ]);
        WriteOrganisations([.. RoleOrganisations(happening), .. ParticipantOrganisations(happening)]);
        WritePlaces(happening.Location, happening.OnlinePlatforms);
        if (happening.Modality is { } modality)
        {
            // ninjs has no attendance mode: it is a subject of the event, named by schema.org's term.
            _writer.WriteStartArray("subjects");
            _writer.WriteStartObject();
            _writer.WriteString("name", ContentJson.GetWireName(modality));
            _writer.WriteString("rel", "attendanceMode");
            _writer.WriteString("uri", AttendanceModes.Uri(modality));
            _writer.WriteString("literal", ContentJson.GetWireName(modality));
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }

        WriteObjects(happening.Documents.Select(static document => (document.DocumentId, "document:" + ContentJson.GetWireName(document.Relation))), happening.ProjectIds);
        var number = 0;
        var related = 0;
        _writer.WriteArray(
            "associations",
            happening.Sessions.Select(session => (Action)(() => WriteSession(happening, session, ++number)))
                .Concat(happening.RelatedEvents.Select(relation => (Action)(() => WriteRelatedEvent(happening, relation, ++related))))
                .Concat(DocumentIndex.Declared(happening.MediaIds, _index.Media).Select(media => (Action)(() => WriteMedia(media)))),
            static write => write());
        _writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a session of an event as an associated <c>event</c> item: its uri is the event's with the
    /// session's number (<c>urn:lmec:event:forum-2023:session:2</c>), its relation <c>session</c>, its
    /// title the session's or else its kind.
    /// </summary>
    private void WriteSession(Event happening, EventSession session, int number)
    {
        var kind = ContentJson.GetWireName(session.Kind);
        var title = _index.Text(session.Title);
        _writer.WriteStartObject();
        _writer.WriteString("name", title ?? kind);
        _writer.WriteString("rel", "session");
        _writer.WriteString("uri", string.Concat(Uri("event", happening.Id), Separator, "session", Separator, number.ToString(CultureInfo.InvariantCulture)));
        _writer.WriteString("type", "event");
        _writer.WriteString("representationType", "full");
        _writer.WriteString("language", _index.Language);
        _writer.WriteOptional("title", title);
        WriteTexts("descriptions", ("summary", _index.Text(session.Summary)));
        if (session.Date is { } day)
        {
            _writer.WriteStartObject("eventDetails");
            _writer.WriteStartObject("dates");
            _writer.WriteOptional("expectedStartDate", InteropJson.When(day, session.StartTime, happening.UtcOffset));
            _writer.WriteOptional("expectedEndDate", InteropJson.When(session.EndTime is null ? null : day, session.EndTime, happening.UtcOffset));
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        WritePeople([
            .. session.SpeakerIds.Select(static id => ((string?)id, (string?)null, "speaker")),
            .. session.ModeratorIds.Select(static id => ((string?)id, (string?)null, "moderator")),
            .. session.SpeakerDescriptions.Select(description => ((string?)null, _index.Text(description), "speaker")),
        ]);
        WriteOrganisations(session.OrganisationIds.Select(static id => (id, "participant", (ContactDetails?)null)));
        WritePlaces(session.Location, []);
        _writer.WriteStartArray("subjects");
        _writer.WriteStartObject();
        _writer.WriteString("name", kind);
        _writer.WriteString("rel", "sessionKind");
        _writer.WriteString("literal", kind);
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a related event as an associated <c>event</c> item whose <c>rel</c> is the relation
    /// (<c>sideEventOf</c>, <c>heldWith</c>, …): another event of the document by its uri, else the event the source
    /// names, with a uri of its own (<c>urn:lmec:event:forum-2023:related:1</c>), its name, start date and address.
    /// </summary>
    private void WriteRelatedEvent(Event happening, EventRelation relation, int number)
    {
        var name = _index.Text(relation.Name);
        _writer.WriteStartObject();
        _writer.WriteString("name", name ?? relation.EventId ?? ContentJson.GetWireName(relation.Relation));
        _writer.WriteString("rel", ContentJson.GetWireName(relation.Relation));
        _writer.WriteString("uri", relation.EventId is { } eventId
            ? Uri("event", eventId)
            : string.Concat(Uri("event", happening.Id), Separator, "related", Separator, number.ToString(CultureInfo.InvariantCulture)));
        _writer.WriteString("type", "event");
        _writer.WriteString("representationType", relation.EventId is null ? "full" : "partial");
        _writer.WriteOptional("title", name);
        if (InteropJson.When(relation.StartDate, null, null) is { } start)
        {
            _writer.WriteStartObject("eventDetails");
            _writer.WriteStartObject("dates");
            _writer.WriteString("expectedStartDate", start);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        WriteAltIds([("url", relation.Url)]);
        _writer.WriteEndObject();
    }

    private void WriteDirectory(OrganisationDirectory directory)
    {
        _writer.WriteStartObject();
        WriteHead(ContentJson.GetWireName(DocumentKind.OrganisationDirectory), directory.Id, "text", association: null);
        WriteTitle(directory.Title);
        WriteTexts("descriptions", ("summary", _index.Text(directory.Description)));
        WriteOrganisations(directory.Organisations.Select(static organisation => (organisation.Id, "listed", (ContactDetails?)null)));
        WriteInfoSources(directory.PublisherId is { } publisher ? [(publisher, null, "publisher")] : []);
        _writer.WriteEndObject();
    }

    /// <summary>Writes what every item starts with: the standard (top level only) or the association's name and relation, the uri, the type and the language.</summary>
    private void WriteHead(string kind, string id, string type, (string Name, string Rel)? association)
    {
        if (association is var (name, rel))
        {
            _writer.WriteString("name", name);
            _writer.WriteString("rel", rel);
        }
        else
        {
            _writer.WriteStartObject("standard");
            _writer.WriteString("name", "ninjs");
            _writer.WriteString("version", "3.1");
            _writer.WriteString("schema", SchemaUri);
            _writer.WriteEndObject();
        }

        _writer.WriteString("uri", Uri(kind, id));
        _writer.WriteString("type", type);
        _writer.WriteString("representationType", "full");
        _writer.WriteString("slugline", id);
        _writer.WriteString("language", _index.Language);
    }

    /// <summary>Writes a document's title, which is also its headline.</summary>
    private void WriteTitle(LocalizedText title)
    {
        var text = _index.Text(title);
        _writer.WriteOptional("title", text);
        WriteTexts("headlines", ("main", text));
    }

    private static IEnumerable<(string Id, string Rel, ContactDetails? Contact)> RoleOrganisations(Event? happening) =>
        happening?.OrganisationRoles.SelectMany(static role => role.OrganisationIds.Select(id => (id, ContentJson.GetWireName(role.Role), (ContactDetails?)null))) ?? [];

    private static IEnumerable<(string Id, string Rel, ContactDetails? Contact)> ParticipantOrganisations(Event? happening) =>
        happening?.ParticipantGroups.SelectMany(static group => group.OrganisationIds).Select(static id => (id, "participant", (ContactDetails?)null)) ?? [];

    private void WriteTexts(string name, params (string Role, string? Text)[] texts) =>
        _writer.WriteArray(name, texts.Where(static text => !string.IsNullOrEmpty(text.Text)), text =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("role", text.Role);
            _writer.WriteString("contentType", PlainText);
            _writer.WriteString("value", text.Text);
            _writer.WriteEndObject();
        });

    /// <summary>Writes people with their relation: a declared person with a uri and their id as literal, one named by a printed name or a description with that name alone.</summary>
    private void WritePeople(IEnumerable<(string? Id, string? Printed, string Rel)> people) =>
        _writer.WriteArray("people", people.Where(static person => person.Id is not null || !string.IsNullOrEmpty(person.Printed)).Distinct(), person =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("name", PersonName(person));
            _writer.WriteString("rel", person.Rel);
            if (person.Id is { } id)
            {
                if (_index.Person(id) is not null)
                {
                    _writer.WriteString("uri", Uri("person", id));
                }

                _writer.WriteString("literal", id);
            }

            _writer.WriteEndObject();
        });

    private static (string? Id, string? Printed, string Rel) Declared((string Id, string Rel) person) => (person.Id, null, person.Rel);

    private string PersonName((string? Id, string? Printed, string Rel) person) => person.Id is { } id ? _index.PersonName(id) : person.Printed ?? string.Empty;

    private void WriteOrganisations(IEnumerable<(string Id, string Rel, ContactDetails? Contact)> organisations) =>
        _writer.WriteArray("organisations", organisations.DistinctBy(static organisation => (organisation.Id, organisation.Rel)), organisation =>
            WriteOrganisation(organisation.Id, organisation.Rel, organisation.Contact));

    /// <summary>Writes an organisation, with the contact given or else its own and its headquarters.</summary>
    private void WriteOrganisation(string id, string? rel, ContactDetails? contact)
    {
        var organisation = _index.Organisation(id);
        _writer.WriteStartObject();
        _writer.WriteString("name", _index.OrganisationName(id));
        _writer.WriteOptional("rel", rel);
        if (organisation is not null)
        {
            _writer.WriteString("uri", Uri("organisation", id));
        }

        _writer.WriteString("literal", id);
        WriteContactInfo(contact ?? organisation?.Contact, contact is null ? organisation?.Headquarters : null);
        _writer.WriteEndObject();
    }

    /// <summary>Writes the sources of an item: a declared organisation by its name and id, or a name as printed.</summary>
    private void WriteInfoSources(IEnumerable<(string? Id, string? Printed, string Role)> sources) =>
        _writer.WriteArray("infoSources", sources.Where(static source => source.Id is not null || !string.IsNullOrEmpty(source.Printed)), source =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("name", source.Id is { } id ? _index.OrganisationName(id) : source.Printed);
            _writer.WriteString("role", source.Role);
            _writer.WriteOptional("literal", source.Id);
            _writer.WriteEndObject();
        });

    /// <summary>Writes alternative identifiers of an item, such as its web addresses, by role.</summary>
    private void WriteAltIds(IEnumerable<(string Role, string? Value)> ids) =>
        _writer.WriteArray("altIds", ids.Where(static id => !string.IsNullOrEmpty(id.Value)), id =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("role", id.Role);
            _writer.WriteString("value", id.Value);
            _writer.WriteEndObject();
        });

    /// <summary>
    /// Writes the declared related documents and projects an item is about as <c>objects</c>, with <c>rel</c>
    /// <c>project</c> or the document's: <c>document</c>, or for an event's document what happened to it
    /// (<c>document:adopted</c>).
    /// </summary>
    private void WriteObjects(IEnumerable<(string Id, string Rel)> documents, IEnumerable<string> projectIds) =>
        _writer.WriteArray(
            "objects",
            documents.DistinctBy(static document => document.Id, StringComparer.Ordinal)
                .Select(document => (document.Rel, Declared: _index.RelatedDocument(document.Id)))
                .Where(static document => document.Declared is not null)
                .Select(document => (Kind: "document", document.Rel, document.Declared!.Id, Name: _index.Text(document.Declared.Title)))
                .Concat(DocumentIndex.Declared(projectIds, _index.Project).Select(project => (Kind: "project", Rel: "project", project.Id, Name: _index.Text(project.Name)))),
            entry =>
            {
                _writer.WriteStartObject();
                _writer.WriteOptional("name", entry.Name);
                _writer.WriteString("rel", entry.Rel);
                _writer.WriteString("uri", Uri(entry.Kind, entry.Id));
                _writer.WriteString("literal", entry.Id);
                _writer.WriteEndObject();
            });

    /// <summary>
    /// Writes an image, a video or a recording as an associated <c>picture</c>, <c>video</c> or <c>audio</c> item
    /// (<c>rel</c> <c>media</c>): its address, width and height as its rendition, caption and alternative text as
    /// descriptions, credit as <c>by</c>, the credited person as one of its <c>people</c> (<c>rel</c> <c>credit</c>),
    /// licence as <c>usageTerms</c> and the licence's address as <c>rightsInfo.linkedRights</c>.
    /// </summary>
    private void WriteMedia(MediaObject media)
    {
        var caption = _index.Text(media.Caption);
        _writer.WriteStartObject();
        _writer.WriteString("name", caption ?? media.Id);
        _writer.WriteString("rel", "media");
        _writer.WriteString("uri", Uri("media", media.Id));
        _writer.WriteString("type", media.Kind switch
        {
            MediaKind.Image => "picture",
            MediaKind.Video => "video",
            _ => "audio",
        });
        _writer.WriteString("representationType", "full");
        _writer.WriteString("language", _index.Language);
        WriteTexts("descriptions", ("caption", caption), ("alternativeText", _index.Text(media.AltText)));
        _writer.WriteOptional("by", _index.Text(media.Credit));
        WritePeople(media.CreditPersonId is { } credited ? [(credited, null, "credit")] : []);
        _writer.WriteOptional("usageTerms", _index.Text(media.Licence));
        if (media.LicenceUrl is { } licence)
        {
            _writer.WriteStartObject("rightsInfo");
            _writer.WriteString("linkedRights", licence);
            _writer.WriteEndObject();
        }

        _writer.WriteStartArray("renditions");
        _writer.WriteStartObject();
        _writer.WriteString("name", "original");
        _writer.WriteString("href", media.Url);
        if (media.Width is { } width)
        {
            _writer.WriteNumber("width", width);
        }

        if (media.Height is { } height)
        {
            _writer.WriteNumber("height", height);
        }

        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
    }

    /// <summary>Writes where an event or session was held: its place (<c>rel</c> <c>eventLocation</c>) and each online platform (<c>rel</c> <c>onlineLocation</c>, with its address as a <c>web</c> contact).</summary>
    private void WritePlaces(Place? place, IReadOnlyList<OnlinePlatform> platforms)
    {
        if (place is null && platforms.Count == 0)
        {
            return;
        }

        _writer.WriteStartArray("places");
        if (place is not null)
        {
            _writer.WriteStartObject();
            _writer.WriteOptional("name", _index.Text(place.Name) ?? _index.Text(place.Locality));
            _writer.WriteString("rel", "eventLocation");
            var hasAddress = place.Locality is not null || place.Region is not null || place.CountryCode is not null;
            if (hasAddress || place.Url is not null)
            {
                _writer.WriteStartArray("contactInfo");
                if (hasAddress)
                {
                    _writer.WriteStartObject();
                    _writer.WriteString("type", "physical");
                    WritePlaceAddress(place);
                    _writer.WriteEndObject();
                }

                WriteWebContact(place.Url);
                _writer.WriteEndArray();
            }

            _writer.WriteEndObject();
        }

        foreach (var platform in platforms)
        {
            _writer.WriteStartObject();
            _writer.WriteOptional("name", _index.Text(platform.Name) ?? (platform.Platform is { } known ? ContentJson.GetWireName(known) : null));
            _writer.WriteString("rel", "onlineLocation");
            if (platform.Url is not null)
            {
                _writer.WriteStartArray("contactInfo");
                WriteWebContact(platform.Url);
                _writer.WriteEndArray();
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
    }

    private void WriteWebContact(string? url)
    {
        if (url is null)
        {
            return;
        }

        _writer.WriteStartObject();
        _writer.WriteString("type", "web");
        _writer.WriteString("value", url);
        _writer.WriteEndObject();
    }

    /// <summary>Writes contact details and a headquarters (a <c>physical</c> entry whose role is <c>headquarters</c>), unless there are none.</summary>
    private void WriteContactInfo(ContactDetails? details, Place? headquarters)
    {
        if (details is null && headquarters is null)
        {
            return;
        }

        details ??= new ContactDetails();
        var entries = new List<(string Type, string? Name, string Value)>();
        entries.AddRange(details.Telephones.Select(static phone => ("phone", (string?)null, phone.Number)));
        entries.AddRange(details.Faxes.Select(static fax => ("fax", (string?)null, fax.Number)));
        entries.AddRange(details.Emails.Select(static email => ("email", (string?)null, email)));
        entries.AddRange(details.Website is { } website ? [("web", null, website)] : []);
        entries.AddRange(details.SocialAccounts.Select(static account => (ContentJson.GetWireName(account.Platform), (string?)account.Handle, account.Url ?? account.Handle)));
        if (details.PostalAddress is null && entries.Count == 0 && headquarters is null)
        {
            return;
        }

        _writer.WriteStartArray("contactInfo");
        if (headquarters is not null)
        {
            _writer.WriteStartObject();
            _writer.WriteString("type", "physical");
            _writer.WriteString("role", "headquarters");
            _writer.WriteOptional("name", _index.Text(headquarters.Name));
            WritePlaceAddress(headquarters);
            _writer.WriteEndObject();
        }

        if (details.PostalAddress is { } address)
        {
            _writer.WriteStartObject();
            _writer.WriteString("type", "physical");
            _writer.WriteStartObject("address");
            _writer.WriteArray("lines", new[] { _index.Text(address.StreetAddress), _index.Text(address.District) }.OfType<string>(), _writer.WriteStringValue);
            _writer.WriteOptional("locality", _index.Text(address.Locality));
            _writer.WriteOptional("area", _index.Text(address.Region));
            _writer.WriteOptional("postalCode", address.PostalCode);
            _writer.WriteString("country", address.CountryCode);
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        foreach (var (type, name, value) in entries)
        {
            _writer.WriteStartObject();
            _writer.WriteString("type", type);
            _writer.WriteOptional("name", name);
            _writer.WriteString("value", value);
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
    }

    /// <summary>Writes the address of a place: its locality, its region and its country.</summary>
    private void WritePlaceAddress(Place place)
    {
        _writer.WriteStartObject("address");
        _writer.WriteOptional("locality", _index.Text(place.Locality));
        _writer.WriteOptional("area", _index.Text(place.Region));
        _writer.WriteOptional("country", place.CountryCode);
        _writer.WriteEndObject();
    }

    /// <summary>Gets what separates the parts of a uri after the prefix: <c>/</c> after a prefix that ends in one, else <c>:</c>.</summary>
    private string Separator => _options.UriPrefix.EndsWith('/') ? "/" : ":";

    private string Uri(string kind, string id) =>
        string.Concat(_options.UriPrefix, kind, Separator, System.Uri.EscapeDataString(id));
}
