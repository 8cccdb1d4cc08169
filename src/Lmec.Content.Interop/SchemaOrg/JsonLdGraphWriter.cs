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
    private readonly List<string> _organisations = [];
    private readonly List<string> _people = [];
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
        _writer.WriteStartObject();
        _writer.WriteString("@type", "NewsArticle");
        _writer.WriteString("@id", Id("article", article.Id));
        _writer.WriteOptional("headline", _index.Text(article.Headline));
        if ((article.DatePublished ?? issue?.PublicationDate) is { } published)
        {
            _writer.WriteString("datePublished", InteropJson.Date(published));
        }

        _writer.WriteString("inLanguage", _index.Language);
        _writer.WriteArray("author", article.AuthorIds, WritePersonReference);
        _writer.WriteOptional("description", _index.Text(article.Summary));
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

        WriteMentions(
            article.Speeches.Select(static speech => speech.SpeakerId)
                .Concat(article.Event?.Sessions.SelectMany(static session => session.SpeakerIds) ?? [])
                .Concat(article.Recommendations.Select(static recommendation => recommendation.ProponentId).OfType<string>()),
            article.Speeches.Select(static speech => speech.OrganisationId).OfType<string>(),
            wholeDocument);
        _writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the people and organisations a work mentions: those given and, for the node of a whole
    /// document, every one the document declares that no node written so far refers to.
    /// </summary>
    private void WriteMentions(IEnumerable<string> personIds, IEnumerable<string> organisationIds, bool wholeDocument)
    {
        var people = personIds.Distinct(StringComparer.Ordinal).ToList();
        var organisations = organisationIds.Distinct(StringComparer.Ordinal).ToList();
        if (wholeDocument)
        {
            people.AddRange(Unreferenced("person", _index.Document.People.Select(static person => person.Id), people));
            organisations.AddRange(Unreferenced("organisation", _index.Document.Organisations.Select(static organisation => organisation.Id), organisations));
        }

        _writer.WriteArray(
            "mentions",
            people.Select(static id => (Id: id, Person: true)).Concat(organisations.Select(static id => (Id: id, Person: false))),
            mention =>
            {
                if (mention.Person)
                {
                    WritePersonReference(mention.Id);
                }
                else
                {
                    WriteOrganisationReference(mention.Id);
                }
            });

        IEnumerable<string> Unreferenced(string kind, IEnumerable<string> declared, List<string> listed) =>
            declared.Distinct(StringComparer.Ordinal).Where(id => !listed.Contains(id, StringComparer.Ordinal) && !_referenced.Contains(Id(kind, id))).ToList();
    }

    private void WriteEvent(Event happening, IReadOnlyList<Speech> speeches)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", happening.Kind is EventKind.Workshop or EventKind.Training or EventKind.Seminar ? "EducationEvent" : "Event");
        _writer.WriteString("@id", Id("event", happening.Id));
        _writer.WriteOptional("name", _index.Text(happening.Name));
        if (_index.Text(happening.Theme) is { } theme)
        {
            _writer.WriteStartObject("about");
            _writer.WriteString("@type", "Thing");
            _writer.WriteString("name", theme);
            _writer.WriteEndObject();
        }

        _writer.WriteOptional("description", _index.Text(happening.Summary));
        _writer.WriteString("startDate", InteropJson.Date(happening.StartDate));
        if (happening.EndDate is { } end)
        {
            _writer.WriteString("endDate", InteropJson.Date(end));
        }

        if (happening.Modality is { } modality)
        {
            _writer.WriteString("eventAttendanceMode", AttendanceModes.Uri(modality));
        }

        if (happening.Location is { } location)
        {
            _writer.WritePropertyName("location");
            WritePlace(location);
        }

        if (happening.Series is { } series)
        {
            _writer.WriteStartObject("superEvent");
            _writer.WriteString("@type", "EventSeries");
            if (series.Id is { } seriesId)
            {
                _writer.WriteString("@id", Id("series", seriesId));
            }

            _writer.WriteOptional("name", _index.Text(series.Name));
            _writer.WriteEndObject();
        }

        WriteOrganisationRoles(happening.OrganisationRoles);
        _writer.WriteArray("audience", happening.ParticipantGroups, group =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("@type", "Audience");
            _writer.WriteOptional("audienceType", _index.Text(group.Description));
            _writer.WriteArray("geographicArea", group.CountryCodes, WriteCountry);
            _writer.WriteEndObject();
        });
        _writer.WriteArray("attendee", happening.ParticipantGroups.SelectMany(static group => group.OrganisationIds).Distinct(StringComparer.Ordinal), WriteOrganisationReference);
        WritePerformers(happening, speeches);
        _writer.WriteArray("subEvent", happening.Sessions, session =>
        {
            _writer.WriteStartObject();
            _writer.WriteString("@type", "Event");
            _writer.WriteOptional("name", _index.Text(session.Title));
            _writer.WriteOptional("description", _index.Text(session.Summary));
            _writer.WriteArray("performer", session.SpeakerIds, WritePersonReference);
            _writer.WriteEndObject();
        });
        _writer.WriteEndObject();
    }

    /// <summary>
    /// Writes who spoke at an event: a speaker of the article's speeches as a <c>Role</c> whose
    /// <c>roleName</c> is the speech's kind (the wire name: <c>keynote</c>, <c>opening</c>, …), once per
    /// kind; a session's speaker who gave no such speech as the person.
    /// </summary>
    private void WritePerformers(Event happening, IReadOnlyList<Speech> speeches)
    {
        var speakers = speeches.Select(static speech => speech.SpeakerId).ToHashSet(StringComparer.Ordinal);
        var performers = speeches.Select(static speech => (Id: speech.SpeakerId, Kind: (SpeechKind?)speech.Kind))
            .Concat(happening.Sessions.SelectMany(static session => session.SpeakerIds).Where(id => !speakers.Contains(id)).Select(static id => (Id: id, Kind: (SpeechKind?)null)))
            .Distinct();
        _writer.WriteArray("performer", performers, performer =>
        {
            if (performer.Kind is not { } kind)
            {
                WritePersonReference(performer.Id);
                return;
            }

            _writer.WriteStartObject();
            _writer.WriteString("@type", "Role");
            _writer.WriteString("roleName", ContentJson.GetWireName(kind));
            _writer.WritePropertyName("performer");
            WritePersonReference(performer.Id);
            _writer.WriteEndObject();
        });
    }

    private void WriteOrganisationRoles(IReadOnlyList<OrganisationRole> roles)
    {
        // Each schema.org property is written once, with every organisation in it; a role the property
        // does not name exactly travels as a Role with the model's wire name as its roleName.
        var byProperty = roles
            .SelectMany(static role => role.OrganisationIds.Select(id => (Property: PropertyOf(role.Role), Role: role.Role, Id: id)))
            .GroupBy(static entry => entry.Property, StringComparer.Ordinal);
        foreach (var entries in byProperty)
        {
            _writer.WriteArray(entries.Key, entries, entry =>
            {
                if (entry.Role is OrganisationRoleKind.OrganisedBy or OrganisationRoleKind.SupportedBy or OrganisationRoleKind.SponsoredBy)
                {
                    WriteOrganisationReference(entry.Id);
                    return;
                }

                _writer.WriteStartObject();
                _writer.WriteString("@type", "Role");
                _writer.WriteString("roleName", ContentJson.GetWireName(entry.Role));
                _writer.WritePropertyName(entries.Key);
                WriteOrganisationReference(entry.Id);
                _writer.WriteEndObject();
            });
        }

        static string PropertyOf(OrganisationRoleKind role) => role switch
        {
            OrganisationRoleKind.OrganisedBy or OrganisationRoleKind.CoOrganisedBy or OrganisationRoleKind.HostedBy => "organizer",
            OrganisationRoleKind.SupportedBy => "sponsor",
            OrganisationRoleKind.SponsoredBy => "funder",
            _ => "contributor",
        };
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

        // Writing a node may refer to more: a parent organisation, a person's organisations.
        for (int organisation = 0, person = 0; organisation < _organisations.Count || person < _people.Count;)
        {
            if (organisation < _organisations.Count)
            {
                WriteOrganisationNode(_organisations[organisation++]);
            }
            else
            {
                WritePersonNode(_people[person++]);
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

        _writer.WriteStartObject();
        _writer.WriteString("@type", "Person");
        _writer.WriteString("@id", Id("person", person.Id));
        _writer.WriteOptional("name", person.Name.Format(_index.Language));
        _writer.WriteOptional("familyName", _index.Text(person.Name.FamilyName));
        _writer.WriteOptional("givenName", _index.Text(person.Name.GivenName));
        _writer.WriteArray("affiliation", person.Affiliations, affiliation =>
        {
            if (_index.Text(affiliation.Position) is not { } position)
            {
                WriteOrganisationReference(affiliation.OrganisationId);
                return;
            }

            _writer.WriteStartObject();
            _writer.WriteString("@type", "OrganizationRole");
            _writer.WriteString("roleName", position);
            _writer.WritePropertyName("affiliation");
            WriteOrganisationReference(affiliation.OrganisationId);
            _writer.WriteEndObject();
        });
        _writer.WriteEndObject();
    }

    private void WritePlace(Place place)
    {
        _writer.WriteStartObject();
        _writer.WriteString("@type", "Place");
        _writer.WriteOptional("name", _index.Text(place.Name));
        if (place.Locality is not null || place.CountryCode is not null)
        {
            _writer.WriteStartObject("address");
            _writer.WriteString("@type", "PostalAddress");
            _writer.WriteOptional("addressLocality", _index.Text(place.Locality));
            _writer.WriteOptional("addressCountry", place.CountryCode);
            _writer.WriteEndObject();
        }

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
    private string Enqueue(List<string> queue, string kind, string id)
    {
        var nodeId = Id(kind, id);
        if (_referenced.Add(nodeId))
        {
            queue.Add(id);
        }

        return nodeId;
    }
}
