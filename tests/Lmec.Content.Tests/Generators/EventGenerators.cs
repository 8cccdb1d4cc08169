using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>Generates events such as a symposium, with their series, roles, participants, sessions and outcome.</summary>
internal static class EventGenerators
{
    /// <summary>Generates an event with every optional part present some of the time.</summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="id">The event's id.</param>
    public static Gen<Event> Event(DocumentContext context, string id) =>
        from kind in Gen.Elements(Enum.GetValues<EventKind>())
        from name in context.Text.Optional()
        from aliases in context.Text.Many(2)
        from edition in Gen.Choose(1, 30).OptionalValue()
        from theme in context.Text.Optional()
        from series in EventSeries(context).Many(2)
        from aims in context.Text.Many(3)
        from startDate in TimeGenerators.PartialDate
        from days in Gen.Choose(1, 5).OptionalValue()
        from dayMask in Gen.Choose(0, 63)
        from startTime in TimeGenerators.Time.OptionalValue()
        from endTime in TimeGenerators.Time.OptionalValue()
        from utcOffset in TimeGenerators.UtcOffset.Optional()
        from duration in TimeGenerators.Duration.Optional()
        from location in OrganisationGenerators.Place(context).Optional()
        from modality in Gen.Elements(Enum.GetValues<EventModality>()).OptionalValue()
        from hostCountry in TextGenerators.CountryCode.Optional()
        from platforms in OnlinePlatform(context).Many(2)
        from roles in OrganisationRole(context).Many(4)
        from personRoles in PersonRole(context).Many(3)
        from participantCount in Counts.Optional()
        from viewerCount in Counts.Optional()
        from groups in ParticipantGroup(context).Many(3)
        from sessions in EventSession(context, startDate.Earliest, (days is { } length ? Later(startDate, length) : startDate).Latest).Many(3)
        from summary in context.Text.Optional()
        from outcome in EventOutcome(context).Optional()
        from documents in EventDocuments(context)
        from relatedEvents in EventRelation(context).Many(2)
        from mediaIds in context.SomeMediaIds
        from projectIds in context.SomeProjectIds
        select new Event
        {
            Id = id,
            Kind = kind,
            Name = name,
            Aliases = aliases,
            Edition = edition,
            Theme = theme,
            Series = series,
            Aims = aims,
            StartDate = startDate,
            EndDate = days is { } length ? Later(startDate, length) : null,
            Days = HeldOn(startDate.Earliest, (days is { } span ? Later(startDate, span) : startDate).Latest, dayMask),
            StartTime = startTime,
            EndTime = endTime,
            UtcOffset = utcOffset,
            Duration = duration,
            Location = location,
            Modality = modality,
            HostCountryCode = hostCountry,
            OnlinePlatforms = platforms,
            OrganisationRoles = roles,
            PersonRoles = personRoles,
            ParticipantCount = participantCount,
            ViewerCount = viewerCount,
            ParticipantGroups = groups,
            Sessions = sessions,
            Summary = summary,
            Outcome = outcome,
            Documents = documents,
            RelatedEvents = relatedEvents,
            MediaIds = mediaIds,
            ProjectIds = projectIds,
        };

    /// <summary>Generates a person in a role of an event: a declared person, a described one, or both.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<PersonRole> PersonRole(DocumentContext context) =>
        from role in Gen.Elements(Enum.GetValues<PersonRoleKind>())
        from who in context.PersonOrText
        from country in TextGenerators.CountryCode.Optional()
        select new PersonRole
        {
            Role = role,
            PersonId = who.PersonId,
            Description = who.Text,
            CountryCode = country,
        };

    /// <summary>Generates a count of people, exact or approximate.</summary>
    public static Gen<Count> Counts { get; } =
        from value in Gen.Frequency((3, Gen.Choose(1, 500)), (1, Gen.Choose(1, int.MaxValue)))
        from approximation in Gen.Elements(Enum.GetValues<CountApproximation>()).OptionalValue()
        select new Count { Value = value, Approximation = approximation };

    /// <summary>Generates what happened to some of the document's declared documents at an event, each document once.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<EventDocument[]> EventDocuments(DocumentContext context) =>
        from documentIds in context.SomeDocumentIds
        from relations in Gen.Elements(Enum.GetValues<DocumentRelationKind>()).ArrayOf(documentIds.Length)
        select documentIds.Select((documentId, index) => new EventDocument { DocumentId = documentId, Relation = relations[index] }).ToArray();

    /// <summary>Generates another event an event relates to, which the source names.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<EventRelation> EventRelation(DocumentContext context) =>
        from relation in Gen.Elements(Enum.GetValues<EventRelationKind>())
        from name in context.Text
        from kind in Gen.Elements(Enum.GetValues<EventKind>()).OptionalValue()
        from startDate in TimeGenerators.PartialDate.OptionalValue()
        from url in TextGenerators.Url.Optional()
        select new EventRelation { Relation = relation, Name = name, Kind = kind, StartDate = startDate, Url = url };

    /// <summary>Generates an online platform an event was held or streamed on.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<OnlinePlatform> OnlinePlatform(DocumentContext context) =>
        from platform in Gen.Elements(Enum.GetValues<StreamingPlatform>()).OptionalValue()
        from name in context.Text.Optional()
        from url in TextGenerators.Url.Optional()
        from live in Gen.Elements(true, false).OptionalValue()
        select new OnlinePlatform { Platform = platform, Name = name, Url = url, Live = live };

    /// <summary>Moves a date forward by days, months or years, as its precision allows.</summary>
    /// <param name="date">The date.</param>
    /// <param name="count">How many.</param>
    /// <returns>The later date, of the same precision.</returns>
    public static PartialDate Later(PartialDate date, int count) => date.Precision switch
    {
        DatePrecision.Day => date.Earliest.AddDays(count),
        DatePrecision.Month => new PartialDate(date.Earliest.AddMonths(count).Year, date.Earliest.AddMonths(count).Month),
        _ => date.AddYears(count),
    };

    /// <summary>Generates the series an event belongs to.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<EventSeries> EventSeries(DocumentContext context) =>
        from id in TextGenerators.Slug.Optional()
        from name in context.Text
        from aliases in context.Text.Many(2)
        from recurrence in context.Text.Optional()
        select new EventSeries { Id = id, Name = name, Aliases = aliases, Recurrence = recurrence };

    /// <summary>Generates the organisations in one role, such as the organisers.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<OrganisationRole> OrganisationRole(DocumentContext context) =>
        from role in Gen.Elements(Enum.GetValues<OrganisationRoleKind>())
        from organisationIds in context.OrganisationId.Many(3)
        select new OrganisationRole { Role = role, OrganisationIds = organisationIds };

    /// <summary>Generates a group of participants.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<ParticipantGroup> ParticipantGroup(DocumentContext context) =>
        from description in context.Text
        from organisationIds in context.OrganisationId.Many(3)
        from countries in TextGenerators.CountryCode.Many(6)
        from attendance in Gen.Elements(Enum.GetValues<EventModality>()).OptionalValue()
        from count in Counts.Optional()
        select new ParticipantGroup { Description = description, Count = count, OrganisationIds = organisationIds, CountryCodes = countries, Attendance = attendance };

    /// <summary>Generates a session such as a panel discussion, on a day of its event.</summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="first">The event's first day.</param>
    /// <param name="last">The event's last day.</param>
    public static Gen<EventSession> EventSession(DocumentContext context, DateOnly first, DateOnly last) =>
        from kind in Gen.Elements(Enum.GetValues<EventSessionKind>())
        from title in context.Text.Optional()
        from date in Gen.Choose(0, last.DayNumber - first.DayNumber).Select(first.AddDays).OptionalValue()
        from startTime in TimeGenerators.Time.OptionalValue()
        from endTime in TimeGenerators.Time.OptionalValue()
        from location in OrganisationGenerators.Place(context).Optional()
        from summary in context.Text.Optional()
        from speakerIds in context.PersonId.Many(4)
        from moderatorIds in context.PersonId.Many(2)
        from speakerDescriptions in context.Text.Many(2)
        from organisationIds in context.OrganisationId.Many(3)
        select new EventSession
        {
            Kind = kind,
            Title = title,
            Date = date,
            StartTime = startTime,
            EndTime = endTime,
            Location = location,
            Summary = summary,
            SpeakerIds = speakerIds,
            ModeratorIds = moderatorIds,
            SpeakerDescriptions = speakerDescriptions,
            OrganisationIds = organisationIds,
        };

    /// <summary>Generates a day of an event, or any date when there is no event.</summary>
    /// <param name="happening">The event, or <see langword="null"/>.</param>
    public static Gen<DateOnly> DayOf(Event? happening) =>
        happening is null ? TimeGenerators.Date
        : Gen.Choose(0, (happening.EndDate ?? happening.StartDate).Latest.DayNumber - happening.StartDate.Earliest.DayNumber).Select(happening.StartDate.Earliest.AddDays);

    /// <summary>Generates what the participants concluded.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<EventOutcome> EventOutcome(DocumentContext context) =>
        from unanimous in Gen.Elements(true, false).OptionalValue()
        from conclusions in context.Text.Many(3)
        from aspirations in context.Text.Many(3)
        select new EventOutcome { Unanimous = unanimous, Conclusions = conclusions, Aspirations = aspirations };

    /// <summary>Picks the days an event was held on from the first six days of its span, in increasing order.</summary>
    /// <param name="first">The first day the event covers.</param>
    /// <param name="last">The last day the event covers.</param>
    /// <param name="mask">Which days to pick, one bit a day; none picked gives no list.</param>
    private static DateOnly[] HeldOn(DateOnly first, DateOnly last, int mask) =>
        [.. Enumerable.Range(0, 6).Where(offset => (mask & (1 << offset)) != 0).Select(first.AddDays).Where(day => day <= last)];
}
