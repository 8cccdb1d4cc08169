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
        from name in context.Text
        from theme in context.Text.Optional()
        from series in EventSeries(context).Optional()
        from startDate in TimeGenerators.PartialDate
        from days in Gen.Choose(1, 5).OptionalValue()
        from location in OrganisationGenerators.Place(context).Optional()
        from modality in Gen.Elements(Enum.GetValues<EventModality>()).OptionalValue()
        from roles in OrganisationRole(context).Many(4)
        from groups in ParticipantGroup(context).Many(3)
        from sessions in EventSession(context).Many(3)
        from summary in context.Text.Optional()
        from outcome in EventOutcome(context).Optional()
        select new Event
        {
            Id = id,
            Kind = kind,
            Name = name,
            Theme = theme,
            Series = series,
            StartDate = startDate,
            EndDate = days is { } length ? Later(startDate, length) : null,
            Location = location,
            Modality = modality,
            OrganisationRoles = roles,
            ParticipantGroups = groups,
            Sessions = sessions,
            Summary = summary,
            Outcome = outcome,
        };

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
        select new EventSeries { Id = id, Name = name };

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
        select new ParticipantGroup { Description = description, OrganisationIds = organisationIds, CountryCodes = countries, Attendance = attendance };

    /// <summary>Generates a session such as a panel discussion.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<EventSession> EventSession(DocumentContext context) =>
        from kind in Gen.Elements(Enum.GetValues<EventSessionKind>())
        from title in context.Text
        from summary in context.Text.Optional()
        from speakerIds in context.PersonId.Many(4)
        select new EventSession { Kind = kind, Title = title, Summary = summary, SpeakerIds = speakerIds };

    /// <summary>Generates what the participants concluded.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<EventOutcome> EventOutcome(DocumentContext context) =>
        from unanimous in Gen.Elements(true, false).OptionalValue()
        from conclusions in context.Text.Many(3)
        from aspirations in context.Text.Many(3)
        select new EventOutcome { Unanimous = unanimous, Conclusions = conclusions, Aspirations = aspirations };
}
