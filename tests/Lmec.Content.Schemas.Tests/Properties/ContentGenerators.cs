using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Schemas.Tests.Properties;

/// <summary>
/// Minimal FsCheck generators of valid documents of the content model, written for the schema tests; they
/// stay within what the wire format allows (ids are slugs, texts have a language, lists of strings hold
/// distinct values, numbers lie in range).
/// </summary>
internal static class ContentGenerators
{
    private static readonly string[] Languages = ["en", "zh-Hans", "th", "vi", "km", "lo", "my", "zh-Hans-CN", "en-GB"];

    private static readonly string[] Texts =
    [
        "Newsletter", "简报", "澜沧江-湄公河环境合作中心", "จดหมายข่าว", "Bản tin", "Climate-resilient infrastructure 🌏",
        "Quotes \"inside\" & <b>angle brackets</b>", "Line one\nline two", "  spaced  ",
    ];

    /// <summary>Gets a generator of any kind of valid root document.</summary>
    internal static Gen<ContentDocument> Documents { get; } = Gen.OneOf(
        NewsletterIssues().Select(static document => (ContentDocument)document),
        ArticleDocuments().Select(static document => (ContentDocument)document),
        Directories().Select(static document => (ContentDocument)document));

    private static Gen<string> Id =>
        Gen.Elements("lmec", "mee", "taf", "liu", "qing", "2023", "a", "x1", "energy", "transition")
            .ListOf(1, 3).Select(static parts => string.Join("-", parts));

    private static Gen<string[]> Ids => Id.ListOf(0, 3).Select(static ids => ids.Distinct(StringComparer.Ordinal).ToArray());

    private static Gen<LocalizedText> Text =>
        Gen.SubListOf(Languages).Where(static tags => tags.Count > 0 && tags.Count <= 3)
            .SelectMany(static tags => Gen.Elements(Texts).ArrayOf(tags.Count).Select(texts => new LocalizedText(tags.Zip(texts, static (tag, text) => new KeyValuePair<string, string>(tag, text)))));

    private static Gen<LocalizedText?> OptionalText => Gen.OneOf(Gen.Constant<LocalizedText?>(null), Text.Select(static text => (LocalizedText?)text));

    private static Gen<DateOnly> Date => Gen.Choose(1, 9999).SelectMany(static year => Gen.Choose(1, 12).SelectMany(month => Gen.Choose(1, DateTime.DaysInMonth(year, month)).Select(day => new DateOnly(year, month, day))));

    private static Gen<DateTimeOffset> Timestamp =>
        from date in Gen.Choose(1950, 2100).Select(static year => new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified))
        from ticks in Gen.Choose(0, 364 * 24 * 60).Select(static minutes => TimeSpan.FromMinutes(minutes) + TimeSpan.FromTicks(minutes * 7919L % 10_000_000))
        from offset in Gen.Choose(-14 * 60, 14 * 60).Select(static minutes => TimeSpan.FromMinutes(minutes))
        select new DateTimeOffset(date + ticks, offset);

    private static Gen<string[]> CountryCodes => Gen.SubListOf("CN", "KH", "LA", "MM", "TH", "VN").Select(static codes => codes.ToArray());

    private static Gen<List<T>> ListOf<T>(this Gen<T> gen, int min, int max) => Gen.Choose(min, max).SelectMany(gen.ListOf);

    private static Gen<T> Enum<T>()
        where T : struct, System.Enum => Gen.Elements(System.Enum.GetValues<T>());

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct => Gen.OneOf(Gen.Constant<T?>(null), gen.Select(static value => (T?)value));

    private static Gen<T?> OptionalObject<T>(Gen<T> gen)
        where T : class => Gen.OneOf(Gen.Constant<T?>(null), gen.Select(static value => (T?)value));

    private static Gen<PhoneNumber> Phone =>
        from country in Gen.Choose(1, 9)
        from rest in Gen.Choose(0, 9).ArrayOf().Where(static digits => digits.Length is >= 1 and <= 13)
        from printed in Gen.Elements<string?>(null, "+86-10-82268242/8221")
        select new PhoneNumber { Number = "+" + country + string.Concat(rest), Printed = printed };

    private static Gen<ContactDetails> Contact =>
        from address in OptionalObject(Gen.Constant(new PostalAddress { Locality = new LocalizedText("en", "Beijing"), PostalCode = "100035", CountryCode = "CN" }))
        from phones in Phone.ListOf(0, 2)
        from emails in Gen.SubListOf("li.xia@fecomce.org.cn", "o'brien+news@mail.example-domain.org", "info@lmec.org.cn")
        from website in Gen.Elements<string?>(null, "http://en.lmec.org.cn/", "https://example.org:8443/a/b%20c?q=1#top")
        from accounts in Enum<SocialPlatform>().Select(static platform => new SocialAccount { Platform = platform, Handle = "lancang-mekongec", Url = "https://example.org/lmec" }).ListOf(0, 2)
        select new ContactDetails { PostalAddress = address, Telephones = phones, Faxes = phones, Emails = emails, Website = website, SocialAccounts = accounts };

    private static Gen<Organisation> Organisation =>
        from id in Id
        from name in Text
        from kind in Optional(Enum<OrganisationKind>())
        from countries in CountryCodes
        from founded in Optional(Gen.Choose(1, 9999))
        from contact in OptionalObject(Contact)
        select new Organisation { Id = id, Name = name, Abbreviation = "LMEC", Kind = kind, CountryCodes = countries, FoundedYear = founded, Contact = contact, Headquarters = new Place { CountryCode = "CN" } };

    private static Gen<Person> Person =>
        from id in Id
        from family in OptionalText
        from order in Enum<NameOrder>()
        from affiliations in Id.Select(static organisationId => new Affiliation { OrganisationId = organisationId, Position = new LocalizedText("en", "director") }).ListOf(0, 2)
        select new Person { Id = id, Name = new PersonName { FamilyName = family, GivenName = new LocalizedText("en", "Qing"), Order = order }, Affiliations = affiliations };

    private static Gen<SpeechPoint> Point =>
        from ordinal in Optional(Gen.Choose(1, 20))
        from text in Text
        from items in Text.Select(static item => new SpeechPoint { Text = item }).ListOf(0, 2)
        select new SpeechPoint { Ordinal = ordinal, Text = text, Items = items };

    private static Gen<PartialDate> PartialDate =>
        Date.SelectMany(static date => Gen.Elements(new PartialDate(date.Year), new PartialDate(date.Year, date.Month), Lmec.Content.Model.PartialDate.FromDate(date)));

    private static Gen<RelatedDocument> RelatedDocument =>
        from id in Id
        from kind in Optional(Enum<RelatedDocumentKind>())
        from title in Text
        from date in Optional(PartialDate)
        from issuers in Ids
        select new RelatedDocument { Id = id, Kind = kind, Title = title, Date = date, IssuerIds = issuers, Url = "https://lmec.org.cn/documents/1", ProjectIds = issuers, Summary = title };

    private static Gen<Project> Project =>
        from id in Id
        from name in Text
        from start in Optional(PartialDate)
        from ids in Ids
        select new Project
        {
            Id = id, Name = name, Aliases = [name], Programme = name, FunderIds = ids, ImplementerIds = ids, Aims = [name], StartDate = start, EndDate = start,
            CountryCodes = ["KH", "LA"], Url = "https://lmec.org.cn/projects/1", Summary = name,
        };

    private static Gen<MediaObject> MediaObject =>
        from id in Id
        from kind in Enum<MediaKind>()
        from caption in OptionalText
        from width in Optional(Gen.Choose(1, int.MaxValue))
        select new MediaObject
        {
            Id = id, Kind = kind, Url = "https://lmec.org.cn/media/1.jpg", Caption = caption, AltText = caption, Credit = caption, CreditPersonId = "liu-qing",
            Licence = caption, LicenceUrl = "https://creativecommons.org/licenses/by/4.0/", Width = width, Height = width,
        };

    private static Gen<Event> Event =>
        from id in Id
        from kind in Enum<EventKind>()
        from name in Text
        from start in PartialDate
        from modality in Optional(Enum<EventModality>())
        from role in Enum<OrganisationRoleKind>()
        from ids in Ids
        from session in Enum<EventSessionKind>()
        from unanimous in Optional(Gen.Elements(true, false))
        select new Event
        {
            Id = id, Kind = kind, Name = name, StartDate = start, EndDate = start, Modality = modality,
            Series = [new EventSeries { Id = "series", Name = name, Aliases = [name], Recurrence = name }],
            Aliases = [name], Edition = 2, Aims = [name], HostCountryCode = "LA", Days = [start.Earliest],
            StartTime = new TimeOnly(9, 30), EndTime = new TimeOnly(12, 0), UtcOffset = "+07:00", Duration = "P0.5D",
            Location = new Place { Locality = name, Region = name, CountryCode = "TH", Url = "https://example.org/venue" },
            OnlinePlatforms = [new OnlinePlatform { Platform = StreamingPlatform.Zoom, Name = name, Url = "https://example.org/live", Live = true }],
            OrganisationRoles = [new OrganisationRole { Role = role, OrganisationIds = ids }],
            PersonRoles = [new PersonRole { Role = PersonRoleKind.CoChair, Description = name, CountryCode = "MM" }],
            ParticipantCount = new Count { Value = 120, Approximation = CountApproximation.About },
            ViewerCount = new Count { Value = 300 },
            ParticipantGroups = [new ParticipantGroup { Description = name, Count = new Count { Value = 50, Approximation = CountApproximation.MoreThan }, OrganisationIds = ids, CountryCodes = ["KH", "LA"], Attendance = modality }],
            Sessions = [new EventSession { Kind = session, Title = name, SpeakerIds = ids }],
            Outcome = new EventOutcome { Unanimous = unanimous, Conclusions = [name], Aspirations = [name] },
            Documents = [.. ids.Select(documentId => new EventDocument { DocumentId = documentId, Relation = DocumentRelationKind.Adopted })],
            RelatedEvents = [new EventRelation { Relation = EventRelationKind.SideEventOf, Name = name, Kind = EventKind.Forum, StartDate = start, Url = "https://example.org/forum" }],
            MediaIds = ids, ProjectIds = ids,
        };

    private static Gen<Article> Article =>
        from id in Id
        from headline in Text
        from published in Optional(Date)
        from authors in Ids
        from summary in OptionalText
        from @event in OptionalObject(Event)
        from speeches in (from speaker in Id from kind in Enum<SpeechKind>() from points in Point.ListOf(0, 2) select new Speech { SpeakerId = speaker, Kind = kind, Points = points, MediaIds = [speaker], ProjectIds = [speaker] }).ListOf(0, 2)
        from recommendations in (from ordinal in Gen.Choose(1, 100) from text in Text from topics in Ids select new Recommendation { Ordinal = ordinal, Text = text, Topics = topics }).ListOf(0, 2)
        from body in Text.ListOf(0, 2)
        from topics in Ids
        from media in Ids
        select new Article { Id = id, Headline = headline, DatePublished = published, AuthorIds = authors, Summary = summary, Event = @event, Speeches = speeches, Recommendations = recommendations, Body = body, Topics = topics, MediaIds = media, ProjectIds = topics };

    private static Gen<NewsletterIssue> NewsletterIssues() =>
        from id in Id
        from title in Text
        from number in Gen.Choose(1, int.MaxValue)
        from year in Gen.Choose(1, 9999)
        from date in Date
        from articles in Article.ListOf(0, 2)
        from organisations in Organisation.ListOf(0, 2)
        from people in Person.ListOf(0, 2)
        from contact in OptionalObject(Contact.Select(static details => new ContactPoint { OrganisationIds = ["lmec"], Details = details }))
        from documents in RelatedDocument.ListOf(0, 2)
        from projects in Project.ListOf(0, 2)
        from media in MediaObject.ListOf(0, 2)
        select new NewsletterIssue
        {
            Schema = "https://lmec.org.cn/schemas/content/v1/newsletter-issue.schema.json", Language = "en", Id = id, Title = title, PublisherId = "lmec",
            IssueNumber = number, Year = year, PublicationDate = date, Articles = articles, Organisations = organisations, People = people, Contact = contact,
            Documents = documents, Projects = projects, Media = media,
            About = new About { OrganisationId = "lmec", Text = title },
        };

    private static Gen<ArticleDocument> ArticleDocuments() =>
        from article in Article
        from submitted in Optional(Timestamp)
        from organisations in Organisation.ListOf(0, 2)
        select new ArticleDocument { Language = "zh-Hans", Article = article, SubmittedById = "taf", SubmittedAt = submitted, Organisations = organisations };

    private static Gen<OrganisationDirectory> Directories() =>
        from id in Id
        from title in Text
        from asOf in Optional(Date)
        from organisations in Organisation.ListOf(0, 3)
        select new OrganisationDirectory { Language = "th", Id = id, Title = title, Description = title, AsOf = asOf, PublisherId = "lmec", Organisations = organisations };
}
