using FsCheck;
using FsCheck.Fluent;
using Lmec.Content.Model;

namespace Lmec.Content.Tests.Generators;

/// <summary>Generates articles with their event, speeches (with nested points) and recommendations.</summary>
internal static class ArticleGenerators
{
    /// <summary>Generates an article with every optional part present some of the time.</summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="id">The article's id.</param>
    public static Gen<Article> Article(DocumentContext context, string id) =>
        from headline in context.Text
        from url in TextGenerators.Url.Optional()
        from alternativeUrls in TextGenerators.Url.Many(2)
        from datePublished in TimeGenerators.Date.OptionalValue()
        from publishedAt in TimeGenerators.Timestamp.OptionalValue()
        from modifiedAt in TimeGenerators.Timestamp.OptionalValue()
        from authorIds in context.PersonId.Many(2)
        from contributors in Contributor(context).Many(3)
        from source in Source(context).Optional()
        from translations in Translation(context).Many(1)
        from summary in context.Text.Optional()
        from @event in EventGenerators.Event(context, id + "-event").Optional()
        from speeches in Gen.Sized(size => Gen.Choose(0, Math.Min(4, 1 + (size / 25))))
            .SelectMany(count => Gen.CollectToArray(Enumerable.Range(1, count), index => Speech(context, $"{id}-speech-{index}", @event)))
        from recommendations in Gen.Choose(0, 5).SelectMany(count => Gen.CollectToArray(Enumerable.Range(1, count), ordinal => Recommendation(context, ordinal)))
        from body in context.Text.Many(4)
        from topics in TextGenerators.Slug.Many(3)
        from documentIds in context.SomeDocumentIds
        from mediaIds in context.SomeMediaIds
        from projectIds in context.SomeProjectIds
        select new Article
        {
            Id = id,
            Headline = headline,
            Url = url,
            AlternativeUrls = alternativeUrls,

            // With both, the date is the time's own date at its offset, as LMEC234 wants.
            DatePublished = publishedAt is { } time && datePublished is not null ? DateOnly.FromDateTime(time.DateTime) : datePublished,
            PublishedAt = publishedAt,
            ModifiedAt = modifiedAt,
            AuthorIds = authorIds,
            Contributors = contributors,
            Source = source,
            Translations = translations,
            Summary = summary,
            Event = @event,
            Speeches = speeches,
            Recommendations = recommendations,
            Body = body,
            Topics = topics,
            DocumentIds = documentIds,
            MediaIds = mediaIds,
            ProjectIds = projectIds,
        };

    /// <summary>Generates a contributor: a declared person, a name as printed, or both.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<Contributor> Contributor(DocumentContext context) =>
        from role in Gen.Elements(Enum.GetValues<ContributorRole>())
        from who in context.PersonOrText
        select new Contributor { Role = role, PersonId = who.PersonId, Name = who.Text };

    /// <summary>Generates where an article comes from, every part present some of the time.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<ArticleSource> Source(DocumentContext context) =>
        from publisherId in context.OrganisationId.Optional()
        from publisherName in context.Text.Optional()
        from agencyName in context.Text.Optional()
        from url in TextGenerators.Url.Optional()
        from dateline in context.Text.Optional()
        from datePrinted in context.Text.Optional()
        select new ArticleSource { PublisherId = publisherId, PublisherName = publisherName, AgencyName = agencyName, Url = url, Dateline = dateline, DatePrinted = datePrinted };

    /// <summary>Generates the provenance of the texts in the document's language, translated from another language, as LMEC236 wants.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<TextTranslation> Translation(DocumentContext context) =>
        from original in TextGenerators.LanguageTag.Where(tag => !string.Equals(tag, context.Language, StringComparison.OrdinalIgnoreCase))
        from method in Gen.Elements(Enum.GetValues<TranslationMethod>()).OptionalValue()
        from reviewed in Gen.Elements(true, false).OptionalValue()
        from translatorIds in context.PersonId.Many(2)
        from translatorName in context.Text.Optional()
        select new TextTranslation { Language = context.Language, From = original, Method = method, Reviewed = reviewed, TranslatorIds = translatorIds, TranslatorName = translatorName };

    /// <summary>Generates a speech whose points hold points of their own, two levels deep.</summary>
    /// <summary>
    /// Generates a speech whose points hold points of their own, two levels deep: its speaker named, described or
    /// both, on a day of its event.
    /// </summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="id">The id the speech may have.</param>
    /// <param name="happening">The event of the speech's article, whose days its date falls on, or <see langword="null"/>.</param>
    public static Gen<Speech> Speech(DocumentContext context, string id, Event? happening) =>
        from hasId in Gen.Elements(true, false)
        from speaker in context.PersonOrText
        from kind in Gen.Elements(Enum.GetValues<SpeechKind>())
        from position in context.Text.Optional()
        from organisationId in context.OrganisationId.Optional()
        from onBehalfOf in Representation(context).Optional()
        from deliveredById in context.PersonId.Optional()
        from deliveryMode in Gen.Elements(Enum.GetValues<DeliveryMode>()).OptionalValue()
        from date in EventGenerators.DayOf(happening).OptionalValue()
        from startTime in TimeGenerators.Time.OptionalValue()
        from endTime in TimeGenerators.Time.OptionalValue()
        from summary in context.Text.Optional()
        from points in SpeechPoint(context, depth: 2).Many(5)
        from mediaIds in context.SomeMediaIds
        from projectIds in context.SomeProjectIds
        select new Speech
        {
            Id = hasId ? id : null,
            SpeakerId = speaker.PersonId,
            SpeakerDescription = speaker.Text,
            Kind = kind,
            Position = position,
            OrganisationId = organisationId,
            OnBehalfOf = onBehalfOf,
            DeliveredById = deliveredById,
            DeliveryMode = deliveryMode,
            Date = date,
            StartTime = startTime,
            EndTime = endTime,
            Summary = summary,
            Points = points,
            MediaIds = mediaIds,
            ProjectIds = projectIds,
        };

    /// <summary>Generates whom a speaker spoke for: a person, an organisation, a description, or more than one of them.</summary>
    /// <param name="context">The document being generated.</param>
    public static Gen<Representation> Representation(DocumentContext context) =>
        from parts in Gen.Choose(1, 7)
        from personId in context.PersonId
        from organisationId in context.OrganisationId
        from description in context.Text
        select new Representation
        {
            PersonId = (parts & 1) != 0 ? personId : null,
            OrganisationId = (parts & 2) != 0 ? organisationId : null,
            Description = (parts & 4) != 0 ? description : null,
        };

    /// <summary>Generates a point of a speech, with up to <paramref name="depth"/> levels of points inside it.</summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="depth">How many levels of nested points it may have.</param>
    public static Gen<SpeechPoint> SpeechPoint(DocumentContext context, int depth) =>
        from ordinal in Gen.Choose(1, 10).OptionalValue()
        from text in context.Text
        from attribution in Gen.Elements(Enum.GetValues<PointAttribution>()).OptionalValue()
        from items in depth > 0 ? SpeechPoint(context, depth - 1).Many(3) : Gen.Constant(Array.Empty<SpeechPoint>())
        select new SpeechPoint { Ordinal = ordinal, Text = text, Attribution = attribution, Items = items };

    /// <summary>Generates a recommendation with the given ordinal.</summary>
    /// <param name="context">The document being generated.</param>
    /// <param name="ordinal">Its number in its list.</param>
    public static Gen<Recommendation> Recommendation(DocumentContext context, int ordinal) =>
        from text in context.Text
        from proponentId in context.PersonId.Optional()
        from topics in TextGenerators.Slug.Many(2)
        select new Recommendation { Ordinal = ordinal, Text = text, ProponentId = proponentId, Topics = topics };
}
