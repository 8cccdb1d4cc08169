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
        WritePeople(Mentioned(_index.Document.People.Select(static person => person.Id), issue.Articles.SelectMany(ArticlePeople).Select(static person => person.Id)));
        organisations.AddRange(Mentioned(
            _index.Document.Organisations.Select(static organisation => organisation.Id),
            issue.Articles.SelectMany(ArticleOrganisations).Concat(organisations).Select(static organisation => organisation.Id))
            .Select(static organisation => (organisation.Id, organisation.Rel, (ContactDetails?)null)));
        WriteOrganisations(organisations);
        WriteInfoSources([(issue.PublisherId, "publisher")]);
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
        if (submission?.SubmittedAt is { } submitted)
        {
            _writer.WritePropertyName("versionCreated");
            new TimestampConverter().Write(_writer, submitted, ContentJson.GetOptions(ContentReadMode.Strict));
        }

        WriteTexts("headlines", ("main", headline));
        WriteTexts("descriptions", ("summary", _index.Text(article.Summary)));
        WriteTexts("bodies", ("main", ArticleText.Write(article, _index)));
        _writer.WriteOptional("by", string.Join(", ", article.AuthorIds.Select(_index.PersonName)));
        var happening = article.Event;
        var people = ArticlePeople(article);
        var organisations = ArticleOrganisations(article);
        if (submission is not null)
        {
            // The item is the whole document: the people and organisations it declares but does not otherwise name are mentioned.
            people.AddRange(Mentioned(submission.People.Select(static person => person.Id), people.Select(static person => person.Id)));
            organisations.AddRange(Mentioned(submission.Organisations.Select(static organisation => organisation.Id), organisations.Select(static organisation => organisation.Id))
                .Select(static organisation => (organisation.Id, organisation.Rel, (ContactDetails?)null)));
        }

        WritePeople(people);
        WriteOrganisations(organisations);
        WritePlaces(happening?.Location);
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

        var sources = issue is not null ? [(issue.PublisherId, "publisher")] : new List<(string, string)>();
        sources.AddRange(submission?.SubmittedById is { } source ? [(source, "submitter")] : []);
        WriteInfoSources(sources);
        if (happening is not null)
        {
            _writer.WriteStartArray("associations");
            WriteEvent(happening);
            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
    }

    /// <summary>
    /// Gets the people an article names, with their relation to it: its authors, the speakers of its
    /// speeches (<c>speaker:</c> and the speech's kind, such as <c>speaker:keynote</c>), the other speakers of
    /// its event's sessions (<c>speaker</c>) and the proponents of its recommendations.
    /// </summary>
    private static List<(string Id, string Rel)> ArticlePeople(Article article)
    {
        var speakers = article.Speeches.Select(static speech => speech.SpeakerId).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. article.AuthorIds.Select(static id => (id, "author")),
            .. article.Speeches.Select(static speech => (speech.SpeakerId, "speaker:" + ContentJson.GetWireName(speech.Kind))),
            .. article.Event?.Sessions.SelectMany(static session => session.SpeakerIds).Where(id => !speakers.Contains(id)).Select(static id => (id, "speaker")) ?? [],
            .. article.Recommendations.Select(static recommendation => recommendation.ProponentId).OfType<string>().Select(static id => (id, "proponent")),
        ];
    }

    /// <summary>
    /// Gets the organisations an article's item names, with their relation to it: the roles in its event,
    /// the event's participants, the speakers' organisations, and the publisher, submitter and contact of
    /// its document.
    /// </summary>
    private List<(string Id, string Rel, ContactDetails? Contact)> ArticleOrganisations(Article article)
    {
        var organisations = new List<(string Id, string Rel, ContactDetails? Contact)>();
        organisations.AddRange(RoleOrganisations(article.Event));
        organisations.AddRange(ParticipantOrganisations(article.Event));
        organisations.AddRange(article.Speeches.Select(static speech => speech.OrganisationId).OfType<string>().Select(static id => (id, "speakerOrganisation", (ContactDetails?)null)));
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
        WriteTexts("descriptions", ("theme", _index.Text(happening.Theme)), ("summary", _index.Text(happening.Summary)));
        _writer.WriteStartObject("eventDetails");
        _writer.WriteStartObject("dates");
        _writer.WriteString("expectedStartDate", InteropJson.Date(happening.StartDate));
        if (happening.EndDate is { } end)
        {
            _writer.WriteString("expectedEndDate", InteropJson.Date(end));
        }

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
        WritePeople(happening.Sessions.SelectMany(static session => session.SpeakerIds).Select(static id => (id, "speaker")));
        WriteOrganisations([.. RoleOrganisations(happening), .. ParticipantOrganisations(happening)]);
        WritePlaces(happening.Location);
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

        var number = 0;
        _writer.WriteArray("associations", happening.Sessions, session => WriteSession(happening, session, ++number));
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
        WritePeople(session.SpeakerIds.Select(static id => (id, "speaker")));
        _writer.WriteStartArray("subjects");
        _writer.WriteStartObject();
        _writer.WriteString("name", kind);
        _writer.WriteString("rel", "sessionKind");
        _writer.WriteString("literal", kind);
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
    }

    private void WriteDirectory(OrganisationDirectory directory)
    {
        _writer.WriteStartObject();
        WriteHead(ContentJson.GetWireName(DocumentKind.OrganisationDirectory), directory.Id, "text", association: null);
        WriteTitle(directory.Title);
        WriteTexts("descriptions", ("summary", _index.Text(directory.Description)));
        WriteOrganisations(directory.Organisations.Select(static organisation => (organisation.Id, "listed", (ContactDetails?)null)));
        WriteInfoSources(directory.PublisherId is { } publisher ? [(publisher, "publisher")] : []);
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

    private void WritePeople(IEnumerable<(string Id, string Rel)> people) =>
        _writer.WriteArray("people", people.Distinct(), person =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("name", _index.PersonName(person.Id));
            _writer.WriteString("rel", person.Rel);
            if (_index.Person(person.Id) is not null)
            {
                _writer.WriteString("uri", Uri("person", person.Id));
            }

            _writer.WriteString("literal", person.Id);
            _writer.WriteEndObject();
        });

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

    private void WriteInfoSources(IEnumerable<(string Id, string Role)> sources) =>
        _writer.WriteArray("infoSources", sources, source =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("name", _index.OrganisationName(source.Id));
            _writer.WriteString("role", source.Role);
            _writer.WriteString("literal", source.Id);
            _writer.WriteEndObject();
        });

    private void WritePlaces(Place? place)
    {
        if (place is null)
        {
            return;
        }

        _writer.WriteStartArray("places");
        _writer.WriteStartObject();
        _writer.WriteOptional("name", _index.Text(place.Name) ?? _index.Text(place.Locality));
        _writer.WriteString("rel", "eventLocation");
        if (place.Locality is not null || place.CountryCode is not null)
        {
            _writer.WriteStartArray("contactInfo");
            _writer.WriteStartObject();
            _writer.WriteString("type", "physical");
            WritePlaceAddress(place);
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
        _writer.WriteEndArray();
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

    /// <summary>Writes the address of a place: its locality and its country.</summary>
    private void WritePlaceAddress(Place place)
    {
        _writer.WriteStartObject("address");
        _writer.WriteOptional("locality", _index.Text(place.Locality));
        _writer.WriteOptional("country", place.CountryCode);
        _writer.WriteEndObject();
    }

    /// <summary>Gets what separates the parts of a uri after the prefix: <c>/</c> after a prefix that ends in one, else <c>:</c>.</summary>
    private string Separator => _options.UriPrefix.EndsWith('/') ? "/" : ":";

    private string Uri(string kind, string id) =>
        string.Concat(_options.UriPrefix, kind, Separator, System.Uri.EscapeDataString(id));
}
