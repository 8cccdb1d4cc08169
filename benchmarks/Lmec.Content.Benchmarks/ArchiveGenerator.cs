using System.Text;
using Lmec.Content.Model;

namespace Lmec.Content.Benchmarks;

/// <summary>
/// Generates newsletter issues shaped and sized like the LMEC newsletter: bilingual (English and
/// Chinese) text, several articles each reporting an event with speeches, points and recommendations,
/// and the organisations and people they refer to. The same seed gives the same issues, so runs compare.
/// </summary>
internal sealed class ArchiveGenerator
{
    private static readonly string[] Words =
    [
        "Lancang-Mekong", "environmental", "cooperation", "green", "development", "climate", "resilient", "infrastructure",
        "energy", "transition", "knowledge", "sharing", "sustainable", "regional", "partners", "countries", "policy",
        "governance", "finance", "biodiversity", "water", "ecosystem", "capacity", "building", "dialogue", "symposium",
        "the", "and", "of", "in", "to", "for", "with", "on", "through", "a", "its", "their", "new", "joint", "practice",
        "low-carbon", "nature-based", "solutions", "mechanisms", "recovery", "innovation", "investment", "monitoring",
    ];

    private static readonly string[] ChinesePhrases =
    [
        "澜沧江-湄公河", "环境合作", "绿色发展", "气候韧性", "基础设施", "能源转型", "知识分享", "可持续", "区域合作",
        "生态环境部", "对话交流", "政策协调", "绿色金融", "生物多样性", "水资源", "能力建设", "务实合作", "共同推动", "。", "，",
    ];

    private static readonly string[] Countries = ["CN", "KH", "LA", "MM", "TH", "VN"];

    private readonly Random _random;

    /// <summary>Initialises a generator.</summary>
    /// <param name="seed">The seed; the same seed gives the same issues.</param>
    public ArchiveGenerator(int seed) => _random = new Random(seed);

    /// <summary>Generates an archive of issues, numbered month by month from January 2017.</summary>
    /// <param name="count">How many issues.</param>
    /// <returns>The issues.</returns>
    public IReadOnlyList<NewsletterIssue> Archive(int count) => [.. Issues().Take(count)];

    /// <summary>
    /// Generates issues one at a time, numbered month by month from January 2017, without end: an archive of any
    /// size, written as it is generated. Each issue's dates lie in its own month, so a far year is no finding.
    /// </summary>
    /// <returns>The issues, the first <c>count</c> of them those of <see cref="Archive(int)"/>.</returns>
    public IEnumerable<NewsletterIssue> Issues()
    {
        for (var index = 0; ; index++)
        {
            yield return Issue(2017 + (index / 12), (index % 12) + 1);
        }
    }

    /// <summary>Generates one issue.</summary>
    /// <param name="year">The year of the issue.</param>
    /// <param name="number">The number of the issue within its year.</param>
    /// <param name="articles">How many articles; by default one to three.</param>
    /// <returns>The issue.</returns>
    public NewsletterIssue Issue(int year, int number, int? articles = null)
    {
        var organisations = Enumerable.Range(1, _random.Next(5, 11)).Select(Organisation).ToArray();
        var organisationIds = organisations.Select(static organisation => organisation.Id).ToArray();
        var people = Enumerable.Range(1, _random.Next(3, 9)).Select(index => Person(index, organisationIds)).ToArray();
        var personIds = people.Select(static person => person.Id).ToArray();
        return new NewsletterIssue
        {
            Language = "en",
            Id = $"lmec-newsletter-{year}-{number:00}",
            Title = Bilingual("Newsletter", "简报"),
            PublisherId = organisationIds[0],
            IssueNumber = number,
            Year = year,
            // Published after every event it reports (they start by the 25th), so that each issue is valid.
            PublicationDate = new DateOnly(year, number, _random.Next(26, 29)),
            Articles = [.. Enumerable.Range(1, articles ?? _random.Next(1, 4)).Select(index => Article(index, new DateOnly(year, number, 1), organisationIds, personIds))],
            Contact = new ContactPoint { OrganisationIds = organisationIds[..2], Details = Contact() },
            About = new About { OrganisationId = organisationIds[0], Text = Text(40, 12) },
            Organisations = organisations,
            People = people,
        };
    }

    private Organisation Organisation(int index) => new()
    {
        Id = $"organisation-{index}",
        Name = Text(6, 4),
        Abbreviation = _random.Next(3) > 0 ? $"ORG{index}" : null,
        Aliases = _random.Next(4) == 0 ? [Text(5, 3)] : [],
        Kind = (OrganisationKind)_random.Next(Enum.GetValues<OrganisationKind>().Length),
        ParentId = index > 1 && _random.Next(4) == 0 ? $"organisation-{_random.Next(1, index)}" : null,
        CountryCodes = [Pick(Countries)],
        FoundedYear = _random.Next(1950, 2020),
        Headquarters = new Place { Locality = Text(1, 1), CountryCode = Pick(Countries) },
        Mission = _random.Next(4) == 0 ? Text(25, 8) : null,
        Contact = _random.Next(3) == 0 ? Contact() : null,
    };

    private Person Person(int index, string[] organisationIds) => new()
    {
        Id = $"person-{index}",
        Name = new PersonName { FamilyName = Text(1, 1), GivenName = Text(1, 1), Order = NameOrder.FamilyNameFirst },
        Affiliations = [.. Enumerable.Range(0, _random.Next(1, 3)).Select(_ => new Affiliation { OrganisationId = Pick(organisationIds), Position = Text(4, 3) })],
    };

    private Article Article(int index, DateOnly month, string[] organisationIds, string[] personIds) => new()
    {
        Id = $"article-{index}",
        Headline = Text(18, 8),
        DatePublished = month.AddDays(_random.Next(0, 28)),
        AuthorIds = _random.Next(2) == 0 ? [Pick(personIds)] : [],
        Summary = Text(35, 12),
        Event = _random.Next(10) < 7 ? Event(index, month, organisationIds, personIds) : null,
        Speeches = [.. Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Speech(organisationIds, personIds))],
        Recommendations = [.. Enumerable.Range(1, _random.Next(0, 6)).Select(ordinal => new Recommendation { Ordinal = ordinal, Text = Text(20, 8), ProponentId = Pick(personIds), Topics = ["resilience"] })],
        Body = [.. Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Text(60, 20))],
        Topics = ["energy-transition", "climate-resilience", "green-finance"],
    };

    private Event Event(int index, DateOnly month, string[] organisationIds, string[] personIds)
    {
        var start = month.AddDays(_random.Next(0, 25));
        return new Event
        {
            Id = $"event-{index}",
            Kind = (EventKind)_random.Next(Enum.GetValues<EventKind>().Length),
            Name = Text(12, 6),
            Theme = Text(10, 6),
            Series = _random.Next(2) == 0 ? [new EventSeries { Id = "green-lancang-mekong", Name = Text(12, 6) }] : [],
            StartDate = start,
            EndDate = _random.Next(2) == 0 ? start.AddDays(1) : null,
            Location = new Place { Locality = Text(1, 1), CountryCode = Pick(Countries) },
            Modality = (EventModality)_random.Next(3),
            OrganisationRoles = [.. Enumerable.Range(0, _random.Next(2, 5)).Select(role => new OrganisationRole { Role = (OrganisationRoleKind)role, OrganisationIds = PickTwo(organisationIds) })],
            ParticipantGroups = [.. Enumerable.Range(0, _random.Next(1, 3)).Select(_ => new ParticipantGroup { Description = Text(14, 6), CountryCodes = Countries, Attendance = EventModality.Offline })],
            Sessions = [.. Enumerable.Range(0, _random.Next(0, 3)).Select(_ => new EventSession { Kind = EventSessionKind.PanelDiscussion, Title = Text(10, 5), Summary = Text(30, 10), SpeakerIds = PickTwo(personIds) })],
            Summary = Text(40, 15),
            Outcome = new EventOutcome { Unanimous = true, Conclusions = [Text(30, 10)], Aspirations = [Text(35, 12)] },
        };
    }

    private Speech Speech(string[] organisationIds, string[] personIds) => new()
    {
        SpeakerId = Pick(personIds),
        Kind = (SpeechKind)_random.Next(Enum.GetValues<SpeechKind>().Length),
        Position = Text(4, 3),
        OrganisationId = Pick(organisationIds),
        Summary = Text(30, 10),
        Points = [.. Enumerable.Range(1, _random.Next(1, 6)).Select(ordinal => new SpeechPoint
        {
            Ordinal = ordinal,
            Text = Text(22, 8),
            Items = _random.Next(5) == 0 ? [.. Enumerable.Range(1, 3).Select(item => new SpeechPoint { Ordinal = item, Text = Text(12, 5) })] : [],
        })],
    };

    private ContactDetails Contact() => new()
    {
        PostalAddress = new PostalAddress { StreetAddress = Text(5, 3), District = Text(2, 1), Locality = Text(1, 1), PostalCode = $"{_random.Next(100000, 999999)}", CountryCode = Pick(Countries) },
        Telephones = [new PhoneNumber { Number = $"+8610{_random.Next(10000000, 99999999)}", Printed = "+86-10-82268242/8221" }],
        Faxes = _random.Next(2) == 0 ? [new PhoneNumber { Number = $"+8610{_random.Next(10000000, 99999999)}" }] : [],
        Emails = ["office@example.org", "press@example.org"],
        Website = "http://en.lmec.org.cn/",
        SocialAccounts = [new SocialAccount { Platform = SocialPlatform.WeChat, Handle = "lancang-mekongec" }],
    };

    private LocalizedText Bilingual(string english, string chinese) => new LocalizedText("en", english).With("zh-Hans", chinese);

    // Roughly six characters an English word; Chinese says as much in about a third of the characters.
    private LocalizedText Text(int words, int chinesePhrases) => Bilingual(English(words), Chinese(chinesePhrases));

    private string English(int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Pick(Words));
        }

        return text.Append('.').ToString();
    }

    private string Chinese(int phrases)
    {
        var text = new StringBuilder();
        for (var i = 0; i < phrases; i++)
        {
            text.Append(Pick(ChinesePhrases));
        }

        return text.Append('。').ToString();
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    // Two distinct items: the schemas declare lists of ids `uniqueItems`, and every validator must find the archive valid.
    private T[] PickTwo<T>(T[] items)
    {
        var first = _random.Next(items.Length);
        return [items[first], items[(first + 1 + _random.Next(items.Length - 1)) % items.Length]];
    }
}
